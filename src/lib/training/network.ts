import {
	featureMapOf,
	layerRow,
	parseModel,
	summary,
	type FeatureMap,
	type Layer,
	type Model,
	type Shape,
	type Summary,
} from '../cnn/index.ts';
import { defined } from '../defined.ts';
import { TrainingError } from './errors.ts';
import { initialise, type Init } from './init.ts';
import {
	Conv2D,
	Dense,
	Dropout,
	Flatten,
	Pool2D,
	Relu,
	Softmax,
	type Op,
	type Param,
	type Window,
} from './ops.ts';
import { createRandom } from './random.ts';

/** The largest model the lab trains: past it, one epoch takes minutes in a browser. */
export const MAX_PARAMS = 300_000;

/** What `createNetwork` checks a model against, and how it starts. */
export interface NetworkOptions {
	/** Seeds the initial weights and the dropout masks (default 1). */
	readonly seed?: number;
	/** The data's shape, e.g. `[28, 28, 1]`; the model's input must match it. */
	readonly input?: Shape;
	/** The number of classes; the model must end with that many units and a softmax. */
	readonly classes?: number;
	/** Refuse models with more parameters (default `MAX_PARAMS`). */
	readonly maxParams?: number;
}

/** Loss and hits of one training batch, measured on the forward pass before the update. */
export interface BatchResult {
	/** Mean cross-entropy over the batch. */
	readonly loss: number;
	/** Examples whose highest probability was on their label. */
	readonly correct: number;
}

/**
 * A trainable network built from the engine's model format, so the lab and the calculator share
 * one format and one set of shapes: the engine checks the model and infers every shape; this only
 * adds weights and arithmetic.
 */
export interface Network {
	readonly model: Model;
	readonly summary: Summary;
	readonly ops: readonly Op[];
	/** Every trainable tensor, in layer order (kernel before bias). */
	readonly params: readonly Param[];
	readonly inputSize: number;
	readonly classes: number;
	/**
	 * For each engine layer, the index of the op whose output is that layer's output (-1: the
	 * model's input, for a layer that computes nothing, such as a linear activation first).
	 */
	readonly layerOps: readonly number[];
	/** Class probabilities for `batch` examples (`batch × classes` values, valid until the next call). */
	predict(input: Float32Array, batch: number): Float32Array;
	/**
	 * One forward and backward pass in training mode: sets every `Param.grad` to the gradient of
	 * the batch's mean cross-entropy. Call an optimizer's `step` next.
	 */
	trainBatch(input: Float32Array, labels: ArrayLike<number>, batch: number): BatchResult;
	/** The output of engine layer `index` from the last forward pass (feature maps), or the input. */
	layerOutput(index: number): Float32Array;
}

const sizeOf = (shape: Shape) => shape.reduce((a, b) => a * b, 1);

/** Padding before the first row and column: none, Keras's "same" (TensorFlow's split), or explicit. */
function padBefore(
	padding: Layer & { padding: unknown },
	input: FeatureMap,
	output: FeatureMap,
	kernel: readonly [number, number],
	strides: readonly [number, number],
): readonly [number, number] {
	const p = padding.padding;
	if (p === 'valid') return [0, 0];
	if (p === 'same') {
		const before = (axis: 0 | 1) =>
			Math.floor(Math.max((output[axis] - 1) * strides[axis] + kernel[axis] - input[axis], 0) / 2);
		return [before(0), before(1)];
	}
	return p as readonly [number, number];
}

function slidingWindow(
	layer: Layer & { padding: unknown },
	input: Shape,
	output: Shape,
	kernel: readonly [number, number],
	strides: readonly [number, number],
): Window {
	const inShape = featureMapOf(input);
	const outShape = featureMapOf(output);
	return {
		inShape,
		outShape,
		kernel,
		strides,
		padBefore: padBefore(layer, inShape, outShape, kernel, strides),
	};
}

