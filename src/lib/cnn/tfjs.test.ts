import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { CnnError } from './errors.ts';
import { exercise2 } from './presets/exercise2.ts';
import { lenet5 } from './presets/lenet5.ts';
import { layerRow } from './read.ts';
import { summary } from './summary.ts';
import { LAYER_TYPES, type LayerJson, type LayerType, type ModelJson } from './types.ts';
import { parseModel } from './validate.ts';

/*
 * Differential test against TensorFlow.js Layers, which follows Keras: random models are built in
 * both, and every output shape and parameter count (trainable and not) must agree. TensorFlow.js
 * is also the judge of validity: a layer it rejects (or gives a size of 0) is dropped from the
 * model, and for single-input layers the engine must reject it too. Explicit padding is written
 * as zeroPadding2d + "valid" on the TensorFlow.js side; groups, LRN and ceil mode have no
 * TensorFlow.js counterpart and are left out.
 */

type Symbolic = tf.SymbolicTensor;

/** One random step: a layer kind with its raw choices; `pick` chooses which tensors it reads. */
interface Step {
	readonly kind: (typeof KINDS)[number];
	readonly a: number;
	readonly b: number;
	readonly c: number;
	readonly flag: boolean;
	readonly pad: 'valid' | 'same' | 'explicit';
	readonly pick: number;
}

/** Every engine layer type but LRN, which TensorFlow.js has no layer for. */
const KINDS = LAYER_TYPES.filter((type): type is Exclude<LayerType, 'lrn'> => type !== 'lrn');

/** The two sides of one layer: the engine's JSON and a TensorFlow.js layer (or several). */
interface Built {
	readonly json: LayerJson;
	/** TensorFlow.js layers applied in sequence; the last one is compared with the engine's row. */
	readonly layers: readonly tf.layers.Layer[];
}

const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'linear'] as const;

/** Builds a single-input layer from a step; `name` is shared by both sides. */
function single(step: Step, name: string, shape: readonly number[]): Built | undefined {
	const { a, b, c, flag } = step;
	const k = (a % 4) + 1;
	const s = (b % 3) + 1;
	const filters = (c % 6) + 1;
	const explicit = step.pad === 'explicit';
	const tfPadding = explicit ? 'valid' : step.pad;
	const p = a % 2;
	const padding = explicit ? p : step.pad;
	/** Explicit padding runs as zeroPadding2d followed by a "valid" layer in TensorFlow.js. */
	const withPad = (layer: tf.layers.Layer): tf.layers.Layer[] =>
		explicit
			? [
					tf.layers.zeroPadding2d({
						padding: [
							[p, p],
							[p, p],
						],
						name: `${name}_pad`,
					}),
					layer,
				]
			: [layer];
	switch (step.kind) {
		case 'conv2d': {
			const dilation = s === 1 ? (c % 2) + 1 : 1;
			return {
				json: {
					type: 'conv2d',
					name,
					filters,
					kernel: [k, (b % 3) + 1],
					strides: s,
					padding,
					dilation,
					useBias: flag,
				},
				layers: withPad(
					tf.layers.conv2d({
						name,
						filters,
						kernelSize: [k, (b % 3) + 1],
						strides: s,
						padding: tfPadding,
						dilationRate: dilation,
						useBias: flag,
					}),
				),
			};
		}
		case 'depthwiseConv2d':
			return {
				json: {
					type: 'depthwiseConv2d',
					name,
					kernel: k,
					strides: s,
					padding,
					depthMultiplier: (c % 3) + 1,
					useBias: flag,
				},
				layers: withPad(
					tf.layers.depthwiseConv2d({
						name,
						kernelSize: k,
						strides: s,
						padding: tfPadding,
						depthMultiplier: (c % 3) + 1,
						useBias: flag,
					}),
				),
			};
		case 'separableConv2d':
			return {
				json: {
					type: 'separableConv2d',
					name,
					filters,
					kernel: k,
					strides: s,
					padding,
					depthMultiplier: (a % 2) + 1,
					useBias: flag,
				},
				layers: withPad(
					tf.layers.separableConv2d({
						name,
						filters,
						kernelSize: k,
						strides: s,
						padding: tfPadding,
						depthMultiplier: (a % 2) + 1,
						useBias: flag,
					}),
				),
			};
		case 'conv2dTranspose': {
			const pad = step.pad === 'same' ? 'same' : 'valid';
			return {
				json: {
					type: 'conv2dTranspose',
					name,
					filters,
					kernel: k,
					strides: s,
					padding: pad,
					useBias: flag,
				},
				layers: [
					tf.layers.conv2dTranspose({
						name,
						filters,
						kernelSize: k,
						strides: s,
						padding: pad,
						useBias: flag,
					}),
				],
			};
		}
		case 'maxPool2d':
		case 'avgPool2d': {
			const pool = (a % 3) + 1;
			const make = step.kind === 'maxPool2d' ? tf.layers.maxPooling2d : tf.layers.averagePooling2d;
			const strides = flag ? pool : s;
			// TensorFlow.js pads pools with zeros, so explicit padding is only comparable in shape.
			return {
				json: {
					type: step.kind,
					name,
					pool,
					strides,
					padding: step.pad === 'same' ? 'same' : 'valid',
				},
				layers: [
					make({ name, poolSize: pool, strides, padding: step.pad === 'same' ? 'same' : 'valid' }),
				],
			};
		}
		case 'globalAvgPool2d':
			return {
				json: { type: 'globalAvgPool2d', name },
				layers: [tf.layers.globalAveragePooling2d({ name })],
			};
		case 'globalMaxPool2d':
			return {
				json: { type: 'globalMaxPool2d', name },
				layers: [tf.layers.globalMaxPooling2d({ name })],
			};
		case 'flatten':
			// TensorFlow.js refuses to flatten a vector; the engine, like PyTorch, leaves it alone.
			if (shape.length < 2) return undefined;
			return { json: { type: 'flatten', name }, layers: [tf.layers.flatten({ name })] };
		case 'dropout':
			return {
				json: { type: 'dropout', name, rate: 0.25 },
				layers: [tf.layers.dropout({ name, rate: 0.25 })],
			};
		case 'activation': {
			const fn = defined(ACTIVATIONS[a % ACTIVATIONS.length], 'activation');
			return {
				json: { type: 'activation', name, fn },
				layers: [tf.layers.activation({ name, activation: fn })],
			};
		}
		case 'zeroPadding2d': {
			const pads: [[number, number], [number, number]] = [
				[a % 3, b % 2],
				[c % 2, (a + b) % 3],
			];
			return {
				json: { type: 'zeroPadding2d', name, padding: pads },
				layers: [tf.layers.zeroPadding2d({ name, padding: pads })],
			};
		}
		case 'upSampling2d': {
			const size: [number, number] = [(a % 2) + 1, (b % 3) + 1];
			return {
				json: { type: 'upSampling2d', name, size },
				layers: [tf.layers.upSampling2d({ name, size })],
			};
		}
		case 'reshape': {
			// The engine infers -1; TensorFlow.js symbolic shapes leave it unknown, so it gets the size.
			const total = shape.reduce((x, y) => x * y, 1);
			const target = flag ? [total] : c % 2 === 0 ? [1, -1, 1] : [1, -1];
			const resolved = target.map((d) => (d === -1 ? total : d));
			return {
				json: { type: 'reshape', name, shape: target },
				layers: [tf.layers.reshape({ name, targetShape: resolved })],
			};
		}
		case 'dense':
			return {
				json: { type: 'dense', name, units: filters * 2, useBias: flag },
				layers: [tf.layers.dense({ name, units: filters * 2, useBias: flag })],
			};
		case 'batchNorm':
			return {
				json: { type: 'batchNorm', name, center: flag, scale: a % 2 === 0 },
				layers: [tf.layers.batchNormalization({ name, center: flag, scale: a % 2 === 0 })],
			};
		default:
			return undefined;
	}
}

