import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pool } from './pooling.ts';
import { changedCells, shiftBy, shiftGrid } from './shift.ts';
import { gridAndGeometry, gridOf } from './testing.ts';

const RUNS = { numRuns: 300 };

describe('shifting a grid', () => {
	test('a shift to the right moves every value one column and fills the left edge with 0', () => {
		expect(
			shiftBy(
				[
					[1, 2, 3],
					[4, 5, 6],
				],
				'right',
			),
		).toEqual([
			[0, 1, 2],
			[0, 4, 5],
		]);
	});

	test('a shift up loses the top row and fills the bottom with 0', () => {
		expect(shiftBy([[1], [2], [3]], 'up')).toEqual([[2], [3], [0]]);
	});

	test('shifting right then left restores every column except the last one', () => {
		fc.assert(
			fc.property(gridOf(5), (grid) => {
				const back = shiftBy(shiftBy(grid, 'right'), 'left');
				back.forEach((line, r) =>
					line.forEach((value, c) => expect(value).toBe(c < 4 ? grid[r]?.[c] : 0)),
				);
			}),
			RUNS,
		);
	});

	test('a shift by (0, 0) is the identity', () => {
		fc.assert(
			fc.property(gridOf(4), (grid) => {
				expect(shiftGrid(grid, 0, 0)).toEqual(grid);
			}),
		);
	});
});

describe('counting changed cells', () => {
	test('counts the cells that differ, out of all cells', () => {
		const r = changedCells(
			[
				[1, 3],
				[3, 9],
			],
			[
				[0, 3],
				[3, 9],
			],
		);
		expect(r).toEqual({
			changed: [
				[true, false],
				[false, false],
			],
			count: 1,
			total: 4,
		});
	});

	test('a grid compared with itself has no changed cell, and the count is symmetric', () => {
		fc.assert(
			fc.property(gridOf(4), gridOf(4), (a, b) => {
				expect(changedCells(a, a).count).toBe(0);
				expect(changedCells(a, b).count).toBe(changedCells(b, a).count);
			}),
			RUNS,
		);
	});

	test('rounding noise below the tolerance is not a change', () => {
		expect(changedCells([[0.1 + 0.2]], [[0.3]]).count).toBe(0);
	});
});

describe('shift invariance of max pooling (question 4)', () => {
	test('the page’s 1-D example: a shift inside the window keeps the output, across it changes it', () => {
		const geometry = { window: 2, stride: 2, padding: 0 };
		const row = (values: number[]) => pool([values, values], geometry, 'max')[0];
		expect(row([0, 9, 0, 0, 0, 0])).toEqual([9, 0, 0]);
		expect(row([9, 0, 0, 0, 0, 0])).toEqual([9, 0, 0]);
		expect(row([0, 0, 9, 0, 0, 0])).toEqual([0, 9, 0]);
	});

	test('a global max over the whole grid survives any shift that keeps the maximum inside', () => {
		fc.assert(
			fc.property(gridAndGeometry, ({ grid }) => {
				const n = grid.length;
				const whole = { window: n, stride: 1, padding: 0 };
				const nonNegative = grid.map((line) => line.map((v) => Math.abs(v)));
				// Put a strict maximum in the middle, away from the edge the shift pushes out.
				const centre = Math.floor((n - 1) / 2);
				const peaked = nonNegative.map((line, r) =>
					line.map((v, c) => (r === centre && c === centre ? 100 : v)),
				);
				if (n < 2) return;
				const moved = shiftBy(peaked, 'right');
				expect(pool(moved, whole, 'max')).toEqual(pool(peaked, whole, 'max'));
			}),
			RUNS,
		);
	});
});
