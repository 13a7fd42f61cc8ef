import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CnnError, trySummary } from '../cnn/index.ts';
import { convolve, convWindow } from './convolution.ts';
import { makeGrid } from './grid.ts';
import { gridOf } from './testing.ts';
import { windowCells } from './window.ts';

const RUNS = { numRuns: 300 };

/** A grid, a 2×2 or 3×3 kernel, a bias and a stride/padding the engine accepts for them. */
const convCase = fc.integer({ min: 3, max: 9 }).chain((size) =>
	fc.integer({ min: 2, max: 3 }).chain((k) =>
		fc.record({
			grid: gridOf(size),
			kernel: fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: k, maxLength: k }), {
				minLength: k,
				maxLength: k,
			}),
			bias: fc.integer({ min: -5, max: 5 }),
			stride: fc.integer({ min: 1, max: 3 }),
			padding: fc.integer({ min: 0, max: 2 }),
		}),
	),
);

describe('strided convolution on worked examples', () => {
	const grid = [
		[1, 5, 0, 2],
		[3, 2, 4, 8],
		[0, 0, 7, 1],
		[6, 1, 1, 1],
	];

	test('a 2×2 kernel with stride 2 sums each block with its weights, plus the bias', () => {
		const kernel = [
			[0.5, -1],
			[0, 1],
		];
		// 1·0.5 + 5·(−1) + 3·0 + 2·1 + 0.25 = −2.25, and so on.
		expect(convolve(grid, kernel, 0.25, { stride: 2, padding: 0 })).toEqual([
			[-2.25, 6.25],
			[1.25, 3.75],
		]);
	});

	test('the terms of one window pair each input with the weight over it, in reading order', () => {
		const kernel = [
			[0.5, -1],
			[0, 1],
		];
		const cells = windowCells(grid, { window: 2, stride: 2, padding: 0 }, 0, 0);
		expect(convWindow(cells, kernel, 0.25)).toEqual({
			terms: [
				{ input: 1, weight: 0.5 },
				{ input: 5, weight: -1 },
				{ input: 3, weight: 0 },
				{ input: 2, weight: 1 },
			],
			bias: 0.25,
			value: -2.25,
		});
	});

	test('zero padding adds zeros around the grid', () => {
		const ones = [
			[1, 1],
			[1, 1],
			[1, 1],
		];
		const kernel = [
			[1, 1, 1],
			[1, 1, 1],
			[1, 1, 1],
		];
		expect(convolve([[1]], kernel, 0, { stride: 1, padding: 1 })).toEqual([[1]]);
		expect(convolve(ones, ones.slice(0, 2), 0, { stride: 1, padding: 0 })).toEqual([[4], [4]]);
	});

	test('a kernel larger than the padded grid raises the engine’s error', () => {
		expect(() =>
			convolve(
				[[1, 2]],
				[
					[1, 1, 1],
					[1, 1, 1],
					[1, 1, 1],
				],
				0,
				{ stride: 1, padding: 0 },
			),
		).toThrow(CnnError);
	});
});

describe('convolution properties', () => {
	test('a constant grid gives the constant times the kernel sum plus the bias (no padding)', () => {
		fc.assert(
			fc.property(convCase, fc.integer({ min: -9, max: 9 }), (c, constant) => {
				const flat = makeGrid(c.grid.length, c.grid.length, () => constant);
				const sum = c.kernel.flat().reduce((a, b) => a + b, 0);
				for (const line of convolve(flat, c.kernel, c.bias, { stride: c.stride, padding: 0 })) {
					for (const value of line) expect(value).toBe(constant * sum + c.bias);
				}
			}),
			RUNS,
		);
	});

	test('convolution is linear in its input once the bias is taken out', () => {
		fc.assert(
			fc.property(convCase, gridOf(9), (c, other) => {
				const n = c.grid.length;
				const y = other.slice(0, n).map((line) => line.slice(0, n));
				const sum = c.grid.map((line, r) => line.map((v, col) => v + (y[r]?.[col] ?? 0)));
				const geometry = { stride: c.stride, padding: c.padding };
				const a = convolve(c.grid, c.kernel, 0, geometry);
				const b = convolve(y, c.kernel, 0, geometry);
				const ab = convolve(sum, c.kernel, 0, geometry);
				ab.forEach((line, r) =>
					line.forEach((value, col) => expect(value).toBe((a[r]?.[col] ?? 0) + (b[r]?.[col] ?? 0))),
				);
			}),
			RUNS,
		);
	});

	test('a kernel with a single 1 in its corner just samples every s-th pixel', () => {
		fc.assert(
			fc.property(convCase, (c) => {
				const k = c.kernel.length;
				const picker = makeGrid(k, k, (r, col) => (r === 0 && col === 0 ? 1 : 0));
				const out = convolve(c.grid, picker, 0, { stride: c.stride, padding: 0 });
				out.forEach((line, r) =>
					line.forEach((value, col) => expect(value).toBe(c.grid[r * c.stride]?.[col * c.stride])),
				);
			}),
			RUNS,
		);
	});

	test('the output size is the one the engine gives a conv2d layer', () => {
		fc.assert(
			fc.property(convCase, (c) => {
				const n = c.grid.length;
				const k = c.kernel.length;
				const result = trySummary({
					input: [n, n, 1],
					layers: [
						{ type: 'conv2d', filters: 1, kernel: k, strides: c.stride, padding: c.padding },
					],
				});
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const out = convolve(c.grid, c.kernel, c.bias, { stride: c.stride, padding: c.padding });
				expect([out.length, out[0]?.length, 1]).toEqual(result.summary.layers[0]?.outputShape);
			}),
			RUNS,
		);
	});
});
