import {
	CnnError,
	trySummary,
	type LayerSummary,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';

/**
 * Question 1's comparison: one dense layer and one convolutional layer on the same image. The
 * counts come from the engine; this module only builds the two one-layer models and the series
 * of image sizes the chart plots.
 */

/** What the reader sets: the image and the two layers' sizes. */
export interface CompareState {
	readonly h: number;
	readonly w: number;
	readonly c: number;
	readonly units: number;
	readonly filters: number;
	readonly kernel: number;
}

/** Exercise 2's input, a 100-unit dense layer and a 3×3 convolution with 100 filters. */
export const DEFAULT_COMPARE: CompareState = {
	h: 200,
	w: 300,
	c: 3,
	units: 100,
	filters: 100,
	kernel: 3,
};

/** The image flattened into one dense layer: every pixel of every channel meets every unit. */
export function denseModel(s: CompareState, h = s.h, w = s.w): ModelJson {
	return {
		input: [h, w, s.c],
		layers: [{ type: 'flatten' }, { type: 'dense', units: s.units }],
	};
}

/** One convolution over the same image; "same" padding so any kernel fits any image. */
export function convModel(s: CompareState, h = s.h, w = s.w): ModelJson {
	return {
		input: [h, w, s.c],
		layers: [{ type: 'conv2d', filters: s.filters, kernel: s.kernel, padding: 'same' }],
	};
}

/** Image sizes the chart shows, as multiples of the reader's height and width. */
export const SCALES = [0.125, 0.25, 0.5, 1, 2, 4] as const;

/** One image size of the chart and the two layers' parameter counts there. */
export interface ComparePoint {
	readonly h: number;
	readonly w: number;
	readonly dense: number;
	readonly conv: number;
	/** The reader's own size. */
	readonly current: boolean;
}

/** Both one-layer summaries at the reader's size, or the engine's error (a count past 2⁵³). */
export type Comparison =
	| {
			readonly ok: true;
			readonly dense: Summary;
			readonly conv: Summary;
			/** The dense layer's row (after the flatten) and the convolution's. */
			readonly denseRow: LayerSummary;
			readonly convRow: LayerSummary;
	  }
	| { readonly ok: false; readonly error: CnnError };

/** Summarises the dense layer and the convolution at the reader's size. */
export function compare(s: CompareState): Comparison {
	const dense = trySummary(denseModel(s));
	if (!dense.ok) return dense;
	const conv = trySummary(convModel(s));
	if (!conv.ok) return conv;
	const [, denseRow] = dense.summary.layers;
	const [convRow] = conv.summary.layers;
	if (denseRow === undefined || convRow === undefined) {
		return { ok: false, error: new CnnError('internal-error', { params: { detail: 'no rows' } }) };
	}
	return { ok: true, dense: dense.summary, conv: conv.summary, denseRow, convRow };
}

/**
 * The chart's points: the reader's image scaled from ⅛ to 4 times its height and width. Sizes
 * that round to the same image appear once; a size whose count the engine refuses is left out.
 */
export function series(s: CompareState): ComparePoint[] {
	const points: ComparePoint[] = [];
	for (const scale of SCALES) {
		const h = Math.max(1, Math.round(s.h * scale));
		const w = Math.max(1, Math.round(s.w * scale));
		if (points.some((p) => p.h === h && p.w === w)) continue;
		const dense = trySummary(denseModel(s, h, w));
		const conv = trySummary(convModel(s, h, w));
		if (!dense.ok || !conv.ok) continue;
		points.push({
			h,
			w,
			dense: dense.summary.totalParams,
			conv: conv.summary.totalParams,
			current: h === s.h && w === s.w,
		});
	}
	return points;
}
