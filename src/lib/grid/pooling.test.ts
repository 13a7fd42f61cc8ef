import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CnnError, trySummary } from '../cnn/index.ts';
import { makeGrid } from './grid.ts';
import { pool, poolWindow } from './pooling.ts';
import { gridAndGeometry, gridAndPaddedGeometry } from './testing.ts';
import { windowCells } from './window.ts';

const RUNS = { numRuns: 300 };

describe('max and average pooling on worked examples', () => {
	const grid = [
		[1, 5, 0, 2],
		[3, 2, 4, 8],
		[0, 0, 7, 1],
		[6, 1, 1, 1],
	];

	test('2×2 max pooling with stride 2 keeps the largest value of each block', () => {
		expect(pool(grid, { window: 2, stride: 2, padding: 0 }, 'max')).toEqual([
			[5, 8],
			[6, 7],
		]);
	});

	test('2×2 average pooling with stride 2 averages each block', () => {
		expect(pool(grid, { window: 2, stride: 2, padding: 0 }, 'avg')).toEqual([
			[2.75, 3.5],
			[1.75, 2.5],
		]);
	});

	test('overlapping 3×3 windows with stride 1 give a 2×2 output', () => {
		expect(pool(grid, { window: 3, stride: 1, padding: 0 }, 'max')).toEqual([
			[7, 8],
			[7, 8],
		]);
	});

	test('max pooling never picks a padding cell, even when every real value is negative', () => {
		const negative = [
			[-3, -1],
			[-2, -4],
		];
		expect(pool(negative, { window: 2, stride: 2, padding: 1 }, 'max')).toEqual([
			[-3, -1],
			[-2, -4],
		]);
	});

	test('average pooling counts padding cells as zeros, as PyTorch does by default', () => {
		const result = pool([[8]], { window: 2, stride: 1, padding: 1 }, 'avg');
		expect(result).toEqual([
			[2, 2],
			[2, 2],
		]);
	});

	test('the operands listed for max pooling leave the padding out', () => {
		const cells = windowCells([[4, 6]], { window: 2, stride: 2, padding: 1 }, 0, 0);
		expect(poolWindow(cells, 'max')).toEqual({ operands: [4], value: 4 });
		expect(poolWindow(cells, 'avg')).toEqual({ operands: [0, 0, 0, 4], value: 1 });
	});

	test('a window larger than the grid raises the engine’s error', () => {
		expect(() => pool(grid, { window: 5, stride: 1, padding: 0 }, 'max')).toThrow(CnnError);
	});
});

describe('pooling properties', () => {
	test('every max-pooling output is one of the values in its window', () => {
		fc.assert(
			fc.property(gridAndPaddedGeometry, ({ grid, geometry }) => {
				const out = pool(grid, geometry, 'max');
				out.forEach((line, r) =>
					line.forEach((value, c) => {
						const real = windowCells(grid, geometry, r, c).filter((cell) => !cell.padded);
						expect(real.map((cell) => cell.value)).toContain(value);
						expect(value).toBe(Math.max(...real.map((cell) => cell.value)));
					}),
				);
			}),
			RUNS,
		);
	});

	test('average pooling of a constant grid is that constant, for any unpadded window', () => {
		fc.assert(
			fc.property(
				gridAndGeometry,
				fc.double({ min: -100, max: 100, noNaN: true }),
				({ grid, geometry }, constant) => {
					const flat = makeGrid(grid.length, grid.length, () => constant);
					for (const line of pool(flat, geometry, 'avg')) {
						for (const value of line) expect(value).toBeCloseTo(constant, 9);
					}
				},
			),
			RUNS,
		);
	});

	test('without padding, each output lies between its window’s average and its maximum', () => {
		fc.assert(
			fc.property(gridAndGeometry, ({ grid, geometry }) => {
				const max = pool(grid, geometry, 'max');
				const avg = pool(grid, geometry, 'avg');
				max.forEach((line, r) =>
					line.forEach((value, c) => {
						const values = windowCells(grid, geometry, r, c).map((cell) => cell.value);
						expect(avg[r]?.[c]).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
						expect(value).toBeGreaterThanOrEqual((avg[r]?.[c] ?? 0) - 1e-9);
					}),
				);
			}),
			RUNS,
		);
	});

	test('adding a constant to every input adds it to every max-pooling output, padding or not', () => {
		fc.assert(
			fc.property(gridAndPaddedGeometry, fc.nat(9), ({ grid, geometry }, bump) => {
				const raised = grid.map((line) => line.map((v) => v + bump));
				const before = pool(grid, geometry, 'max');
				const after = pool(raised, geometry, 'max');
				before.forEach((line, r) =>
					line.forEach((value, c) => expect(after[r]?.[c]).toBe(value + bump)),
				);
			}),
			RUNS,
		);
	});

	test('a 1×1 window with stride 1 is the identity', () => {
		fc.assert(
			fc.property(gridAndGeometry, ({ grid }) => {
				const geometry = { window: 1, stride: 1, padding: 0 };
				expect(pool(grid, geometry, 'max')).toEqual(grid);
			}),
			RUNS,
		);
	});

	test('the output size is the one the engine gives a pooling layer', () => {
		fc.assert(
			fc.property(gridAndPaddedGeometry, ({ grid, geometry }) => {
				const size = grid.length;
				const result = trySummary({
					input: [size, size, 1],
					layers: [
						{
							type: 'maxPool2d',
							pool: geometry.window,
							strides: geometry.stride,
							padding: geometry.padding,
						},
					],
				});
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const out = pool(grid, geometry, 'max');
				expect([out.length, out[0]?.length, 1]).toEqual(result.summary.layers[0]?.outputShape);
			}),
			RUNS,
		);
	});
});
