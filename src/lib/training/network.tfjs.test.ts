import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { CnnError, type ModelJson } from '../cnn/index.ts';
import { defined } from '../defined.ts';
import { TrainingError } from './errors.ts';
import { createNetwork } from './network.ts';
import { adam, sgd, type Optimizer } from './optimizers.ts';
import { createRandom } from './random.ts';
import { randomArray, relativeError } from './testing.ts';

/*
 * A whole network against TensorFlow.js: the same weights give the same probabilities, the same
 * mean cross-entropy and the same gradient for every parameter; the optimizers take the same
 * steps as tf.train.momentum and tf.train.adam.
 */

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const SMALL: ModelJson = {
	input: [12, 12, 1],
	layers: [
		{ type: 'conv2d', filters: 4, kernel: 3, padding: 'same', activation: 'relu' },
		{ type: 'maxPool2d', pool: 2 },
		{ type: 'conv2d', filters: 6, kernel: 3, strides: 1, activation: 'relu' },
		{ type: 'avgPool2d', pool: 2 },
		{ type: 'flatten' },
		{ type: 'dense', units: 7, activation: 'relu' },
		{ type: 'dropout', rate: 0.5 },
		{ type: 'dense', units: 5, activation: 'softmax' },
	],
};

/** The same model in TensorFlow.js ops, from the network's parameters (dropout off). */
function reference(x: tf.Tensor, params: tf.Tensor[]): tf.Tensor {
	const [k1, b1, k2, b2, k3, b3, k4, b4] = params;
	if (!k1 || !b1 || !k2 || !b2 || !k3 || !b3 || !k4 || !b4)
		throw new Error(`expected 8 parameter tensors, got ${params.length}`);
	let y = tf.relu(tf.add(tf.conv2d(x as tf.Tensor4D, k1 as tf.Tensor4D, 1, 'same'), b1));
	y = tf.maxPool(y as tf.Tensor4D, 2, 2, 'valid');
	y = tf.relu(tf.add(tf.conv2d(y as tf.Tensor4D, k2 as tf.Tensor4D, 1, 'valid'), b2));
	y = tf.avgPool(y as tf.Tensor4D, 2, 2, 'valid');
	y = tf.reshape(y, [x.shape[0], -1]);
	y = tf.relu(tf.add(tf.matMul(y as tf.Tensor2D, k3 as tf.Tensor2D), b3));
	return tf.add(tf.matMul(y as tf.Tensor2D, k4 as tf.Tensor2D), b4); // logits
}

describe('a network built from the engine’s model format', () => {
	const batch = 6;
	const random = createRandom(31);
	const network = createNetwork(SMALL, { seed: 3 });
	for (const param of network.params)
		param.value.set(param.value.map((v) => v + 0.05 * (random.next() - 0.5)));
	const x = randomArray(batch * 144, random).map((v) => Math.abs(v));
	const labels = Uint8Array.from({ length: batch }, (_, i) => i % 5);
	const tensors = () => network.params.map((p) => tf.tensor(p.value, [...p.shape]));
	const xt = tf.tensor4d(x, [batch, 12, 12, 1]);
	const onehot = tf.oneHot(tf.tensor1d(labels, 'int32'), 5);
	const loss = (...params: tf.Tensor[]) =>
		tf.mean(tf.neg(tf.sum(tf.mul(onehot, tf.logSoftmax(reference(xt, params))), 1)));

	test('has the parameters the engine counts, in Keras’s layout', () => {
		const total = network.params.reduce((sum, p) => sum + p.value.length, 0);
		expect(total).toBe(network.summary.totalParams);
		expect(network.params.map((p) => p.shape)).toEqual([
			[3, 3, 1, 4],
			[4],
			[3, 3, 4, 6],
			[6],
			[24, 7],
			[7],
			[7, 5],
			[5],
		]);
	});

	test('predicts the probabilities TensorFlow.js computes', () => {
		const probs = network.predict(x, batch);
		expect(probs.length).toBe(batch * 5);
		const expected = tf.softmax(reference(xt, tensors())).dataSync();
		expect(relativeError(probs, expected)).toBeLessThan(1e-5);
	});

	test('gives TensorFlow.js’s loss and the gradient of every parameter (dropout off)', () => {
		const withoutDropout = createNetwork(
			{ ...SMALL, layers: SMALL.layers.filter((l) => l.type !== 'dropout') },
			{ seed: 3 },
		);
		withoutDropout.params.forEach((p, i) => p.value.set(defined(network.params[i], p.name).value));
		const result = withoutDropout.trainBatch(x, labels, batch);
		const params = tensors();
		const { value, grads } = tf.valueAndGrads(loss)(params);
		expect(result.loss).toBeCloseTo(value.dataSync()[0] ?? NaN, 5);
		withoutDropout.params.forEach((param, i) => {
			expect(
				relativeError(param.grad, defined(grads[i], param.name).dataSync()),
				param.name,
			).toBeLessThan(1e-5);
		});
	});

	test('counts a batch’s correct predictions and reports each layer’s output', () => {
		const probs = network.predict(x, batch);
		let correct = 0;
		for (let b = 0; b < batch; b++) {
			const row = [...probs.subarray(b * 5, b * 5 + 5)];
			if (row.indexOf(Math.max(...row)) === labels[b]) correct += 1;
		}
		const frozen = createNetwork({
			...SMALL,
			layers: SMALL.layers.filter((l) => l.type !== 'dropout'),
		});
		frozen.params.forEach((p, i) => p.value.set(defined(network.params[i], p.name).value));
		expect(frozen.trainBatch(x, labels, batch).correct).toBe(correct);
		network.predict(x, batch);
		expect(network.layerOutput(0).length).toBeGreaterThanOrEqual(batch * 12 * 12 * 4);
		expect(network.layerOutput(1)[0]).toBe(
			Math.max(...[0, 1, 12, 13].map((i) => network.layerOutput(0)[i * 4] ?? NaN)),
		);
	});
});

