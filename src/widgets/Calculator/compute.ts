import {
	attempt,
	memory,
	parseModel,
	summary,
	type CnnError,
	type MemoryOptions,
	type MemoryReport,
	type Model,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';

/**
 * Runs the engine on the edited model for the summary table. When a layer cannot be computed
 * (a kernel larger than its input, an output below one pixel), the engine stops at that layer;
 * the table still shows the layers before it, computed on their own, and marks the failing one
 * with the engine's message.
 */

/** The outcome for the table. */
export type Analysis =
	| { readonly ok: true; readonly summary: Summary }
	| {
			readonly ok: false;
			readonly error: CnnError;
			/** Names of every layer, when the model parsed (the error is about shapes or counts). */
			readonly names?: readonly string[];
			/** The layers before the failing one, summarised on their own. */
			readonly partial?: Summary;
	  };

/** Summarises a model, or explains where and why it cannot be. */
export function analyse(json: ModelJson): Analysis {
	const parsed = attempt<Model>(() => parseModel(json));
	if (!parsed.ok) return parsed;
	const names = parsed.value.layers.map((layer) => layer.name);
	const result = attempt(() => summary(parsed.value));
	if (result.ok) return { ok: true, summary: result.value };
	const failing = result.error.layer?.index ?? 0;
	const prefix =
		failing > 0
			? attempt(() => summary(parseModel({ ...json, layers: json.layers.slice(0, failing) })))
			: undefined;
	return {
		ok: false,
		error: result.error,
		names,
		...(prefix?.ok ? { partial: prefix.value } : {}),
	};
}

/** A memory estimate, or the engine's error (a byte count past 2⁵³). */
export type MemoryResult =
	| { readonly ok: true; readonly report: MemoryReport }
	| { readonly ok: false; readonly error: CnnError };

/** Estimates memory for a summary, without throwing. */
export function estimateMemory(s: Summary, options: MemoryOptions): MemoryResult {
	const result = attempt(() => memory(s, options));
	return result.ok ? { ok: true, report: result.value } : result;
}

/** The book's two settings for question 2, in float32: one image to predict, 50 to train. */
export const BOOK_SETTINGS = {
	predict: { batch: 1, dtype: 'float32', mode: 'inference', optimizer: 'none' },
	train: { batch: 50, dtype: 'float32', mode: 'training', optimizer: 'none' },
} as const satisfies Record<string, MemoryOptions>;
