import fc from 'fast-check';
import type { LabelMap, ScoreMap } from './maps.ts';

/**
 * fast-check generators shared by the segmentation tests (not used by the widget): random label
 * and score maps small enough for hundreds of runs.
 */

/** Runs per property. */
export const RUNS = { numRuns: 200 };

/** A random label map of side 2^k (2 to 16) with up to 4 classes. */
export const labelMaps = fc
	.integer({ min: 1, max: 4 })
	.chain((k) =>
		fc
			.array(fc.integer({ min: 0, max: 3 }), { minLength: 4 ** k, maxLength: 4 ** k })
			.map((values): LabelMap => ({ size: 2 ** k, labels: Uint8Array.from(values) })),
	);

/** A random score map of side 1 to 8 with 3 classes, scores in [0, 1]. */
export const scoreMaps = fc.integer({ min: 1, max: 8 }).chain((size) =>
	fc
		.array(fc.double({ min: 0, max: 1, noNaN: true }), {
			minLength: size * size * 3,
			maxLength: size * size * 3,
		})
		.map((values): ScoreMap => ({ size, classes: 3, scores: Float64Array.from(values) })),
);
