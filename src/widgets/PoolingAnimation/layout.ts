import { stepPosition } from '../../lib/grid/window.ts';

/**
 * Layout arithmetic for the grids: where the current window sits and which cell borders outline
 * it. The outline (a thick border, not only a colour) is what makes the window visible to readers
 * who cannot tell the highlight colour apart.
 */

/** A rectangle of cells, inclusive, in grid coordinates (negative in the top/left padding). */
export interface Box {
	readonly top: number;
	readonly left: number;
	readonly bottom: number;
	readonly right: number;
}

/** The window of output cell number `index` (0-based) for the given geometry. */
export function windowOf(
	index: number,
	outCols: number,
	window: number,
	stride: number,
	padding: number,
): Box {
	const { row, col } = stepPosition(index, outCols);
	const top = row * stride - padding;
	const left = col * stride - padding;
	return { top, left, bottom: top + window - 1, right: left + window - 1 };
}

/** A one-cell box: the output cell being written. */
export function cellBox(index: number, outCols: number): Box {
	const { row, col } = stepPosition(index, outCols);
	return { top: row, left: col, bottom: row, right: col };
}

/**
 * CSS classes for cell (row, col) against a box: `is-in` inside it, plus one class per outer edge
 * of the box the cell lies on, which draw the outline.
 */
export function windowBox(box: Box | undefined, row: number, col: number): string {
	if (!box) return '';
	if (row < box.top || row > box.bottom || col < box.left || col > box.right) return '';
	const classes = ['is-in'];
	if (row === box.top) classes.push('edge-t');
	if (row === box.bottom) classes.push('edge-b');
	if (col === box.left) classes.push('edge-l');
	if (col === box.right) classes.push('edge-r');
	return classes.join(' ');
}
