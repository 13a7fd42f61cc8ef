/**
 * The converter's settings: the head the reader edits, VGG-16's own values and the fields'
 * limits. They live apart from `conversion.ts` because the island needs them on its first render,
 * before it loads the engine; importing them from the engine's module would ship the engine with
 * the page.
 */

/** The classifier head: how many dense layers, the width of the hidden ones, and the classes. */
export interface Head {
	readonly dense: number;
	readonly units: number;
	readonly classes: number;
}

/** VGG-16's own head: 4096 → 4096 → 1000. */
export const VGG_HEAD: Head = { dense: 3, units: 4096, classes: 1000 };

/** The input size VGG-16 was trained on; the dense head only accepts this size. */
export const TRAIN_SIZE = 224;

/** Limits of the converter's fields. */
export const LIMITS = {
	size: { min: 1, max: 2048 },
	dense: { min: 1, max: 4 },
	units: { min: 1, max: 16384 },
	classes: { min: 1, max: 10000 },
} as const;