/**
 * Turns a checked model into ops, one per layer plus one per fused activation, with zero weights;
 * refuses what the lab cannot train. `createNetwork` adds the checks on the whole model and the
 * initial weights; the tests call this to get a single layer.
 */
export function compile(
	model: Model,
	rows: Summary,
	dropoutRandom: { next(): number },
): { ops: Op[]; layerOps: number[] } {
	const ops: Op[] = [];
	const layerOps: number[] = [];
	const unsupported = (
		layer: Layer,
		field: string,
		value: string | readonly number[],
		allowed: string,
	) => new TrainingError('unsupported-value', { field, value, allowed }, layer);
	const activation = (layer: Layer, fn: string, shape: Shape) => {
		if (fn === 'relu') ops.push(new Relu(shape));
		else if (fn === 'softmax') ops.push(new Softmax(sizeOf(shape)));
		else if (fn !== 'linear')
			throw unsupported(layer, 'activation', fn, '"relu", "softmax" or "linear"');
	};
	model.layers.forEach((layer, index) => {
		const expected = index === 0 ? -1 : index - 1;
		if (model.sources[index]?.length !== 1 || model.sources[index][0] !== expected)
			throw new TrainingError('not-a-chain', {}, layer);
		const row = layerRow(rows, index);
		const input = row.inputShapes[0];
		const output = row.outputShape;
		if (ops.at(-1) instanceof Softmax) throw new TrainingError('softmax-not-last', {}, layer);
		switch (layer.type) {
			case 'conv2d':
				if (layer.groups !== 1) throw unsupported(layer, 'groups', String(layer.groups), '1');
				if (layer.dilation[0] !== 1 || layer.dilation[1] !== 1)
					throw unsupported(layer, 'dilation', layer.dilation, '1');
				if (layer.activation === 'softmax')
					throw unsupported(layer, 'activation', 'softmax', '"relu" or "linear"');
				ops.push(
					new Conv2D(
						layer.name,
						slidingWindow(layer, input, output, layer.kernel, layer.strides),
						layer.useBias,
					),
				);
				activation(layer, layer.activation, output);
				break;
			case 'maxPool2d':
			case 'avgPool2d':
				if (layer.ceilMode) throw unsupported(layer, 'ceilMode', 'true', 'false');
				if (typeof layer.padding !== 'string')
					throw unsupported(layer, 'padding', layer.padding, '"valid" or "same"');
				ops.push(
					new Pool2D(layer.type, slidingWindow(layer, input, output, layer.pool, layer.strides)),
				);
				break;
			case 'dense': {
				const [size, ...rest] = input;
				if (size === undefined || rest.length > 0)
					throw new TrainingError('needs-flatten', { shape: input }, layer);
				ops.push(new Dense(layer.name, size, layer.units, layer.useBias));
				activation(layer, layer.activation, output);
				break;
			}
			case 'flatten':
				ops.push(new Flatten(input));
				break;
			case 'dropout':
				ops.push(new Dropout(output, layer.rate, () => dropoutRandom.next()));
				break;
			case 'activation':
				activation(layer, layer.fn, output);
				break;
			default:
				throw new TrainingError('unsupported-layer', { type: layer.type }, layer);
		}
		layerOps.push(ops.length - 1);
	});
	return { ops, layerOps };
}

/**
 * Checks a model (JSON, as the calculator writes it) and builds a trainable network with
 * seeded initial weights. Throws the engine's `CnnError` for a model the engine rejects, and a
 * `TrainingError` for one the lab cannot train; both have `describe(lang)`.
 */
