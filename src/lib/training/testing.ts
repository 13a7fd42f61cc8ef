import { parseModel, summary, type ModelJson } from '../cnn/index.ts';
import { defined } from '../defined.ts';
import { compile } from './network.ts';
import type { Op } from './ops.ts';
import { createRandom, type Random } from './random.ts';

/** Test helpers: a single layer as ops, random tensors, and a float32 comparison. */

/** The ops of a one-layer model with input `input`, weights random in ±1. */
export function layerOps(
	input: number[],
	layer: ModelJson['layers'][number],
	random: Random,
): Op[] {
	const model = parseModel({ input, layers: [layer] });
	const { ops } = compile(model, summary(model), createRandom(99));
	for (const op of ops) for (const param of op.params) fill(param.value, random);
	return ops;
}

/** The one op of a layer without a fused activation (flatten, dropout, softmax): a test's subject. */
export function onlyOp(ops: readonly Op[]): Op {
	const [op, ...more] = ops;
	if (more.length > 0) throw new Error(`expected one op, got ${ops.length}`);
	return defined(op, 'the layer’s op');
}

/**
 * Runs `ops` backward from the gradient `gradOut` of their last output, asking every op for its
 * input gradient, and returns the gradient with respect to the first op's input.
 */
export function backwardAll(
	ops: readonly Op[],
	gradOut: Float32Array,
	batch: number,
): Float32Array {
	let grad = gradOut;
	for (const op of [...ops].reverse())
		grad = defined(op.backward(grad, batch, true), `the input gradient of ${op.kind}`);
	return grad;
}

/** Fills `values` uniformly in ±1 and returns it. */
export function fill(values: Float32Array, random: Random): Float32Array {
	for (let i = 0; i < values.length; i++) values[i] = 2 * random.next() - 1;
	return values;
}

/** `size` uniform values in ±1. */
export function randomArray(size: number, random: Random): Float32Array {
	return fill(new Float32Array(size), random);
}

/**
 * The largest difference between two arrays relative to the larger of 1 and the reference's
 * largest magnitude: float32 sums taken in another order differ by a few ulps of the largest term.
 */
export function relativeError(
	actual: ArrayLike<number>,
	expected: Float32Array | Int32Array | Uint8Array,
): number {
	if (actual.length < expected.length) return Infinity;
	let scale = 1;
	for (const value of expected) scale = Math.max(scale, Math.abs(value));
	let worst = 0;
	for (let i = 0; i < expected.length; i++)
		worst = Math.max(worst, Math.abs((actual[i] ?? NaN) - (expected[i] ?? NaN)) / scale);
	return worst;
}
