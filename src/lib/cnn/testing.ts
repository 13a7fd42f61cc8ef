import { CnnError } from './errors.ts';
import { summary } from './summary.ts';
import type { Convention, LayerJson, LayerSummary, ModelJson } from './types.ts';
import { parseModel } from './validate.ts';

/**
 * Test helpers shared by the `*.test.ts` files of the engine (not part of the public API): most
 * layer tests are "this layer on this input gives this row", which these make one line each.
 */

/** The summary row of `layer` applied to a model input of shape `input`. */
export function row(
	input: readonly number[],
	layer: LayerJson,
	convention: Convention = 'keras',
): LayerSummary {
	const [first] = summary(parseModel({ input, convention, layers: [layer] })).layers;
	if (first === undefined) throw new Error('a one-layer model gave no summary row');
	return first;
}

/** Parses and summarises, returning the typed error it throws (or failing the test). */
export function errorOf(json: unknown): CnnError {
	return thrown(() => summary(parseModel(json)));
}

/** The typed error `run` throws (or a failed test if it throws nothing, or something else). */
export function thrown(run: () => unknown): CnnError {
	try {
		run();
	} catch (error) {
		if (error instanceof CnnError) return error;
		throw error;
	}
	throw new Error('expected a CnnError, but nothing was thrown');
}

/** A one-layer model, for error tests. */
export function single(input: readonly number[], layer: LayerJson): ModelJson {
	return { input, layers: [layer] };
}