describe('optimizers', () => {
	let variables = 0;

	/** Three steps of ours and of TensorFlow.js's on the same random weights and gradients. */
	function compare(ours: Optimizer, theirs: tf.Optimizer): void {
		const random = createRandom(77);
		const shape = [3, 4];
		const value = randomArray(12, random);
		const param = { name: 'w', shape, value: Float32Array.from(value), grad: new Float32Array(12) };
		const variable = tf.variable(tf.tensor(value, shape), true, `w${String(++variables)}`);
		for (let step = 0; step < 3; step++) {
			const grad = randomArray(12, random);
			param.grad.set(grad);
			ours.step([param]);
			theirs.applyGradients({ [variable.name]: tf.tensor(grad, shape) });
			expect(relativeError(param.value, variable.dataSync()), `step ${step + 1}`).toBeLessThan(
				1e-6,
			);
		}
	}

	test('SGD with momentum takes tf.train.momentum’s steps', () => {
		compare(sgd({ learningRate: 0.1, momentum: 0.9 }), tf.train.momentum(0.1, 0.9));
	});

	test('plain SGD takes tf.train.sgd’s steps', () => {
		compare(sgd({ learningRate: 0.3 }), tf.train.sgd(0.3));
	});

	test('Adam takes tf.train.adam’s steps, bias correction included', () => {
		compare(adam({ learningRate: 0.01 }), tf.train.adam(0.01, 0.9, 0.999));
	});
});

describe('models the lab refuses', () => {
	const base = (layers: ModelJson['layers'], input = [28, 28, 1]): ModelJson => ({ input, layers });
	const options = { input: [28, 28, 1], classes: 10 };
	const refusal = (json: ModelJson) => {
		try {
			createNetwork(json, options);
		} catch (error) {
			return error;
		}
		return undefined;
	};

	test('a shape the engine rejects comes with the engine’s own message, in both languages', () => {
		const error = refusal(
			base([
				{ type: 'conv2d', filters: 4, kernel: 30 },
				{ type: 'flatten' },
				{ type: 'dense', units: 10, activation: 'softmax' },
			]),
		);
		expect(error).toBeInstanceOf(CnnError);
		expect((error as CnnError).code).toBe('kernel-too-large');
		expect((error as CnnError).describe('id')).toMatch(/^Layer 1 \(conv2d\)/);
	});

	test.each([
		[
			'a layer type it cannot train',
			base([{ type: 'batchNorm' }]),
			'unsupported-layer',
			/batchNorm/,
		],
		[
			'a dense layer on a feature map',
			base([{ type: 'dense', units: 10, activation: 'softmax' }]),
			'needs-flatten',
			/flatten/,
		],
		[
			'an output without 10 units and a softmax',
			base([{ type: 'flatten' }, { type: 'dense', units: 10 }]),
			'wrong-output',
			/10 outputs/,
		],
		[
			'an input other than the images',
			base([{ type: 'flatten' }, { type: 'dense', units: 10, activation: 'softmax' }], [32, 32, 1]),
			'wrong-input',
			/28×28×1/,
		],
		[
			'more parameters than a browser should train',
			base([
				{ type: 'flatten' },
				{ type: 'dense', units: 400 },
				{ type: 'dense', units: 10, activation: 'softmax' },
			]),
			'too-many-params',
			/300,000/,
		],
		[
			'dilation',
			base([
				{ type: 'conv2d', filters: 2, kernel: 3, dilation: 2 },
				{ type: 'flatten' },
				{ type: 'dense', units: 10, activation: 'softmax' },
			]),
			'unsupported-value',
			/dilation/,
		],
		[
			'a branch',
			base([
				{ type: 'conv2d', name: 'a', filters: 1, kernel: 1 },
				{ type: 'conv2d', name: 'b', filters: 1, kernel: 1, inputs: ['input'] },
				{ type: 'add', inputs: ['a', 'b'] },
			]),
			'not-a-chain',
			/chain/,
		],
	] as const)('%s is refused before any work starts', (_, json, code, message) => {
		const error = refusal(json);
		expect(error).toBeInstanceOf(TrainingError);
		expect((error as TrainingError).code).toBe(code);
		expect((error as TrainingError).describe('en')).toMatch(message);
		expect((error as TrainingError).describe('id')).not.toBe(
			(error as TrainingError).describe('en'),
		);
	});
});
