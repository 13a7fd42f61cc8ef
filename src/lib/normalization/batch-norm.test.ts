import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { batchNorm, batchNormValue, batchStatistics, BATCH_NORM_EPSILON } from './batch-norm.ts';

const unit = { mean: 0, variance: 1, gamma: 1, beta: 0 };

describe('batch normalization at inference', () => {
	test('subtracts the mean and divides by the standard deviation (with ε)', () => {
		const channel = { mean: 20, variance: 100, gamma: 1, beta: 0 };
		expect(batchNormValue(200, channel)).toBeCloseTo(180 / Math.sqrt(100 + BATCH_NORM_EPSILON), 12);
		expect(batchNormValue(20, channel)).toBe(0);
	});

	test('applies the learned scale γ and shift β', () => {
		expect(batchNormValue(3, { mean: 1, variance: 4, gamma: 2, beta: 5 }, 0)).toBe(7);
	});

	test('a channel’s output depends on that channel only, unlike LRN', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 250, noNaN: true }), { minLength: 8, maxLength: 16 }),
				fc.nat(15),
				fc.double({ min: 0, max: 250, noNaN: true }),
				(values, at, replacement) => {
					const i = at % values.length;
					const stats = values.map(() => ({ ...unit, mean: 20, variance: 100 }));
					const changed = values.map((v, j) => (j === i ? replacement : v));
					const before = batchNorm(values, stats);
					const after = batchNorm(changed, stats);
					after.forEach((v, j) => {
						if (j !== i) expect(v).toBe(before[j]);
					});
				},
			),
		);
	});

	test('normalizing a batch with its own statistics gives mean 0 and variance ≈ 1', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 64 }),
				(batch) => {
					const { mean, variance } = batchStatistics(batch);
					fc.pre(variance > 1);
					const out = batch.map((x) => batchNormValue(x, { mean, variance, gamma: 1, beta: 0 }, 0));
					const after = batchStatistics(out);
					expect(after.mean).toBeCloseTo(0, 9);
					expect(after.variance).toBeCloseTo(1, 9);
				},
			),
		);
	});
});
