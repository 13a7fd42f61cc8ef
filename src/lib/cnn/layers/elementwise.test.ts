import { describe, expect, test } from 'vitest';
import { errorOf, row, single } from '../testing.ts';

describe('parameter-free, shape-keeping layers', () => {
	test.each([
		{ type: 'dropout', rate: 0.5 },
		{ type: 'activation', fn: 'relu' },
		{ type: 'lrn' },
		{ type: 'lrn', depthRadius: 2, bias: 1, alpha: 2e-5, beta: 0.75 },
	] as const)('%o keeps the shape and adds nothing', (layer) => {
		const r = row([13, 13, 256], layer);
		expect(r.outputShape).toEqual([13, 13, 256]);
		expect([r.params, r.macs]).toEqual([0, 0]);
	});

	test('dropout needs a rate below 1', () => {
		const error = errorOf(single([4], { type: 'dropout', rate: 1 }));
		expect(error.code).toBe('out-of-range');
		expect(error.describe('en')).toBe(
			'Layer 1 (dropout): "rate" must be a number from 0 up to, but not including, 1, but it is 1.',
		);
	});

	test('an unknown activation lists the known ones', () => {
		const error = errorOf({ input: [4], layers: [{ type: 'activation', fn: 'ReLU' }] });
		expect(error.code).toBe('invalid-option');
		expect(error.describe('en')).toContain('"fn" must be one of "linear", "relu"');
	});

	test('local response normalisation needs a feature map', () => {
		expect(errorOf(single([4], { type: 'lrn' })).code).toBe('rank-mismatch');
	});
});
