import { describe, expect, test } from 'vitest';
import { errorOf, row, single } from '../testing.ts';
import type { LayerJson } from '../types.ts';

type Case = [
	title: string,
	input: number[],
	layer: LayerJson,
	expected: { shape: number[]; params: number; macs: number },
];

/** The check of every case: the engine's row has the expected shape, parameters and MACs. */
function expectRow(_title: string, input: number[], layer: LayerJson, expected: Case[3]): void {
	const r = row(input, layer);
	expect([r.outputShape, r.params, r.macs]).toEqual([
		expected.shape,
		expected.params,
		expected.macs,
	]);
}

describe('conv2d', () => {
	test.each<Case>([
		[
			'exercise 2, first layer: (3·3·3 + 1)·100 parameters, same padding with stride 2 halves',
			[200, 300, 3],
			{ type: 'conv2d', filters: 100, kernel: 3, strides: 2, padding: 'same' },
			{ shape: [100, 150, 100], params: 2_800, macs: 100 * 150 * 100 * 27 },
		],
		[
			'valid padding shrinks by k − 1',
			[32, 32, 1],
			{ type: 'conv2d', filters: 6, kernel: 5 },
			{ shape: [28, 28, 6], params: 156, macs: 28 * 28 * 6 * 25 },
		],
		[
			'no bias drops one parameter per filter',
			[8, 8, 4],
			{ type: 'conv2d', filters: 2, kernel: 3, useBias: false },
			{ shape: [6, 6, 2], params: 72, macs: 6 * 6 * 72 },
		],
		[
			'rectangular kernels and strides apply per axis',
			[10, 20, 3],
			{ type: 'conv2d', filters: 4, kernel: [1, 3], strides: [1, 2] },
			{ shape: [10, 9, 4], params: 40, macs: 10 * 9 * 4 * 9 },
		],
		[
			'explicit padding follows PyTorch: AlexNet conv1',
			[224, 224, 3],
			{ type: 'conv2d', filters: 64, kernel: 11, strides: 4, padding: 2 },
			{ shape: [55, 55, 64], params: 23_296, macs: 55 * 55 * 64 * 363 },
		],
		[
			'dilation widens the receptive field without adding weights',
			[10, 10, 1],
			{ type: 'conv2d', filters: 1, kernel: 3, dilation: 2 },
			{ shape: [6, 6, 1], params: 10, macs: 36 * 9 },
		],
		[
			'groups split channels: each filter sees C/groups of them',
			[8, 8, 64],
			{ type: 'conv2d', filters: 64, kernel: 3, padding: 'same', groups: 32 },
			{ shape: [8, 8, 64], params: 3 * 3 * 2 * 64 + 64, macs: 64 * 64 * 18 },
		],
	])('%s', (_title, input, layer, expected) => {
		const r = row(input, layer);
		expect(r.outputShape).toEqual(expected.shape);
		expect(r.params).toBe(expected.params);
		expect(r.trainableParams).toBe(expected.params);
		expect(r.nonTrainableParams).toBe(0);
		expect(r.macs).toBe(expected.macs);
	});

	test('a kernel larger than its padded input names the layer and both sizes', () => {
		const error = errorOf(single([3, 3, 1], { type: 'conv2d', filters: 1, kernel: 5 }));
		expect(error.code).toBe('kernel-too-large');
		expect(error.field).toBe('kernel');
		expect(error.params).toMatchObject({ kernel: [5, 5], input: [3, 3] });
	});

	test('channels that do not divide into groups are rejected', () => {
		const error = errorOf(single([8, 8, 3], { type: 'conv2d', filters: 4, kernel: 1, groups: 2 }));
		expect(error.code).toBe('groups-mismatch');
		expect(error.describe('en')).toContain('input channels (3) must be divisible by "groups" (2)');
	});

	test('filters that do not divide into groups are rejected', () => {
		const error = errorOf(single([8, 8, 4], { type: 'conv2d', filters: 3, kernel: 1, groups: 2 }));
		expect(error.code).toBe('groups-mismatch');
		expect(error.params.what).toBe('filters');
	});

	test('a vector input is a rank error, not a crash', () => {
		const error = errorOf(single([10], { type: 'conv2d', filters: 1, kernel: 1 }));
		expect(error.code).toBe('rank-mismatch');
		expect(error.describe('en')).toBe(
			'Layer 1 (conv2d): conv2d needs a feature map of shape height×width×channels, but its input has shape 10.',
		);
	});
});

describe('depthwiseConv2d', () => {
	test.each<Case>([
		[
			'one k×k filter per channel plus one bias each',
			[16, 16, 32],
			{ type: 'depthwiseConv2d', kernel: 3, padding: 'same' },
			{ shape: [16, 16, 32], params: 3 * 3 * 32 + 32, macs: 16 * 16 * 32 * 9 },
		],
		[
			'a depth multiplier multiplies the output channels',
			[16, 16, 8],
			{ type: 'depthwiseConv2d', kernel: 3, strides: 2, depthMultiplier: 2, useBias: false },
			{ shape: [7, 7, 16], params: 3 * 3 * 16, macs: 7 * 7 * 16 * 9 },
		],
	])('%s', expectRow);
});

describe('separableConv2d', () => {
	test.each<Case>([
		[
			'Xception block 2: depthwise k·k·C plus pointwise C·F, no bias',
			[147, 147, 64],
			{ type: 'separableConv2d', filters: 128, kernel: 3, padding: 'same', useBias: false },
			{
				shape: [147, 147, 128],
				params: 9 * 64 + 64 * 128,
				macs: 147 * 147 * (9 * 64 + 64 * 128),
			},
		],
		[
			'a bias adds one per output filter, a multiplier widens the middle',
			[10, 10, 4],
			{ type: 'separableConv2d', filters: 6, kernel: 3, depthMultiplier: 2 },
			{ shape: [8, 8, 6], params: 9 * 8 + 8 * 6 + 6, macs: 64 * (9 * 8 + 8 * 6) },
		],
	])('%s', expectRow);
});

describe('conv2dTranspose', () => {
	test.each<Case>([
		[
			'valid padding: in·s + max(k − s, 0)',
			[7, 7, 32],
			{ type: 'conv2dTranspose', filters: 16, kernel: 3, strides: 2 },
			{ shape: [15, 15, 16], params: 9 * 32 * 16 + 16, macs: 49 * 9 * 32 * 16 },
		],
		[
			'same padding: in·s',
			[7, 7, 32],
			{ type: 'conv2dTranspose', filters: 16, kernel: 3, strides: 2, padding: 'same' },
			{ shape: [14, 14, 16], params: 9 * 32 * 16 + 16, macs: 49 * 9 * 32 * 16 },
		],
		[
			'explicit padding follows PyTorch: (in − 1)·s − 2p + k',
			[7, 7, 8],
			{ type: 'conv2dTranspose', filters: 4, kernel: 4, strides: 2, padding: 1, useBias: false },
			{ shape: [14, 14, 4], params: 16 * 8 * 4, macs: 49 * 16 * 8 * 4 },
		],
	])('%s', expectRow);

	test('padding that leaves no output is reported as too small', () => {
		const error = errorOf(
			single([1, 1, 1], { type: 'conv2dTranspose', filters: 1, kernel: 1, padding: 1 }),
		);
		expect(error.code).toBe('output-too-small');
		expect(error.describe('en')).toBe(
			'Layer 1 (conv2d_transpose): its output would measure -1×-1, but every size must be at least 1.',
		);
	});
});
