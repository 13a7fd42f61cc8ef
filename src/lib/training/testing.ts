/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into typed arrays sized by construction; to be rewritten with defined() (the rule came back on main while this branch was open) */
import { parseModel, summary, type ModelJson } from '../cnn/index.ts';
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
		worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / scale);
	return worst;
}
/* eslint-enable @typescript-eslint/no-non-null-assertion -- end of the file-wide exception above */
