import type { Grid } from './grid.ts';
import { slide, type WindowCell, type WindowGeometry } from './window.ts';

/** The two pooling operations the site compares with a strided convolution. */
export type PoolKind = 'max' | 'avg';

/** One window's pooling: the values that enter it and the result. */
export interface PoolResult {
	/** The values the operation reads, in reading order (what the narration lists). */
	readonly operands: readonly number[];
	readonly value: number;
}

/**
 * Pools one window, with PyTorch's padding rules for explicit padding: max pooling never picks a
 * padding cell (PyTorch pads with −∞), while average pooling counts padding cells as zeros and
 * divides by the full window (PyTorch's default `count_include_pad=True`). The engine only allows
 * padding up to half the window, so every window holds at least one real value and max pooling
 * always has something to pick.
 */
export function poolWindow(cells: readonly WindowCell[], kind: PoolKind): PoolResult {
	if (kind === 'max') {
		const operands = cells.filter((c) => !c.padded).map((c) => c.value);
		// An all-padding window cannot occur with valid settings; 0 keeps the result finite anyway.
		const value = operands.length === 0 ? 0 : Math.max(...operands);
		return { operands, value };
	}
	const operands = cells.map((c) => c.value);
	const sum = operands.reduce((total, v) => total + v, 0);
	return { operands, value: operands.length === 0 ? 0 : sum / operands.length };
}

/**
 * Max or average pooling of a whole grid. Its output size comes from the engine's formula, so
 * it throws the engine's `CnnError` for a window that does not fit.
 */
export function pool(grid: Grid, geometry: WindowGeometry, kind: PoolKind): number[][] {
	return slide(grid, geometry, (cells) => poolWindow(cells, kind).value);
}
