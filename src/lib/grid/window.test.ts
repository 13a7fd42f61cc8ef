import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CnnError, convOutputSize } from '../cnn/index.ts';
import { makeGrid, resize, withCell } from './grid.ts';
import { outputDims, slide, stepPosition, windowCells } from './window.ts';

describe('window geometry', () => {
	test('output sizes are the engine’s: 6×6, window 2, stride 2 → 3×3', () => {
		expect(outputDims(6, 6, { window: 2, stride: 2, padding: 0 })).toEqual({ rows: 3, cols: 3 });
		expect(outputDims(6, 6, { window: 3, stride: 2, padding: 1 })).toEqual({ rows: 3, cols: 3 });
		expect(outputDims(7, 5, { window: 3, stride: 2, padding: 0 })).toEqual({ rows: 3, cols: 2 });
	});

	test('a window that does not fit raises the engine’s error with its message in both languages', () => {
		try {
			outputDims(2, 2, { window: 3, stride: 1, padding: 0 });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CnnError);
			expect((error as CnnError).describe('en')).toBe(
				'The kernel (3) is larger than its padded input (2).',
			);
			expect((error as CnnError).describe('id')).toContain('lebih besar');
		}
	});

	test('agrees with convOutputSize for any settings', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 16 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 0, max: 3 }),
				(size, window, stride, padding) => {
					const options = { kernel: window, stride, padding };
					let expected: number | undefined;
					try {
						expected = convOutputSize(size, options);
					} catch {
						expected = undefined;
					}
					if (expected === undefined) {
						expect(() => outputDims(size, size, { window, stride, padding })).toThrow(CnnError);
					} else {
						expect(outputDims(size, size, { window, stride, padding }).rows).toBe(expected);
					}
				},
			),
		);
	});

	test('window cells are listed row by row, padding cells marked and read as 0', () => {
		const grid = [
			[1, 2],
			[3, 4],
		];
		expect(windowCells(grid, { window: 2, stride: 1, padding: 1 }, 0, 0)).toEqual([
			{ row: -1, col: -1, value: 0, padded: true },
			{ row: -1, col: 0, value: 0, padded: true },
			{ row: 0, col: -1, value: 0, padded: true },
			{ row: 0, col: 0, value: 1, padded: false },
		]);
		expect(
			windowCells(grid, { window: 2, stride: 2, padding: 0 }, 0, 0).map((c) => c.value),
		).toEqual([1, 2, 3, 4]);
	});

	test('sliding fills each output cell from the cells under its window, padding included', () => {
		const grid = makeGrid(3, 3, (r, c) => r * 3 + c);
		const sum = (cells: { value: number }[]) =>
			cells.reduce((total, cell) => total + cell.value, 0);
		expect(slide(grid, { window: 2, stride: 1, padding: 0 }, sum)).toEqual([
			[8, 12],
			[20, 24],
		]);
		expect(slide(grid, { window: 2, stride: 2, padding: 1 }, (cells) => cells.length)).toEqual([
			[4, 4],
			[4, 4],
		]);
	});

	test('steps run row by row over the output', () => {
		expect([0, 1, 2, 3, 4].map((s) => stepPosition(s, 3))).toEqual([
			{ row: 0, col: 0 },
			{ row: 0, col: 1 },
			{ row: 0, col: 2 },
			{ row: 1, col: 0 },
			{ row: 1, col: 1 },
		]);
	});
});

describe('grid helpers', () => {
	test('resizing keeps the top-left values and pads with zeros', () => {
		const grid = makeGrid(2, 2, (r, c) => r * 2 + c + 1);
		expect(resize(grid, 3, 3)).toEqual([
			[1, 2, 0],
			[3, 4, 0],
			[0, 0, 0],
		]);
		expect(resize(grid, 1, 1)).toEqual([[1]]);
	});

	test('editing a cell returns a new grid and leaves the old one alone', () => {
		const grid = makeGrid(2, 2, () => 0);
		const edited = withCell(grid, 1, 0, 7);
		expect(edited).toEqual([
			[0, 0],
			[7, 0],
		]);
		expect(grid[1]?.[0]).toBe(0);
	});
});
