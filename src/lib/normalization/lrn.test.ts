import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALEXNET_LRN, depthRadius, lrn, lrnTerm, lrnWindow, windowSize } from './lrn.ts';

/**
 * TensorFlow's definition of `tf.nn.local_response_normalization`, transcribed literally from its
 * documentation for a 4-D input [batch, height, width, depth]:
 *
 *   sqr_sum[a, b, c, d] = sum(input[a, b, c, d - depth_radius : d + depth_radius + 1] ** 2)
 *   output = input / (bias + alpha * sqr_sum) ** beta
 *
 * Python's slice clips at the ends of the depth axis (a negative start is clamped to 0 here, as a
 * Python slice with a negative start would instead wrap around; TensorFlow clamps).
 */
function tfDefinition(
	input: number[][][][],
	depth_radius: number,
	bias: number,
	alpha: number,
	beta: number,
): number[][][][] {
	return input.map((plane) =>
		plane.map((row) =>
			row.map((vector) =>
				vector.map((x, d) => {
					const slice = vector.slice(Math.max(0, d - depth_radius), d + depth_radius + 1);
					const sqr_sum = slice.reduce((s, v) => s + v ** 2, 0);
					return x / (bias + alpha * sqr_sum) ** beta;
				}),
			),
		),
	);
}

/** Activations after a ReLU: 8 to 16 channels of values 0–250, as the widget allows. */
const activations = fc.array(fc.double({ min: 0, max: 250, noNaN: true }), {
	minLength: 8,
	maxLength: 16,
});

const oddWindow = fc.integer({ min: 0, max: 7 }).map((r) => 2 * r + 1);

const params = fc.record({
	n: oddWindow,
	k: fc.double({ min: 0.1, max: 10, noNaN: true }),
	alpha: fc.double({ min: 1e-6, max: 1, noNaN: true }),
	beta: fc.double({ min: 0, max: 2, noNaN: true }),
});

describe('the page’s worked example (question 5)', () => {
	const a = [20, 20, 200, 20, 20, 20];

	test('reproduces every row of the table with AlexNet’s values', () => {
		const rows = a.map((_, i) => lrnTerm(a, i, ALEXNET_LRN));
		expect(rows.map((r) => [r.low, r.high])).toEqual([
			[0, 2],
			[0, 3],
			[0, 4],
			[1, 5],
			[2, 5],
			[3, 5],
		]);
		expect(rows.map((r) => r.sumSquares)).toEqual([40800, 41200, 41600, 41600, 41200, 1200]);
		expect(rows.map((r) => Number(r.base.toFixed(2)))).toEqual([
			6.08, 6.12, 6.16, 6.16, 6.12, 2.12,
		]);
		expect(rows.map((r) => Number(r.divisor.toFixed(4)))).toEqual([
			3.8719, 3.891, 3.9101, 3.9101, 3.891, 1.7569,
		]);
		expect(rows.map((r) => Number(r.value.toFixed(2)))).toEqual([
			5.17, 5.14, 51.15, 5.11, 5.14, 11.38,
		]);
	});

	test('reproduces the last column, where map 2 is also only 20', () => {
		const flat = lrn([20, 20, 20, 20, 20, 20], ALEXNET_LRN).map((v) => Number(v.toFixed(2)));
		expect(flat).toEqual([11.38, 11.23, 11.07, 11.07, 11.23, 11.38]);
	});

	test('k = 2 divides a map with silent neighbours by 2^0.75 ≈ 1.68', () => {
		expect(lrnTerm([0, 0, 1e-9, 0, 0], 2, ALEXNET_LRN).divisor).toBeCloseTo(2 ** 0.75, 9);
		expect(2 ** 0.75).toBeCloseTo(1.68, 2);
	});
});

describe('window size n versus TensorFlow’s depth_radius', () => {
	test('n = 5 is depth_radius 2, and back', () => {
		expect(depthRadius(5)).toBe(2);
		expect(windowSize(2)).toBe(5);
	});

	test('the window is clipped at the first and last map', () => {
		expect(lrnWindow(0, 8, 2)).toEqual({ low: 0, high: 2 });
		expect(lrnWindow(7, 8, 2)).toEqual({ low: 5, high: 7 });
		expect(lrnWindow(3, 8, 0)).toEqual({ low: 3, high: 3 });
	});

	test('an odd window size n sums exactly n maps away from the edges', () => {
		fc.assert(
			fc.property(oddWindow, (n) => {
				const channels = 40;
				const { low, high } = lrnWindow(20, channels, depthRadius(n));
				expect(high - low + 1).toBe(n);
			}),
		);
	});
});

