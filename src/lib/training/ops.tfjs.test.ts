import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LayerJson } from '../cnn/index.ts';
import { defined } from '../defined.ts';
import type { Op } from './ops.ts';
import { createRandom, type Random } from './random.ts';
import { backwardAll, layerOps, onlyOp, randomArray, relativeError } from './testing.ts';

/*
 * Every op against TensorFlow.js's CPU backend, an independent implementation: on random layers
 * and random inputs, the forward pass, and the gradients with respect to the input and to every
 * weight of the scalar L = Σ output × dy for a random dy (so the backward pass receives dy). All
 * agree to float32 precision (a relative error below 1e-5 of the largest value).
 */

const TOLERANCE = 1e-5;

beforeAll(async () => {
	await tf.setBackend('cpu');
});

type Tf4 = tf.Tensor4D;

interface Case {
	readonly input: [number, number, number];
	readonly layer: LayerJson;
	/** TensorFlow.js's version of the layer: input and the op's params (kernel, bias) in order. */
	readonly reference: (x: Tf4, params: tf.Tensor[]) => tf.Tensor;
	readonly label: string;
}

/** Runs `op` and TensorFlow.js on the same data and compares output and gradients. */
function check(ops: Op[], caseDef: Case, random: Random, batch = 2): void {
	const [h, w, c] = caseDef.input;
	const x = randomArray(batch * h * w * c, random);
	let out = x;
	for (const op of ops) out = op.forward(out, batch, false);
	const last = defined(ops.at(-1), 'the last op');
	const dy = randomArray(batch * last.outSize, random);
	const grad = backwardAll(ops, dy, batch);
	const params = ops.flatMap((op) => op.params);
	const xt = tf.tensor4d(x, [batch, h, w, c]);
	const pts = params.map((p) => tf.tensor(p.value, [...p.shape]));
	const dyt = tf.tensor(dy, [batch, ...last.outShape]);
	const expectedOut = caseDef.reference(xt, pts);
	expect(expectedOut.shape).toEqual([batch, ...last.outShape]);
	expect(relativeError(out, expectedOut.dataSync()), `${caseDef.label}: forward`).toBeLessThan(
		TOLERANCE,
	);
	const grads = tf.grads((...args: tf.Tensor[]) =>
		tf.sum(tf.mul(caseDef.reference(args[0] as Tf4, args.slice(1)), dyt)),
	)([xt, ...pts]);
	const [gradX, ...gradParams] = grads;
	expect(
		relativeError(grad, defined(gradX, 'TensorFlow.js’s input gradient').dataSync()),
		`${caseDef.label}: input gradient`,
	).toBeLessThan(TOLERANCE);
	params.forEach((param, i) => {
		expect(
			relativeError(param.grad, defined(gradParams[i], param.name).dataSync()),
			`${caseDef.label}: ${param.name} gradient`,
		).toBeLessThan(TOLERANCE);
	});
	tf.dispose([xt, dyt, expectedOut, ...pts, ...grads]);
}

const PADDINGS = ['valid', 'same', 'explicit'] as const;

describe('a convolution', () => {
	test('matches TensorFlow.js forward and backward on 60 random layers', () => {
		const random = createRandom(2024);
		for (let n = 0; n < 60; n++) {
			const h = 4 + random.int(6);
			const w = 4 + random.int(6);
			const c = 1 + random.int(3);
			const filters = 1 + random.int(4);
			const kernel: [number, number] = [1 + random.int(3), 1 + random.int(3)];
			const strides: [number, number] = [1 + random.int(2), 1 + random.int(2)];
			const kind = defined(PADDINGS[random.int(3)], 'a padding');
			const p = random.int(2);
			const useBias = random.next() < 0.8;
			const activation = random.next() < 0.5 ? 'relu' : 'linear';
			const padding = kind === 'explicit' ? p : kind;
			const layer: LayerJson = {
				type: 'conv2d',
				filters,
				kernel,
				strides,
				padding,
				useBias,
				activation,
			};
			const caseDef: Case = {
				input: [h, w, c],
				layer,
				label: JSON.stringify(layer),
				reference: (x, [kernelT, biasT]) => {
					const pad:
						| 'valid'
						| 'same'
						| [[number, number], [number, number], [number, number], [number, number]] =
						kind === 'explicit'
							? [
									[0, 0],
									[p, p],
									[p, p],
									[0, 0],
								]
							: kind;
					let y: tf.Tensor = tf.conv2d(x, kernelT as tf.Tensor4D, strides, pad);
					if (useBias) y = tf.add(y, defined(biasT, 'the bias tensor'));
					return activation === 'relu' ? tf.relu(y) : y;
				},
			};
			check(layerOps([h, w, c], layer, random), caseDef, random);
		}
	});
});

/**
 * Average pooling with "same" padding as a sum over the window (a depthwise convolution with a
 * kernel of ones) divided by the number of real values it covers. TensorFlow.js's forward
 * `avgPool` gives the same values, but its CPU gradient divides by the whole window even where
 * the window hangs over the padding (`AvgPoolGrad.js`: `1 / (filterHeight * filterWidth)`), so it
 * is not the gradient of its own forward pass; this formulation is, and its gradient comes from
 * convolutions TensorFlow.js differentiates correctly.
 */
function averageSame(x: Tf4, pool: [number, number], strides: [number, number]): tf.Tensor {
	const channels = x.shape[3];
	const ones = tf.ones<tf.Rank.R4>([pool[0], pool[1], channels, 1]);
	const sum = tf.depthwiseConv2d(x, ones, strides, 'same');
	const count = tf.depthwiseConv2d(tf.onesLike(x), ones, strides, 'same');
	return tf.div(sum, count);
}

