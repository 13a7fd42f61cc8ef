import type { Activation, LayerSummary, ModelJson, Summary } from '../cnn/index.ts';
import { call, count, featureMaps, padTotal, py, pyPair, summarizeAs } from './python.ts';

/**
 * Writes a sequential model as Keras code, so a student can paste it into a notebook and see
 * `model.summary()` print the same total as the calculator. Counts follow Keras's convention
 * (batch normalisation: γ, β, moving mean and moving variance, 4 per channel), whatever the
 * model's own `convention`; the returned `totalParams` is what Keras will print.
 *
 * Explicit (PyTorch-style) padding and `ceilMode` have no Keras keyword: they become a
 * `ZeroPadding2D` before the layer, sized from the engine's output shape so every shape matches.
 */

/** Keras's spelling of each activation, where it differs from the engine's. */
const ACTIVATION_NAMES: Partial<Record<Activation, string>> = { hardSigmoid: 'hard_sigmoid' };

/** The generated code and the total Keras will report for it. */
export interface ExportedCode {
	readonly code: string;
	readonly totalParams: number;
}

function activation(fn: Activation): string | undefined {
	return fn === 'linear' ? undefined : py(ACTIVATION_NAMES[fn] ?? fn);
}

/** A `ZeroPadding2D` line and `"valid"`, or the layer's own padding keyword. */
function padding(
	row: LayerSummary,
	window: readonly [number, number],
	dilation: readonly [number, number] = [1, 1],
) {
	const layer = row.layer as { padding: 'valid' | 'same' | readonly [number, number] };
	const pad = layer.padding;
	const ceil = 'ceilMode' in row.layer && row.layer.ceilMode;
	if (pad === 'same') return { pre: undefined, keyword: py('same') };
	if (pad === 'valid' && !ceil) return { pre: undefined, keyword: undefined };
	const explicit: readonly [number, number] = pad === 'valid' ? [0, 0] : pad;
	const strides = (row.layer as { strides: readonly [number, number] }).strides;
	const [input, output] = featureMaps(row);
	const axes = ([0, 1] as const).map((a) => {
		const size = input[a] + 2 * explicit[a];
		const span = dilation[a] * (window[a] - 1) + 1;
		const extra = padTotal(size, output[a], span, strides[a]);
		return `(${explicit[a]}, ${explicit[a] + extra})`;
	});
	const pre = axes.every((axis) => axis === '(0, 0)')
		? undefined
		: `layers.ZeroPadding2D((${axes.join(', ')}))`;
	return { pre, keyword: undefined };
}

/** The Keras layer(s) for one summary row; a comment for a type this exporter does not write. */
function kerasLayers(row: LayerSummary): string[] {
	const layer = row.layer;
	switch (layer.type) {
		case 'conv2d':
		case 'depthwiseConv2d':
		case 'separableConv2d': {
			const { pre, keyword } = padding(row, layer.kernel, layer.dilation);
			const named = {
				strides:
					layer.strides[0] === 1 && layer.strides[1] === 1 ? undefined : pyPair(layer.strides),
				padding: keyword,
				dilation_rate:
					layer.dilation[0] === 1 && layer.dilation[1] === 1 ? undefined : pyPair(layer.dilation),
				groups: layer.type === 'conv2d' && layer.groups !== 1 ? py(layer.groups) : undefined,
				depth_multiplier:
					layer.type !== 'conv2d' && layer.depthMultiplier !== 1
						? py(layer.depthMultiplier)
						: undefined,
				activation: activation(layer.activation),
				use_bias: layer.useBias ? undefined : py(false),
			};
			const positional =
				layer.type === 'depthwiseConv2d'
					? [pyPair(layer.kernel)]
					: [py(layer.filters), pyPair(layer.kernel)];
			const fn =
				layer.type === 'conv2d'
					? 'Conv2D'
					: layer.type === 'depthwiseConv2d'
						? 'DepthwiseConv2D'
						: 'SeparableConv2D';
			return [...(pre ? [pre] : []), call(`layers.${fn}`, positional, named)];
		}
		case 'maxPool2d':
		case 'avgPool2d': {
			const { pre, keyword } = padding(row, layer.pool);
			const same = layer.strides[0] === layer.pool[0] && layer.strides[1] === layer.pool[1];
			const fn = layer.type === 'maxPool2d' ? 'MaxPooling2D' : 'AveragePooling2D';
			const named = { strides: same ? undefined : pyPair(layer.strides), padding: keyword };
			return [...(pre ? [pre] : []), call(`layers.${fn}`, [pyPair(layer.pool)], named)];
		}
		case 'globalAvgPool2d':
			return ['layers.GlobalAveragePooling2D()'];
		case 'flatten':
			return ['layers.Flatten()'];
		case 'dropout':
			return [call('layers.Dropout', [py(layer.rate)])];
		case 'dense':
			return [
				call('layers.Dense', [py(layer.units)], {
					activation: activation(layer.activation),
					use_bias: layer.useBias ? undefined : py(false),
				}),
			];
		case 'batchNorm':
			return [
				call('layers.BatchNormalization', [], {
					momentum: layer.momentum === 0.99 ? undefined : py(layer.momentum),
					epsilon: layer.epsilon === 0.001 ? undefined : py(layer.epsilon),
					center: layer.center ? undefined : py(false),
					scale: layer.scale ? undefined : py(false),
				}),
			];
		default:
			return [`# ${layer.type} (${layer.name}): not written by this exporter`];
	}
}

/**
 * The model as a `keras.Sequential`, each layer commented with its parameter count, ending with
 * `model.summary()` and the total it prints.
 *
 * @throws {CnnError} when the model is invalid (callers check it with the engine first).
 */
export function toKeras(json: ModelJson): ExportedCode {
	const s: Summary = summarizeAs(json, 'keras');
	const lines = [
		'import keras',
		'from keras import layers',
		'',
		'model = keras.Sequential(',
		'    [',
		`        keras.Input(shape=${py(s.inputShape)}),`,
	];
	for (const row of s.layers) {
		const code = kerasLayers(row);
		code.forEach((line, i) => {
			const last = i === code.length - 1;
			const note = last && row.params > 0 ? `  # ${count(row.params)}` : '';
			lines.push(line.startsWith('#') ? `        ${line}` : `        ${line},${note}`);
		});
	}
	lines.push('    ]', ')', `model.summary()  # Total params: ${count(s.totalParams)}`, '');
	return { code: lines.join('\n'), totalParams: s.totalParams };
}
