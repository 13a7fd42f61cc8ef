import { imageInto, levelValues, type ImageSet } from '../fashion-mnist/format.ts';
import type { BatchResult, Network } from './network.ts';
import type { Optimizer } from './optimizers.ts';
import { createRandom, shuffle } from './random.ts';

/** Where a trainer stands after a step: what the lab's chart and status line show. */
export interface StepResult extends BatchResult {
	/** Examples in this batch (the last of an epoch may be short). */
	readonly size: number;
	/** Epochs completed before this batch, and images of the current epoch trained so far. */
	readonly epoch: number;
	readonly seen: number;
}

/**
 * Trains a network on an image set one batch at a time, so a Web Worker can train, report and
 * pause between batches. Each epoch visits the (first `limit`) images in a fresh order drawn
 * from `seed`; with the same seed, network and optimizer, a run is the same every time.
 */
export interface Trainer {
	step(): StepResult;
}

/** Options of `createTrainer`. */
export interface TrainerOptions {
	readonly batchSize: number;
	readonly seed: number;
	/** Train on the first `limit` images only (the subsets are balanced in every prefix). */
	readonly limit?: number;
}

/** A trainer over `data` for `network` and `optimizer` (see `Trainer`). */
export function createTrainer(
	network: Network,
	optimizer: Optimizer,
	data: ImageSet,
	options: TrainerOptions,
): Trainer {
	const count = Math.min(options.limit ?? data.count, data.count);
	const { batchSize } = options;
	if (count < 1 || !(batchSize >= 1))
		throw new RangeError(`need at least one image and a batch of one (${count}, ${batchSize})`);
	const random = createRandom(options.seed);
	const order = Int32Array.from({ length: count }, (_, i) => i);
	const input = new Float32Array(batchSize * network.inputSize);
	const labels = new Uint8Array(batchSize);
	const values = levelValues(data.bits);
	let epoch = 0;
	let seen = count;
	return {
		step() {
			if (seen >= count) {
				shuffle(order, random);
				seen = 0;
			}
			const size = Math.min(batchSize, count - seen);
			for (let b = 0; b < size; b++) {
				const index = order[seen + b] ?? 0;
				imageInto(data, index, input, b * network.inputSize, values);
				labels[b] = data.labels[index] ?? 0;
			}
			const result = network.trainBatch(input, labels, size);
			optimizer.step(network.params);
			seen += size;
			const done = epoch;
			if (seen >= count) epoch += 1;
			return { ...result, size, epoch: done, seen };
		},
	};
}

/** Accuracy, mean loss and confusion matrix of a network on a held-out set. */
export interface Evaluation {
	readonly accuracy: number;
	readonly loss: number;
	/** `classes × classes` counts, row = true class, column = predicted class. */
	readonly confusion: Int32Array;
}

/** Evaluates `network` on (the first `limit` images of) `data`, `batchSize` images at a time. */
export function evaluate(
	network: Network,
	data: ImageSet,
	options: { batchSize?: number; limit?: number } = {},
): Evaluation {
	const { batchSize = 100 } = options;
	const count = Math.min(options.limit ?? data.count, data.count);
	const classes = network.classes;
	const input = new Float32Array(batchSize * network.inputSize);
	const values = levelValues(data.bits);
	const confusion = new Int32Array(classes * classes);
	let loss = 0;
	let correct = 0;
	for (let start = 0; start < count; start += batchSize) {
		const size = Math.min(batchSize, count - start);
		for (let b = 0; b < size; b++) imageInto(data, start + b, input, b * network.inputSize, values);
		const probs = network.predict(input, size);
		for (let b = 0; b < size; b++) {
			const label = data.labels[start + b] ?? 0;
			const o = b * classes;
			let best = 0;
			let top = probs[o] ?? 0;
			for (let j = 1; j < classes; j++) {
				const p = probs[o + j] ?? 0;
				if (p > top) {
					top = p;
					best = j;
				}
			}
			if (best === label) correct += 1;
			const cell = label * classes + best;
			confusion[cell] = (confusion[cell] ?? 0) + 1;
			loss -= Math.log(Math.max(probs[o + label] ?? 0, 1e-12));
		}
	}
	return { accuracy: correct / count, loss: loss / count, confusion };
}
