import {
	BATCH_NORM_EPSILON,
	batchNorm,
	type BatchNormChannel,
} from '../../lib/normalization/batch-norm.ts';
import {
	depthRadius,
	lrnTerm,
	windowSize,
	type LrnParams,
	type LrnTerm,
} from '../../lib/normalization/lrn.ts';
import { BN_CHANNEL } from './state.ts';

/**
 * Everything the LRN explorer shows for one set of activations and hyperparameters, computed by
 * the normalization engine in one call. `LrnExplorer.astro` computes it at build time for the
 * first frame; the island imports this module on the reader's first interaction and recomputes it
 * for each change. It is plain data, so it travels as an island prop.
 */
export interface LrnResult {
	/** The activations and hyperparameters it was computed for. */
	readonly values: readonly number[];
	readonly params: LrnParams;
	/** TensorFlow's depth_radius r = ⌊n/2⌋, and the 2r + 1 maps a full window holds. */
	readonly radius: number;
	readonly span: number;
	/** Each map's LRN arithmetic, step by step, ending in its output. */
	readonly terms: readonly LrnTerm[];
	/** The outputs b_i alone, for the bars. */
	readonly outputs: readonly number[];
	/** Batch normalization of the same activations, each map with the same statistics. */
	readonly normalized: readonly number[];
	readonly batchNorm: { readonly channel: BatchNormChannel; readonly epsilon: number };
}

/** LRN and batch normalization of `values` with `params`: the whole of one frame. */
export function lrnResult(values: readonly number[], params: LrnParams): LrnResult {
	const radius = depthRadius(params.n);
	const terms = values.map((_, i) => lrnTerm(values, i, params));
	return {
		values,
		params,
		radius,
		span: windowSize(radius),
		terms,
		outputs: terms.map((term) => term.value),
		normalized: batchNorm(
			values,
			values.map(() => BN_CHANNEL),
		),
		batchNorm: { channel: BN_CHANNEL, epsilon: BATCH_NORM_EPSILON },
	};
}
