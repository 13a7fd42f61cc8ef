import {
	CnnError,
	trySummary,
	type LayerSummary,
	type ModelJson,
	type Summary,
	working,
} from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { CompareState } from './compare-state.ts';

/**
 * Question 1's comparison: one dense layer and one convolutional layer on the same image. The
 * counts come from the engine; this module only builds the two one-layer models and the series
 * of image sizes the chart plots.
 */

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

/** One layer as the mode shows it: its parameter count and the engine's working for it. */
export interface LayerFigure {
	readonly params: number;
	readonly working: string;
}

/**
 * Everything the compare mode shows for one state, as plain data: the `.astro` entry computes the
 * first at build time and passes it to the island, which computes the next ones once the engine
 * has loaded. `message` is the engine's refusal in the page's language.
 */
export type CompareFigures =
	| {
			readonly ok: true;
			readonly dense: LayerFigure;
			readonly conv: LayerFigure;
			readonly points: readonly ComparePoint[];
	  }
	| { readonly ok: false; readonly message: string };

/** The figures of {@link CompareFigures} for a state, in a language. */
export function compareFigures(s: CompareState, lang: Lang): CompareFigures {
	const result = compare(s);
	if (!result.ok) return { ok: false, message: result.error.describe(lang) };
	const layer = (row: LayerSummary): LayerFigure => ({
		params: row.params,
		working: working(row, lang),
	});
	return {
		ok: true,
		dense: layer(result.denseRow),
		conv: layer(result.convRow),
		points: series(s),
	};
}
