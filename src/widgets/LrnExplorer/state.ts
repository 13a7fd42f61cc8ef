import type { BatchNormChannel } from '../../lib/normalization/batch-norm.ts';

/**
 * The LRN explorer's state rules, apart from rendering: the presets, how many channels there may
 * be, what a drag or a key press does to a bar, and the batch-norm statistics of the comparison.
 */

/** Largest activation a bar can show and take. */
export const MAX_ACTIVATION = 250;
/** Channels at one position: 8 to 16. */
export const MIN_CHANNELS = 8;
export const MAX_CHANNELS = 16;
/** The value every quiet channel has in the presets, as in the page's worked example. */
export const QUIET = 20;
/** The strong channel's value and position in "one strong channel" (the page's map 2). */
export const STRONG = 200;
export const STRONG_AT = 2;

/** The presets the widget offers. */
export type LrnPreset = 'strong' | 'uniform';

/** The preset of the first frame: the page's worked example, so the widget opens on its table. */
export const INITIAL_PRESET: LrnPreset = 'strong';

/**
 * A preset at a given channel count. "One strong channel" starts with the page's worked example
 * (20, 20, 200, 20, 20, 20, …), so the widget's first outputs are the page's table.
 */
export function lrnPreset(preset: LrnPreset, channels: number): number[] {
	return Array.from({ length: channels }, (_, i) =>
		preset === 'strong' && i === STRONG_AT ? STRONG : QUIET,
	);
}

/** The activations at a new channel count: kept where they exist, quiet channels added. */
export function withChannels(values: readonly number[], channels: number): number[] {
	return Array.from({ length: channels }, (_, i) => values[i] ?? QUIET);
}

/** A value kept within 0…MAX_ACTIVATION and rounded to a whole number, as a drag sets it. */
export function clampActivation(value: number): number {
	if (!Number.isFinite(value)) return 0;
	return Math.min(MAX_ACTIVATION, Math.max(0, Math.round(value)));
}

/**
 * The activation under a pointer at height `y` in a bar of the given top and height (pixels):
 * the bottom is 0, the top MAX_ACTIVATION.
 */
export function valueAtPointer(y: number, top: number, height: number): number {
	if (height <= 0) return 0;
	return clampActivation(((top + height - y) / height) * MAX_ACTIVATION);
}

/**
 * What a key does to a bar that has the focus, as for any slider: arrows ±1, Page Up/Down ±10,
 * Home/End to the ends. `undefined` for keys the bar leaves alone.
 */
export function keyedValue(key: string, value: number): number | undefined {
	switch (key) {
		case 'ArrowUp':
		case 'ArrowRight':
			return clampActivation(value + 1);
		case 'ArrowDown':
		case 'ArrowLeft':
			return clampActivation(value - 1);
		case 'PageUp':
			return clampActivation(value + 10);
		case 'PageDown':
			return clampActivation(value - 10);
		case 'Home':
			return 0;
		case 'End':
			return MAX_ACTIVATION;
		default:
			return undefined;
	}
}

/**
 * The batch-norm statistics the comparison uses for every channel: running mean 20 and variance
 * 100 (a standard deviation of 10), γ = 1, β = 0. Fixed on purpose: the point is that each channel
 * is rescaled with its own statistics, whatever its neighbours do.
 */
export const BN_CHANNEL: BatchNormChannel = { mean: 20, variance: 100, gamma: 1, beta: 0 };

/** α on the slider: 10^e for e from −6 to 0 in half steps. */
export const ALPHA_EXPONENTS = { min: -6, max: 0, step: 0.5 };

/** The slider position (an exponent) nearest to an α typed in the field. */
export function alphaExponent(alpha: number): number {
	const e = Math.round(Math.log10(alpha) / ALPHA_EXPONENTS.step) * ALPHA_EXPONENTS.step;
	return Math.min(ALPHA_EXPONENTS.max, Math.max(ALPHA_EXPONENTS.min, e));
}

/** α for a slider position; whole exponents give exact powers of ten (10⁻⁴ = 0.0001). */
export function alphaFromExponent(exponent: number): number {
	return Number((10 ** exponent).toPrecision(6));
}

/** The highest value of a chart's scale: a round number at or above the largest value. */
export function niceMax(values: readonly number[]): number {
	const largest = Math.max(0, ...values.map((v) => Math.abs(v)));
	// Below a millionth the bars are flat anyway; a scale of 1 keeps the arithmetic exact.
	if (largest < 1e-6) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(largest));
	for (const step of [1, 2, 2.5, 5, 10]) {
		if (step * magnitude >= largest) return step * magnitude;
	}
	return Math.max(10 * magnitude, largest);
}