describe('pooling', () => {
	test.each(['maxPool2d', 'avgPool2d'] as const)(
		'%s matches TensorFlow.js forward and backward on 40 random layers, "same" padding included',
		(type) => {
			const random = createRandom(type.length);
			for (let n = 0; n < 40; n++) {
				const h = 3 + random.int(7);
				const w = 3 + random.int(7);
				const c = 1 + random.int(3);
				const pool: [number, number] = [1 + random.int(3), 1 + random.int(3)];
				const strides: [number, number] = [1 + random.int(3), 1 + random.int(3)];
				const padding = random.next() < 0.5 ? 'valid' : 'same';
				if (padding === 'valid' && (pool[0] > h || pool[1] > w)) continue;
				const layer: LayerJson = { type, pool, strides, padding };
				check(
					layerOps([h, w, c], layer, random),
					{
						input: [h, w, c],
						layer,
						label: JSON.stringify(layer),
						reference: (x) =>
							type === 'maxPool2d'
								? tf.maxPool(x, pool, strides, padding)
								: padding === 'valid'
									? tf.avgPool(x, pool, strides, padding)
									: averageSame(x, pool, strides),
					},
					random,
					3,
				);
			}
		},
	);
});

describe('a dense layer', () => {
	test('matches TensorFlow.js forward and backward, with and without bias and ReLU', () => {
		const random = createRandom(5);
		for (let n = 0; n < 20; n++) {
			const inputs = 1 + random.int(40);
			const units = 1 + random.int(12);
			const useBias = n % 2 === 0;
			const activation = n % 3 === 0 ? 'relu' : 'linear';
			const layer: LayerJson = { type: 'dense', units, useBias, activation };
			const ops = layerOps([inputs], layer, random);
			const batch = 3;
			const x = randomArray(batch * inputs, random);
			let out = x;
			for (const op of ops) out = op.forward(out, batch, false);
			const dy = randomArray(batch * units, random);
			const grad = backwardAll(ops, dy, batch);
			const params = ops.flatMap((op) => op.params);
			const reference = (xt: tf.Tensor, kernel: tf.Tensor, bias?: tf.Tensor) => {
				let y: tf.Tensor = tf.matMul(xt, kernel);
				if (bias) y = tf.add(y, bias);
				return activation === 'relu' ? tf.relu(y) : y;
			};
			const xt = tf.tensor2d(x, [batch, inputs]);
			const [kernelT, biasT] = params.map((p) => tf.tensor(p.value, [...p.shape]));
			const tensors = [xt, defined(kernelT, 'the kernel tensor'), ...(biasT ? [biasT] : [])];
			const dyt = tf.tensor2d(dy, [batch, units]);
			const call = (args: tf.Tensor[]) => {
				const [a, k, b] = args;
				return reference(defined(a, 'the input'), defined(k, 'the kernel'), b);
			};
			expect(relativeError(out, call(tensors).dataSync())).toBeLessThan(TOLERANCE);
			const grads = tf.grads((...args: tf.Tensor[]) => tf.sum(tf.mul(call(args), dyt)))(tensors);
			const [gradX, ...gradParams] = grads;
			expect(relativeError(grad, defined(gradX, 'the input gradient').dataSync())).toBeLessThan(
				TOLERANCE,
			);
			params.forEach((param, i) => {
				expect(
					relativeError(param.grad, defined(gradParams[i], param.name).dataSync()),
					param.name,
				).toBeLessThan(TOLERANCE);
			});
			tf.dispose([...tensors, dyt, ...grads]);
		}
	});
});

describe('softmax, flatten and dropout', () => {
	test('softmax matches TensorFlow.js forward and backward', () => {
		const random = createRandom(8);
		const op = onlyOp(layerOps([10], { type: 'activation', fn: 'softmax' }, random));
		const x = randomArray(40, random).map((v) => v * 20);
		const p = op.forward(x, 4, false);
		const dy = randomArray(40, random);
		const dx = backwardAll([op], dy, 4);
		const xt = tf.tensor2d(x, [4, 10]);
		expect(relativeError(p, tf.softmax(xt).dataSync())).toBeLessThan(TOLERANCE);
		const dyt = tf.tensor2d(dy, [4, 10]);
		const [expected] = tf.grads((a: tf.Tensor) => tf.sum(tf.mul(tf.softmax(a), dyt)))([xt]);
		expect(relativeError(dx, defined(expected, 'the gradient').dataSync())).toBeLessThan(TOLERANCE);
	});

	test('flatten keeps the channels-last order of TensorFlow.js’s reshape', () => {
		const random = createRandom(9);
		const op = onlyOp(layerOps([3, 4, 2], { type: 'flatten' }, random));
		const x = randomArray(2 * 24, random);
		const out = op.forward(x, 2, false);
		expect([...out]).toEqual([...tf.reshape(tf.tensor4d(x, [2, 3, 4, 2]), [2, 24]).dataSync()]);
		expect(op.outShape).toEqual([24]);
	});

	test('dropout is the identity at inference and, while training, zeroes about `rate` of the values and scales the rest', () => {
		const random = createRandom(10);
		const op = onlyOp(layerOps([1000], { type: 'dropout', rate: 0.25 }, random));
		const x = new Float32Array(2000).fill(1);
		expect(op.forward(x, 2, false)).toBe(x);
		const out = op.forward(x, 2, true);
		const zeros = out.filter((v) => v === 0).length;
		expect(zeros / 2000).toBeGreaterThan(0.2);
		expect(zeros / 2000).toBeLessThan(0.3);
		expect(out.every((v) => v === 0 || Math.abs(v - 4 / 3) < 1e-6)).toBe(true);
		const grad = backwardAll([op], new Float32Array(2000).fill(2), 2);
		expect([...grad]).toEqual([...out].map((v) => Math.fround(2 * v)));
	});
});
