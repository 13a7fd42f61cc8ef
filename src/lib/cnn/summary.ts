import { checkCount, CnnError, entry } from './errors.ts';
import { RULES } from './layers/index.ts';
import { isInputs } from './layers/rule.ts';
import { sizeOf } from './shapes.ts';
import type { LayerSummary, Model, Summary } from './types.ts';
import { parseModel } from './validate.ts';

/**
 * The figures a framework prints for a model: each layer's output shape, parameters (trainable
 * and not) and multiply–accumulates, and their totals. Layers are computed in dependency order but
 * reported in the order written, as Keras's `model.summary()` does.
 *
 * @throws {CnnError} when shapes do not fit (a kernel larger than its input, mismatched merges…)
 *   or a count passes 2⁵³.
 */
export function summary(model: Model): Summary {
	const { layers, sources, convention, input } = model;
	const rows = new Array<LayerSummary>(layers.length);
	const consumed = new Uint8Array(layers.length);
	let trainable = 0;
	let nonTrainable = 0;
	let macs = 0;
	for (const index of model.order) {
		const layer = entry(layers, index);
		const inputShapes = entry(sources, index).map((source) => {
			if (source < 0) return input;
			consumed[source] = 1;
			return entry(rows, source).outputShape;
		});
		if (!isInputs(inputShapes)) {
			throw new CnnError('internal-error', { layer, params: { detail: 'no inputs' } });
		}
		const result = RULES[layer.type].infer(layer, inputShapes, convention);
		const params = checkCount(result.trainable + result.nonTrainable, 'params', layer);
		rows[index] = {
			index,
			name: layer.name,
			type: layer.type,
			layer,
			inputs: layer.inputs,
			inputShapes,
			outputShape: result.shape,
			outputSize: checkCount(sizeOf(result.shape), 'values', layer),
			params,
			trainableParams: result.trainable,
			nonTrainableParams: result.nonTrainable,
			macs: checkCount(result.macs, 'macs', layer),
		};
		trainable += result.trainable;
		nonTrainable += result.nonTrainable;
		macs += result.macs;
	}
	return {
		name: model.name,
		convention,
		inputShape: input,
		layers: rows,
		order: model.order,
		sources,
		outputs: layers.filter((layer) => consumed[layer.index] === 0).map((layer) => layer.name),
		totalParams: checkCount(trainable + nonTrainable, 'params'),
		trainableParams: trainable,
		nonTrainableParams: nonTrainable,
		macs: checkCount(macs, 'macs'),
	};
}

/** Either a value or the typed error that prevented it: what widgets render without try/catch. */
export type Result<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CnnError };

/**
 * Wraps any engine call so it returns its error instead of throwing. Anything that is not a
 * `CnnError` would be an engine bug; it is still turned into one rather than shown raw.
 */
export function attempt<T>(run: () => T): Result<T> {
	try {
		return { ok: true, value: run() };
	} catch (error) {
		if (error instanceof CnnError) return { ok: false, error };
		return {
			ok: false,
			error: new CnnError('internal-error', { params: { detail: String(error) } }),
		};
	}
}

/**
 * Reads JSON text (as typed into a widget's editor) into a value for `parseModel`, with a typed
 * error instead of a `SyntaxError`.
 */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new CnnError('invalid-json', { params: { detail } });
	}
}

/**
 * `parseModel` then `summary`, returning the error instead of throwing, so that a widget can
 * recompute on every keystroke with no try/catch. A string is read as JSON text.
 */
export function trySummary(
	json: unknown,
):
	| { readonly ok: true; readonly summary: Summary }
	| { readonly ok: false; readonly error: CnnError } {
	const result = attempt(() =>
		summary(parseModel(typeof json === 'string' ? parseJson(json) : json)),
	);
	return result.ok ? { ok: true, summary: result.value } : result;
}
