import { convOutputSize } from '../cnn/index.ts';
import { at, dims, makeGrid, type Grid } from './grid.ts';

/**
 * How a square window slides over a grid: its size k, its stride s and the zero padding p added
 * on every side. Pooling and strided convolution share it, which is the whole point of question 4:
 * with the same geometry they produce outputs of the same size.
 */
export interface WindowGeometry {
	readonly window: number;
	readonly stride: number;
	readonly padding: number;
}

/** One input position a window covers: its place in the unpadded grid and its value there. */
export interface WindowCell {
	readonly row: number;
	readonly col: number;
	readonly value: number;
	/** True when the position lies in the zero padding, outside the grid. */
	readonly padded: boolean;
}

/**
 * The output size of sliding `geometry` over a rows×cols grid. The arithmetic is the engine's
 * `convOutputSize`, so the widget cannot disagree with the model summaries elsewhere on the site.
 *
 * @throws {CnnError} when the window does not fit in the padded grid, or a size is not valid.
 */
export function outputDims(
	rows: number,
	cols: number,
	geometry: WindowGeometry,
): { rows: number; cols: number } {
	const options = {
		kernel: geometry.window,
		stride: geometry.stride,
		padding: geometry.padding,
	} as const;
	return { rows: convOutputSize(rows, options), cols: convOutputSize(cols, options) };
}

/**
 * The input cells under the window that produces output cell (outRow, outCol), in reading order
 * (row by row). Positions in the padding are included with value 0 and `padded: true`; each
 * operation decides what padding means for it (max pooling ignores it, averaging counts it).
 */
export function windowCells(
	grid: Grid,
	geometry: WindowGeometry,
	outRow: number,
	outCol: number,
): WindowCell[] {
	const { rows, cols } = dims(grid);
	const top = outRow * geometry.stride - geometry.padding;
	const left = outCol * geometry.stride - geometry.padding;
	const cells: WindowCell[] = [];
	for (let u = 0; u < geometry.window; u++) {
		for (let v = 0; v < geometry.window; v++) {
			const row = top + u;
			const col = left + v;
			const padded = row < 0 || col < 0 || row >= rows || col >= cols;
			cells.push({ row, col, value: padded ? 0 : at(grid, row, col), padded });
		}
	}
	return cells;
}

/**
 * Slides the window over the whole grid and fills each output cell with `reduce` of the cells
 * under it: the one loop convolution and pooling share. Its output size is the engine's, so a
 * window that does not fit throws the engine's `CnnError`.
 */
export function slide(
	grid: Grid,
	geometry: WindowGeometry,
	reduce: (cells: WindowCell[]) => number,
): number[][] {
	const { rows, cols } = dims(grid);
	const out = outputDims(rows, cols, geometry);
	return makeGrid(out.rows, out.cols, (r, c) => reduce(windowCells(grid, geometry, r, c)));
}

/** Output cell number `step` (0-based, row by row) as (row, col): the order the window slides in. */
export function stepPosition(step: number, outCols: number): { row: number; col: number } {
	return { row: Math.floor(step / outCols), col: step % outCols };
}
