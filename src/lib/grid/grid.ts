/**
 * A small 2-D grid of numbers: one channel of a feature map, as the pooling and convolution
 * widgets show it. Rows of plain arrays keep it readable in tests and cheap to copy immutably
 * in a Preact state update.
 */
export type Grid = readonly (readonly number[])[];

/** Rows and columns of a grid (an empty grid has 0 columns). */
export function dims(grid: Grid): { rows: number; cols: number } {
	return { rows: grid.length, cols: grid[0]?.length ?? 0 };
}

/**
 * A rows×cols grid filled by `value(row, col)`. Every grid in the widgets is built through here so
 * that a grid is always rectangular.
 */
export function makeGrid(
	rows: number,
	cols: number,
	value: (row: number, col: number) => number,
): number[][] {
	return Array.from({ length: rows }, (_, r) =>
		Array.from({ length: cols }, (_, c) => value(r, c)),
	);
}

/** The value at (row, col), or `fill` outside the grid: how zero padding reads a border cell. */
export function at(grid: Grid, row: number, col: number, fill = 0): number {
	const line = grid[row];
	if (line === undefined || col < 0 || col >= line.length) return fill;
	return line[col] ?? fill;
}

/** A copy of the grid with one cell changed, for an edit in an immutable state update. */
export function withCell(grid: Grid, row: number, col: number, value: number): number[][] {
	return grid.map((line, r) =>
		r === row ? line.map((v, c) => (c === col ? value : v)) : [...line],
	);
}

/**
 * The grid resized to rows×cols, keeping the values that still fit (top-left anchored) and
 * filling new cells with 0, so that changing the grid size does not throw away the reader's edits.
 */
export function resize(grid: Grid, rows: number, cols: number): number[][] {
	return makeGrid(rows, cols, (r, c) => at(grid, r, c, 0));
}
