import { formatNumber } from '../i18n/format.ts';
import {
	CnnError,
	isFeatureMap,
	parseModel,
	summary,
	type Convention,
	type FeatureMap,
	type LayerSummary,
	type ModelJson,
	type Summary,
} from '../cnn/index.ts';

/**
 * Small pieces shared by the Keras and PyTorch exporters: Python literals, argument lists and the
 * padding arithmetic that turns one framework's padding rule into the other's. They exist so that
 * both exporters write Python the same way and the padding maths is tested once.
 */

/** A value as a Python literal: `3`, `(3, 5)`, `"same"`, `True`, `0.5`. */
export function py(value: number | string | boolean | readonly number[]): string {
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number') return String(value);
	return value.length === 1 ? `(${value[0]},)` : `(${value.join(', ')})`;
}

/** A kernel, stride or pool size: one number when both axes agree, as people write it. */
export function pyPair(pair: readonly [number, number] | readonly number[]): string {
	return pair[0] === pair[1] ? py(pair[0]) : py(pair);
}

/** Positional arguments, then `key=value` pairs whose value is not `undefined`. */
export function call(
	fn: string,
	positional: readonly string[],
	named: Readonly<Record<string, string | undefined>> = {},
): string {
	const args = [...positional];
	for (const [key, value] of Object.entries(named))
		if (value !== undefined) args.push(`${key}=${value}`);
	return `${fn}(${args.join(', ')})`;
}

/** A count as Keras prints it in `model.summary()`: `903,400`. */
export function count(value: number): string {
	return formatNumber(value, 'en');
}

/**
 * Zero padding one axis needs so that a window of `span` = d·(k − 1) + 1 values with stride
 * `stride` fits `out` times in `size` values, `out` being the engine's output size. Exporters use
 * it to write one framework's padding rule ("same", ceil mode) in the other's terms. Never
 * negative: a surplus at the end is simply never read.
 */
export function padTotal(size: number, out: number, span: number, stride: number): number {
	return Math.max((out - 1) * stride + span - size, 0);
}

/** {@link padTotal} split as TensorFlow's "same" splits it: the odd row or column goes after. */
export function padFor(
	size: number,
	out: number,
	span: number,
	stride: number,
): readonly [number, number] {
	const total = padTotal(size, out, span, stride);
	const before = Math.floor(total / 2);
	return [before, total - before];
}

/**
 * Summarises a model as the target framework counts it: the JSON's own convention only changes
 * batch normalisation, which Keras counts 4 per channel and PyTorch 2. The exported code states
 * the total its framework will print, so it must use that framework's convention.
 *
 * @throws {CnnError} when the model is invalid.
 */
export function summarizeAs(json: ModelJson, convention: Convention): Summary {
	return summary(parseModel({ ...json, convention }));
}

/**
 * A windowed layer's input and output, both `[H, W, C]`: the engine refuses anything else for a
 * convolution or a pooling layer, so a miss here is an engine bug, not a bad model.
 */
export function featureMaps(row: LayerSummary): readonly [FeatureMap, FeatureMap] {
	const [input] = row.inputShapes;
	const output = row.outputShape;
	if (isFeatureMap(input) && isFeatureMap(output)) return [input, output];
	throw new CnnError('internal-error', {
		layer: row.layer,
		params: { detail: `${row.type} without a feature map` },
	});
}