const sameShape = (x: Symbolic, y: Symbolic) => x.shape.join() === y.shape.join();
const leading = (x: Symbolic) => x.shape.slice(0, -1).join();

/** Chooses two tensors a merge can combine, by TensorFlow.js's own shapes; undefined if none. */
function partners(
	step: Step,
	tensors: readonly (readonly [string, Symbolic])[],
): [number, number] | undefined {
	const n = tensors.length;
	const first = step.pick % n;
	const x = defined(tensors[first], `tensor ${first}`)[1];
	const fits = (y: Symbolic) => {
		if (step.kind === 'concat')
			return y.shape.length === x.shape.length && leading(x) === leading(y);
		if (step.kind === 'multiply' && x.shape.length === 4 && y.shape.length === 2) {
			return y.shape[1] === x.shape[3];
		}
		return sameShape(x, y);
	};
	for (let i = 1; i <= n; i++) {
		const other = (first + i + step.a) % n;
		if (fits(defined(tensors[other], `tensor ${other}`)[1])) return [first, other];
	}
	return undefined;
}

/** Positive integer sizes only: TensorFlow.js reports a pool larger than its input as size 0. */
function validShape(x: Symbolic): boolean {
	return x.shape.slice(1).every((d) => typeof d === 'number' && d > 0);
}

/**
 * Runs the plan in TensorFlow.js and the engine side by side, comparing every layer; returns how
 * many layers were compared.
 */
