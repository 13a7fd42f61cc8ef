import { describe, expect, test } from 'vitest';
import {
	convOutputSize,
	convTransposeOutputSize,
	formatShape,
	type ConvAxisOptions,
} from './shapes.ts';
import { thrown } from './testing.ts';

describe('convOutputSize', () => {
	test.each<[number, ConvAxisOptions, number, string]>([
		[28, { kernel: 5 }, 24, 'valid padding drops k − 1'],
		[28, { kernel: 5, padding: 'same' }, 28, 'same padding keeps the size at stride 1'],
		[7, { kernel: 3, stride: 2, padding: 'same' }, 4, 'same padding with stride 2 rounds up'],
		[300, { kernel: 3, stride: 2, padding: 'same' }, 150, 'exercise 2: 300 → 150'],
		[75, { kernel: 3, stride: 2, padding: 'same' }, 38, 'exercise 2: 75 → 38'],
		[224, { kernel: 11, stride: 4, padding: 2 }, 55, 'AlexNet conv1'],
		[224, { kernel: 7, stride: 2, padding: 3 }, 112, 'ResNet conv1'],
		[10, { kernel: 3, dilation: 2 }, 6, 'dilation 2 makes a 3-kernel span 5'],
		[7, { kernel: 2, stride: 2 }, 3, 'floor mode drops the last partial window'],
		[7, { kernel: 2, stride: 2, ceilMode: true }, 4, 'ceil mode keeps it'],
		[112, { kernel: 3, stride: 2, ceilMode: true }, 56, 'GoogLeNet maxpool1'],
		[14, { kernel: 2, stride: 2, ceilMode: true }, 7, 'ceil mode changes nothing when windows fit'],
		[
			5,
			{ kernel: 2, stride: 2, padding: 1, ceilMode: true },
			3,
			'a window starting in the right padding is dropped',
		],
		[6, { kernel: 3, padding: [0, 2] }, 6, 'asymmetric explicit padding'],
		[3, { kernel: 9, padding: 'same' }, 3, 'same padding never rejects a large kernel'],
	])('%i with %o gives %i (%s)', (size, options, expected) => {
		expect(convOutputSize(size, options)).toBe(expected);
	});

	test('a kernel larger than the padded input is a typed error', () => {
		const error = thrown(() => convOutputSize(3, { kernel: 3, dilation: 2, padding: 0 }));
		expect(error.code).toBe('kernel-too-large');
		expect(error.describe('en')).toBe(
			'The kernel (3, 5 once dilated) is larger than its padded input (3).',
		);
		expect(error.describe('id')).toBe(
			'Kernel (3, 5 setelah dilatasi) lebih besar daripada input setelah padding (3).',
		);
	});

	test.each([
		[0, { kernel: 3 }, 'size'],
		[10, { kernel: 1.5 }, 'kernel'],
		[10, { kernel: 3, stride: 0 }, 'stride'],
		[10, { kernel: 3, dilation: -1 }, 'dilation'],
		[10, { kernel: 3, padding: -1 }, 'padding'],
	] as const)('rejects %i with %o, naming %s', (size, options, field) => {
		expect(thrown(() => convOutputSize(size, options)).field).toBe(field);
	});
});

describe('convTransposeOutputSize', () => {
	test.each<[number, Parameters<typeof convTransposeOutputSize>[1], number, string]>([
		[7, { kernel: 3, stride: 2 }, 15, 'valid: in·s + max(k − s, 0)'],
		[7, { kernel: 1, stride: 2 }, 14, 'valid with a kernel smaller than the stride'],
		[7, { kernel: 3, stride: 2, padding: 'same' }, 14, 'same: in·s'],
		[7, { kernel: 4, stride: 2, padding: 1 }, 14, 'explicit: (in − 1)·s − 2p + k'],
	])('%i with %o gives %i (%s)', (size, options, expected) => {
		expect(convTransposeOutputSize(size, options)).toBe(expected);
	});

	test('explicit padding that eats the output is a typed error', () => {
		expect(thrown(() => convTransposeOutputSize(1, { kernel: 1, padding: 2 })).code).toBe(
			'output-too-small',
		);
	});
});

test('shapes print with multiplication signs', () => {
	expect(formatShape([100, 150, 100])).toBe('100×150×100');
});
