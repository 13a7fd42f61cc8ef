import type { Grid } from './grid.ts';
import { slide, type WindowCell, type WindowGeometry } from './window.ts';

/** One product of a convolution window: an input value times the kernel weight over it. */
export interface ConvTerm {
	readonly input: number;
	readonly weight: number;
}

/** One window's convolution: its products, the bias and the result. */
export interface ConvResult {
	readonly terms: readonly ConvTerm[];
	readonly bias: number;
	readonly value: number;
}

/**
 * The weighted sum of one window plus the bias, as a CNN layer computes it (cross-correlation:
 * the kernel is not flipped). Padding cells are zeros and contribute 0 to the sum. The kernel is
 * read row by row over the window's cells, so a k×k window needs a kernel with at least k×k
 * weights.
 */
export function convWindow(cells: readonly WindowCell[], kernel: Grid, bias: number): ConvResult {
	const k = Math.round(Math.sqrt(cells.length));
	const terms = cells.map((cell, i) => ({
		input: cell.value,
		weight: kernel[Math.floor(i / k)]?.[i % k] ?? 0,
	}));
	const value = terms.reduce((sum, t) => sum + t.input * t.weight, bias);
	return { terms, bias, value };
}

/**
 * A single-channel strided convolution of a grid with a square kernel and a bias: the learned
 * alternative to pooling in question 4. The window size is the kernel's; the output size comes
 * from the engine's formula, so it throws the engine's `CnnError` for a kernel that does not fit.
 */
export function convolve(
	grid: Grid,
	kernel: Grid,
	bias: number,
	geometry: Omit<WindowGeometry, 'window'>,
): number[][] {
	const full = { ...geometry, window: kernel.length };
	return slide(grid, full, (cells) => convWindow(cells, kernel, bias).value);
}