export function createNetwork(json: unknown, options: NetworkOptions = {}): Network {
	const model = parseModel(json);
	const rows = summary(model);
	const { seed = 1, maxParams = MAX_PARAMS } = options;
	if (options.input && options.input.join('×') !== model.input.join('×'))
		throw new TrainingError('wrong-input', { expected: options.input, got: model.input });
	if (rows.totalParams > maxParams)
		throw new TrainingError('too-many-params', { params: rows.totalParams, max: maxParams });
	const { ops, layerOps } = compile(model, rows, createRandom((seed ^ 0x9e3779b9) >>> 0));
	const last = ops.at(-1);
	const outSize = sizeOf(rows.layers.at(-1)?.outputShape ?? []);
	const classes = options.classes ?? outSize;
	if (!(last instanceof Softmax) || outSize !== classes) {
		const got = last instanceof Softmax ? `${outSize} + softmax` : `${outSize}, no softmax`;
		throw new TrainingError('wrong-output', { classes, got });
	}
	const random = createRandom(seed);
	ops.forEach((op, i) => {
		if (!(op instanceof Conv2D || op instanceof Dense)) return;
		const init: Init = ops[i + 1] instanceof Relu ? 'he' : 'glorot';
		const [kh = 1, kw = 1, fanIn, fanOut] =
			op instanceof Conv2D ? op.kernel.shape : [1, 1, ...op.kernel.shape];
		const what = `the kernel shape of ${op.name}`;
		initialise(
			op.kernel.value,
			init,
			kh * kw * defined(fanIn, what),
			kh * kw * defined(fanOut, what),
			random,
		);
	});
	return assemble(model, rows, ops, layerOps, classes);
}

function assemble(
	model: Model,
	rows: Summary,
	ops: readonly Op[],
	layerOps: readonly number[],
	classes: number,
): Network {
	const params = ops.flatMap((op) => op.params);
	const backwardOps = ops.slice(0, -1).reverse();
	const first = ops[0];
	const inputSize = sizeOf(model.input);
	const outputs: Float32Array[] = [];
	let lastInput: Float32Array = new Float32Array(0);
	let gradLogits = new Float32Array(0);
	const forward = (input: Float32Array, batch: number, training: boolean): Float32Array => {
		lastInput = input;
		let x = input;
		ops.forEach((op, i) => {
			x = outputs[i] = op.forward(x, batch, training);
		});
		return x;
	};
	return {
		model,
		summary: rows,
		ops,
		params,
		inputSize,
		classes,
		layerOps,
		predict: (input, batch) => forward(input, batch, false).subarray(0, batch * classes),
		trainBatch(input, labels, batch) {
			for (const param of params) param.grad.fill(0);
			const probs = forward(input, batch, true);
			const logits = ops.length > 1 ? defined(outputs.at(-2), 'the logits') : input;
			if (gradLogits.length < batch * classes) gradLogits = new Float32Array(batch * classes);
			let loss = 0;
			let correct = 0;
			for (let b = 0; b < batch; b++) {
				const o = b * classes;
				const label = labels[b] ?? 0;
				let max = -Infinity;
				let best = 0;
				for (let j = 0; j < classes; j++) {
					const z = logits[o + j] ?? 0;
					if (z > max) {
						max = z;
						best = j;
					}
				}
				let sum = 0;
				for (let j = 0; j < classes; j++) sum += Math.exp((logits[o + j] ?? 0) - max);
				// −log softmax(z)_y = log Σ exp(z − max) − (z_y − max): finite whatever the logits.
				loss += Math.log(sum) - ((logits[o + label] ?? 0) - max);
				if (best === label) correct += 1;
				// The softmax and the cross-entropy together have the gradient p − onehot(y).
				for (let j = 0; j < classes; j++)
					gradLogits[o + j] = ((probs[o + j] ?? 0) - (j === label ? 1 : 0)) / batch;
			}
			// Back through every op but the fused softmax; the first needs no input gradient.
			let grad: Float32Array | undefined = gradLogits;
			for (const op of backwardOps) {
				grad = op.backward(grad, batch, op !== first);
				if (!grad) break;
			}
			return { loss: loss / batch, correct };
		},
		layerOutput: (index) => {
			const op = layerOps[index] ?? -1;
			return op < 0 ? lastInput : defined(outputs[op], `the output of layer ${index}`);
		},
	};
}