describe('LRN against the formula and TensorFlow’s definition', () => {
	test('matches tf.nn.local_response_normalization’s definition with depth_radius = ⌊n/2⌋', () => {
		fc.assert(
			fc.property(activations, params, (a, p) => {
				const expected = tfDefinition([[[a]]], depthRadius(p.n), p.k, p.alpha, p.beta)[0]?.[0]?.[0];
				const actual = lrn(a, p);
				actual.forEach((v, i) => expect(v).toBeCloseTo(expected?.[i] ?? NaN, 9));
			}),
			{ numRuns: 500 },
		);
	});

	test('every output is finite, has the sign of its input and is at most a_i / k^β', () => {
		fc.assert(
			fc.property(activations, params, (a, p) => {
				lrn(a, p).forEach((b, i) => {
					const x = a[i] ?? 0;
					expect(Number.isFinite(b)).toBe(true);
					expect(b).toBeGreaterThanOrEqual(0);
					expect(b).toBeLessThanOrEqual(x / p.k ** p.beta + 1e-9);
				});
			}),
		);
	});

	test('lateral inhibition: raising one map never raises a neighbour’s output', () => {
		fc.assert(
			fc.property(
				activations,
				fc.nat(15),
				fc.double({ min: 0, max: 200, noNaN: true }),
				(a, at, extra) => {
					const i = at % a.length;
					const raised = a.map((v, j) => (j === i ? v + extra : v));
					const before = lrn(a, ALEXNET_LRN);
					const after = lrn(raised, ALEXNET_LRN);
					after.forEach((v, j) => {
						if (j !== i) expect(v).toBeLessThanOrEqual((before[j] ?? 0) + 1e-12);
					});
				},
			),
		);
	});

	test('maps outside the window are not affected at all', () => {
		fc.assert(
			fc.property(activations, fc.double({ min: 0, max: 200, noNaN: true }), (a, extra) => {
				const raised = a.map((v, j) => (j === 0 ? v + extra : v));
				const r = depthRadius(ALEXNET_LRN.n);
				const before = lrn(a, ALEXNET_LRN);
				const after = lrn(raised, ALEXNET_LRN);
				for (let j = r + 1; j < a.length; j++) expect(after[j]).toBe(before[j]);
			}),
		);
	});

	test('β = 0 leaves every value unchanged', () => {
		fc.assert(
			fc.property(activations, (a) => {
				expect(lrn(a, { ...ALEXNET_LRN, beta: 0 })).toEqual(a);
			}),
		);
	});

	test('an all-zero window with k = 0 gives 0, not NaN', () => {
		expect(lrn([0, 0, 0], { n: 3, k: 0, alpha: 1, beta: 0.75 })).toEqual([0, 0, 0]);
	});
});

describe('LRN against TensorFlow.js (CPU backend)', () => {
	beforeAll(async () => {
		await tf.setBackend('cpu');
	});

	test('tf.localResponseNormalization gives the same numbers (float32 precision)', () => {
		fc.assert(
			fc.property(activations, params, (a, p) => {
				const out = tf.tidy(() =>
					tf
						.localResponseNormalization(
							tf.tensor4d(a, [1, 1, 1, a.length]),
							depthRadius(p.n),
							p.k,
							p.alpha,
							p.beta,
						)
						.dataSync(),
				);
				const ours = lrn(a, p);
				ours.forEach((v, i) => {
					const theirs = out[i] ?? NaN;
					expect(Math.abs(v - theirs)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(v)));
				});
			}),
			{ numRuns: 100 },
		);
	});

	test('AlexNet’s setting written for TensorFlow: depth_radius=2, bias=2, alpha=1e-4, beta=0.75', () => {
		const a = [20, 20, 200, 20, 20, 20];
		const out = Array.from(
			tf.tidy(() =>
				tf.localResponseNormalization(tf.tensor4d(a, [1, 1, 1, 6]), 2, 2, 1e-4, 0.75).dataSync(),
			),
		);
		expect(out.map((v) => Number(v.toFixed(2)))).toEqual([5.17, 5.14, 51.15, 5.11, 5.14, 11.38]);
	});
});
