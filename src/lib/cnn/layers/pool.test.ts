import { describe, expect, test } from 'vitest';
import { errorOf, row, single } from '../testing.ts';
import type { LayerJson } from '../types.ts';

describe('maxPool2d and avgPool2d', () => {
	test.each<[string, number[], LayerJson, number[]]>([
		['strides default to the pool size', [28, 28, 6], { type: 'avgPool2d', pool: 2 }, [14, 14, 6]],
		['an odd size floors by default', [7, 7, 1], { type: 'maxPool2d', pool: 2 }, [3, 3, 1]],
		[
			'ceil mode keeps the partial window',
			[7, 7, 1],
			{ type: 'maxPool2d', pool: 2, ceilMode: true },
			[4, 4, 1],
		],
		[
			'same padding rounds up',
			[75, 75, 8],
			{ type: 'maxPool2d', pool: 3, strides: 2, padding: 'same' },
			[38, 38, 8],
		],
		[
			'explicit padding as in ResNet',
			[112, 112, 64],
			{ type: 'maxPool2d', pool: 3, strides: 2, padding: 1 },
			[56, 56, 64],
		],
		[
			'overlapping windows as in AlexNet',
			[55, 55, 64],
			{ type: 'maxPool2d', pool: 3, strides: 2 },
			[27, 27, 64],
		],
		[
			'GoogLeNet: 3×3/1 with padding 1 keeps the size',
			[28, 28, 192],
			{ type: 'maxPool2d', pool: 3, strides: 1, padding: 1, ceilMode: true },
			[28, 28, 192],
		],
	])('%s', (_title, input, layer, shape) => {
		const r = row(input, layer);
		expect(r.outputShape).toEqual(shape);
		expect([r.params, r.macs]).toEqual([0, 0]);
	});

	test('a pooling window larger than the input is reported in words', () => {
		const error = errorOf(single([2, 2, 1], { type: 'maxPool2d', pool: 3 }));
		expect(error.code).toBe('kernel-too-large');
		expect(error.describe('en')).toBe(
			'Layer 1 (max_pooling2d): the pooling window (3×3) is larger than its padded input (2×2).',
		);
		expect(error.describe('id')).toBe(
			'Layer 1 (max_pooling2d): jendela pooling (3×3) lebih besar daripada input setelah padding (2×2).',
		);
	});

	test('padding past half the window is refused, as PyTorch does', () => {
		const error = errorOf(single([8, 8, 1], { type: 'avgPool2d', pool: 2, padding: 2 }));
		expect(error.code).toBe('padding-too-large');
		expect(error.params).toMatchObject({ padding: 2, max: 1 });
	});
});

describe('global pooling', () => {
	test.each(['globalAvgPool2d', 'globalMaxPool2d'] as const)('%s turns H×W×C into C', (type) => {
		const r = row([7, 7, 2048], { type });
		expect(r.outputShape).toEqual([2048]);
		expect([r.params, r.macs]).toEqual([0, 0]);
	});

	test('needs a feature map', () => {
		expect(errorOf(single([10], { type: 'globalAvgPool2d' })).code).toBe('rank-mismatch');
	});
});
