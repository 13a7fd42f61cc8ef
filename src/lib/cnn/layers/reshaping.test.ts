import { describe, expect, test } from 'vitest';
import { errorOf, row, single } from '../testing.ts';

describe('flatten', () => {
	test('multiplies all axes into one', () => {
		expect(row([7, 7, 512], { type: 'flatten' }).outputShape).toEqual([25_088]);
	});

	test('leaves a vector alone', () => {
		expect(row([10], { type: 'flatten' }).outputShape).toEqual([10]);
	});
});

describe('reshape', () => {
	test('rearranges the same number of values', () => {
		expect(row([2048], { type: 'reshape', shape: [1, 1, 2048] }).outputShape).toEqual([1, 1, 2048]);
	});

	test('infers a single -1 from the other sizes', () => {
		expect(row([7, 7, 64], { type: 'reshape', shape: [49, -1] }).outputShape).toEqual([49, 64]);
	});

	test('refuses a shape with a different number of values', () => {
		const error = errorOf(single([7, 7, 64], { type: 'reshape', shape: [10, -1] }));
		expect(error.code).toBe('reshape-mismatch');
		expect(error.describe('en')).toBe(
			'Layer 1 (reshape): its input 7×7×64 holds 3,136 values, which cannot be arranged as 10×-1.',
		);
		expect(errorOf(single([4], { type: 'reshape', shape: [5] })).code).toBe('reshape-mismatch');
	});

	test('allows at most one -1', () => {
		expect(errorOf(single([4], { type: 'reshape', shape: [-1, -1] })).code).toBe(
			'not-positive-integer',
		);
	});
});

describe('zeroPadding2d', () => {
	test.each([
		[undefined, [30, 30, 3]],
		[3, [34, 34, 3]],
		[
			[1, 2],
			[30, 32, 3],
		],
		[
			[
				[0, 1],
				[2, 3],
			],
			[29, 33, 3],
		],
	] as const)('padding %j turns 28×28×3 into %j', (padding, shape) => {
		const layer =
			padding === undefined
				? { type: 'zeroPadding2d' as const }
				: { type: 'zeroPadding2d' as const, padding };
		expect(row([28, 28, 3], layer).outputShape).toEqual(shape);
	});
});

describe('upSampling2d', () => {
	test('repeats rows and columns, twice by default', () => {
		expect(row([7, 7, 8], { type: 'upSampling2d' }).outputShape).toEqual([14, 14, 8]);
		expect(row([7, 7, 8], { type: 'upSampling2d', size: [3, 1] }).outputShape).toEqual([21, 7, 8]);
	});
});
