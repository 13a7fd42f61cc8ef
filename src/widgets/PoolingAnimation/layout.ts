import type { StepDetail } from './model.ts';

/**
 * Layout for the grids: where the current window sits and which cell borders outline it. The
 * outline (a thick border, not only a colour) is what makes the window visible to readers who
 * cannot tell the highlight colour apart. Boxes are read off a step the engine computed, so the
 * widget never repeats the sliding-window arithmetic.
 */

/** A rectangle of cells, inclusive, in grid coordinates (negative in the top/left padding). */
export interface Box {
	readonly top: number;
	readonly left: number;
	readonly bottom: number;
	readonly right: number;
}

/** The input cells a step's window covers (padding included). */
export function windowOf(step: StepDetail): Box {
	const rows = step.cells.map((c) => c.row);
	const cols = step.cells.map((c) => c.col);
	return {
		top: Math.min(...rows),
		left: Math.min(...cols),
		bottom: Math.max(...rows),
		right: Math.max(...cols),
	};
}

/** A one-cell box: the output cell a step writes. */
export function cellBox(step: StepDetail): Box {
	return { top: step.outRow, left: step.outCol, bottom: step.outRow, right: step.outCol };
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
