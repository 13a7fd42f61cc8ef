import fc from 'fast-check';
import type { WindowGeometry } from './window.ts';

/**
 * fast-check generators shared by the grid tests (not used by the widgets): random grids and
 * window settings that the engine accepts, so each property can state its claim in one line.
 */

/** A size×size grid of small whole numbers (−9 to 9), as a student would type them. */
export const gridOf = (size: number) =>
	fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: size, maxLength: size }), {
		minLength: size,
		maxLength: size,
	});

/** A square grid of 1 to 10 cells a side together with a window that fits it unpadded. */
export const gridAndGeometry = fc.integer({ min: 1, max: 10 }).chain((size) =>
	fc.record({
		grid: gridOf(size),
		geometry: fc.record({
			window: fc.integer({ min: 1, max: size }),
			stride: fc.integer({ min: 1, max: 4 }),
			padding: fc.constant(0),
		}),
	}),
);

/** Like {@link gridAndGeometry}, with padding up to half the window (the engine's pool rule). */
export const gridAndPaddedGeometry = fc.integer({ min: 1, max: 10 }).chain((size) =>
	fc.integer({ min: 1, max: size }).chain((window) =>
		fc.record({
			grid: gridOf(size),
			geometry: fc.record<WindowGeometry>({
				window: fc.constant(window),
				stride: fc.integer({ min: 1, max: 4 }),
				padding: fc.integer({ min: 0, max: Math.floor(window / 2) }),
			}),
		}),
	),
);
