import { at, makeGrid, type Grid } from './grid.ts';

/** The four one-pixel moves the shift experiment offers. */
export type Direction = 'right' | 'left' | 'down' | 'up';

/** Row and column offsets of each direction. */
export const OFFSETS: Record<Direction, { rows: number; cols: number }> = {
	right: { rows: 0, cols: 1 },
	left: { rows: 0, cols: -1 },
	down: { rows: 1, cols: 0 },
	up: { rows: -1, cols: 0 },
};

/**
 * The grid moved by (rows, cols) pixels: what a camera sees after a small pan. Values pushed past
 * the edge are lost and the uncovered cells are 0, so the grid keeps its size and the same
 * operation can run on both versions.
 */
export function shiftGrid(grid: Grid, rows: number, cols: number): number[][] {
	const height = grid.length;
	const width = grid[0]?.length ?? 0;
	return makeGrid(height, width, (r, c) => at(grid, r - rows, c - cols, 0));
}

/** {@link shiftGrid} by one pixel in a named direction. */
export function shiftBy(grid: Grid, direction: Direction): number[][] {
	const o = OFFSETS[direction];
	return shiftGrid(grid, o.rows, o.cols);
}

/**
 * Which cells differ between two grids of the same size, and how many: the measured (partial)
 * shift invariance of question 4. Values closer than `tolerance` count as equal, so rounding in
 * an average cannot report a change that is not there.
 */
export function changedCells(
	a: Grid,
	b: Grid,
	tolerance = 1e-9,
): { changed: boolean[][]; count: number; total: number } {
	let count = 0;
	const changed = a.map((line, r) =>
		line.map((value, c) => {
			const other = b[r]?.[c];
			const differs = other === undefined || Math.abs(value - other) > tolerance;
			if (differs) count++;
			return differs;
		}),
	);
	const total = a.reduce((sum, line) => sum + line.length, 0);
	return { changed, count, total };
}
