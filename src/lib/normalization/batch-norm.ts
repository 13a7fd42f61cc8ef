/**
 * Batch normalization at inference time, per channel: y_c = γ · (x_c − μ_c) / √(σ²_c + ε) + β.
 * Question 5 compares it with LRN on the same activations: each channel is rescaled with its own
 * statistics (gathered over mini-batches during training), so, unlike LRN, a channel's output
 * never depends on its neighbours.
 */

/** The statistics and learned scale and shift of one channel. */
export interface BatchNormChannel {
	readonly mean: number;
	readonly variance: number;
	readonly gamma: number;
	readonly beta: number;
}

/** Keras's default ε for `BatchNormalization`. */
export const BATCH_NORM_EPSILON = 1e-3;

/** Normalizes one value with its channel's statistics. */
export function batchNormValue(
	x: number,
	channel: BatchNormChannel,
	epsilon = BATCH_NORM_EPSILON,
): number {
	return (
		(channel.gamma * (x - channel.mean)) / Math.sqrt(channel.variance + epsilon) + channel.beta
	);
}

/** Normalizes every channel of one position, each with its own statistics. */
export function batchNorm(
	values: readonly number[],
	channels: readonly BatchNormChannel[],
	epsilon = BATCH_NORM_EPSILON,
): number[] {
	return values.map((x, c) => {
		const channel = channels[c] ?? channels[channels.length - 1];
		return channel === undefined ? x : batchNormValue(x, channel, epsilon);
	});
}

/**
 * The statistics of one channel from a mini-batch of its values (biased variance, as batch
 * normalization computes it during training). Exists so tests can check the inference formula
 * against the training-time definition.
 */
export function batchStatistics(batch: readonly number[]): { mean: number; variance: number } {
	const n = batch.length;
	if (n === 0) return { mean: 0, variance: 0 };
	const mean = batch.reduce((a, b) => a + b, 0) / n;
	const variance = batch.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
	return { mean, variance };
}