function compare(input: readonly number[], steps: readonly Step[]): number {
	const tensors: (readonly [string, Symbolic])[] = [['input', tf.input({ shape: [...input] })]];
	const layers: LayerJson[] = [];
	const expected = new Map<string, { shape: number[]; trainable: number; nonTrainable: number }>();
	const model = (): ModelJson => ({ input, layers });
	steps.forEach((step, i) => {
		const name = `l${i}`;
		let json: LayerJson;
		let output: Symbolic;
		let last: tf.layers.Layer;
		if (step.kind === 'add' || step.kind === 'multiply' || step.kind === 'concat') {
			const pair = partners(step, tensors);
			if (!pair) return;
			const [x, y] = [
				defined(tensors[pair[0]], 'first input'),
				defined(tensors[pair[1]], 'second'),
			];
			const make = {
				add: tf.layers.add,
				multiply: tf.layers.multiply,
				concat: tf.layers.concatenate,
			}[step.kind];
			last = make({ name });
			// SE-style scaling puts the per-channel weights second, as the engine allows either way.
			output = last.apply([x[1], y[1]]) as Symbolic;
			json = { type: step.kind, name, inputs: [x[0], y[0]] };
		} else {
			const [from, tensor] = defined(
				tensors.at(-1 - (step.pick % Math.min(3, tensors.length))),
				'input tensor',
			);
			const built = single(step, name, tensor.shape.slice(1) as number[]);
			if (!built) return;
			json = { ...built.json, inputs: [from] };
			let result: Symbolic | undefined = tensor;
			try {
				for (const layer of built.layers) result = layer.apply(result) as Symbolic;
			} catch {
				result = undefined;
			}
			if (!result || !validShape(result)) {
				// TensorFlow.js refuses this layer here; so must the engine.
				let error: unknown;
				try {
					summary(parseModel({ input, layers: [...layers, json] }));
				} catch (e) {
					error = e;
				}
				expect(
					error,
					`engine accepted ${JSON.stringify(json)} on ${tensor.shape.join(',')}`,
				).toBeInstanceOf(CnnError);
				return;
			}
			output = result;
			last = defined(built.layers.at(-1), `TensorFlow.js layer of ${name}`);
		}
		const count = (weights: tf.LayerVariable[]) =>
			weights.reduce((n, w) => n + w.shape.reduce((a: number, b) => a * (b ?? 0), 1), 0);
		expected.set(name, {
			shape: output.shape.slice(1) as number[],
			trainable: count(last.trainableWeights),
			nonTrainable: count(last.nonTrainableWeights),
		});
		layers.push(json);
		tensors.push([name, output]);
	});
	if (layers.length === 0) return 0;
	const s = summary(parseModel(model()));
	for (const row of s.layers) {
		const want = defined(expected.get(row.name), `TensorFlow.js result for ${row.name}`);
		const context = `${row.name} ${JSON.stringify(row.layer)}`;
		expect(row.outputShape, context).toEqual(want.shape);
		expect(row.trainableParams, context).toBe(want.trainable);
		expect(row.nonTrainableParams, context).toBe(want.nonTrainable);
	}
	return layers.length;
}

/** The few layer types the Keras-style presets use, translated to TensorFlow.js. */
function kerasLayer(layer: LayerJson): tf.layers.Layer {
	switch (layer.type) {
		case 'conv2d':
			return tf.layers.conv2d({
				filters: layer.filters,
				kernelSize: layer.kernel as number,
				strides: (layer.strides ?? 1) as number,
				padding: layer.padding === 'same' ? 'same' : 'valid',
			});
		case 'avgPool2d':
			return tf.layers.averagePooling2d({ poolSize: layer.pool as number });
		case 'flatten':
			return tf.layers.flatten();
		case 'dense':
			return tf.layers.dense({ units: layer.units });
		default:
			throw new Error(`no translation for ${layer.type}`);
	}
}

const step: fc.Arbitrary<Step> = fc.record({
	kind: fc.constantFrom(...KINDS),
	a: fc.nat(11),
	b: fc.nat(11),
	c: fc.nat(11),
	flag: fc.boolean(),
	pad: fc.constantFrom('valid', 'same', 'explicit'),
	pick: fc.nat(20),
});

describe('agreement with TensorFlow.js Layers', () => {
	beforeAll(async () => {
		tf.env().set('IS_TEST', true); // silences the "install tfjs-node" banner
		await tf.setBackend('cpu');
	});

	test('random models, sequential and branched, agree on every shape and parameter count', () => {
		let compared = 0;
		fc.assert(
			fc.property(
				fc.tuple(
					fc.integer({ min: 1, max: 12 }),
					fc.integer({ min: 1, max: 12 }),
					fc.integer({ min: 1, max: 4 }),
				),
				fc.array(step, { minLength: 1, maxLength: 8 }),
				(input, steps) => {
					compared += tf.tidy(() => compare(input, steps));
					tf.disposeVariables();
				},
			),
			{ numRuns: 400 },
		);
		expect(compared).toBeGreaterThan(1000);
	});

	test.each([
		['exercise 2', exercise2()],
		['LeNet-5', lenet5()],
	])(
		'the %s preset, rebuilt layer by layer in TensorFlow.js, has the same shapes and counts',
		(_name, json) => {
			let x = tf.input({ shape: [...json.input] });
			const s = summary(parseModel(json));
			for (const [i, layer] of json.layers.entries()) {
				const made = kerasLayer(layer);
				x = made.apply(x) as Symbolic;
				expect(layerRow(s, i).outputShape).toEqual(x.shape.slice(1));
				expect(layerRow(s, i).params).toBe(made.countParams());
			}
			tf.disposeVariables();
		},
	);
});
