import type { Grid } from '../../lib/grid/grid.ts';
import type { Direction } from '../../lib/grid/shift.ts';
import type { Settings } from './model.ts';
import { preset, type PresetId } from './presets.ts';

/**
 * The widget's starting state, in one place for the two that need it: `PoolingAnimation.astro`,
 * which computes this state's frame at build time, and the island, which starts from it and goes
 * back to it on Reset. A 2×2 max pool with stride 2 over the small blob is the book's example.
 */

export const DEFAULT_SIZE = 6;
export const DEFAULT_PRESET: PresetId = 'blob';
export const DEFAULT_CHANNELS = 200;
export const DEFAULT_DIRECTION: Direction = 'right';

/** A vertical-edge detector; a 2×2 kernel uses its top-left corner, [[−1, 1], [−1, 1]]. */
export const DEFAULT_KERNEL: Grid = [
	[-1, 1, 0],
	[-1, 1, 0],
	[-1, 1, 0],
];

/** The settings the page opens with. */
export function defaultSettings(): Settings {
	return {
		grid: preset(DEFAULT_PRESET, DEFAULT_SIZE),
		op: 'max',
		window: 2,
		stride: 2,
		padding: 0,
		kernel: DEFAULT_KERNEL,
		bias: 0,
	};
}
