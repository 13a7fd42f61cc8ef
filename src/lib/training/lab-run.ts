import type { ImageSet } from '../fashion-mnist/format.ts';
import { defined } from '../defined.ts';
import { createTrainer, evaluate, type Trainer } from './fit.ts';
import { createNetwork, type Network } from './network.ts';
import { adam, sgd, type Optimizer } from './optimizers.ts';

/**
 * The CNN lab's training settings, as the reader sets them. The lab page's worker and the
 * reference run (`scripts/lab-reference.ts`) both train through `createLabRun` with these, so the
 * figure a reader sees without JavaScript is what the lab itself computes with the same settings.
 */
export interface LabSettings {
	readonly epochs: number;
	readonly batchSize: number;
	readonly learningRate: number;
	readonly optimizer: 'adam' | 'sgd';
	/** SGD's momentum μ (ignored by Adam). */
	readonly momentum: number;
	readonly seed: number;
	/** Images trained per epoch: the first `imagesPerEpoch` of the (balanced) training subset. */
	readonly imagesPerEpoch: number;
}

/** The lab's defaults: Adam at 0.002, batch 32, seed 1, three epochs over the whole subset. */
export const DEFAULT_SETTINGS: LabSettings = {
	epochs: 3,
	batchSize: 32,
	learningRate: 0.002,
	optimizer: 'adam',
	momentum: 0.9,
	seed: 1,
	imagesPerEpoch: 10_000,
};

/** A numeric setting's range, in the shape `NumberField`'s rules take. */
export interface SettingRule {
	readonly min: number;
	readonly max: number;
	readonly integer?: boolean;
}

/**
 * What each numeric setting accepts. Past these a browser epoch takes too long (batch, epochs,
 * images), or training has no chance of converging (a learning rate above 1, a momentum of 1).
 */
export const SETTING_RULES = {
	epochs: { min: 1, max: 20 },
	batchSize: { min: 1, max: 256 },
	learningRate: { min: 0.00001, max: 1, integer: false },
	momentum: { min: 0, max: 0.99, integer: false },
	seed: { min: 0, max: 2 ** 31 - 1 },
	imagesPerEpoch: { min: 100, max: 10_000 },
} as const satisfies Record<Exclude<keyof LabSettings, 'optimizer'>, SettingRule>;

/** The settings a rule refuses (empty when all are valid), so a worker checks before it trains. */
export function invalidSettings(settings: LabSettings): (keyof typeof SETTING_RULES)[] {
	return (Object.keys(SETTING_RULES) as (keyof typeof SETTING_RULES)[]).filter((key) => {
		const rule: SettingRule = SETTING_RULES[key];
		const value = settings[key];
		return (
			!Number.isFinite(value) ||
			value < rule.min ||
			value > rule.max ||
			(rule.integer !== false && !Number.isInteger(value))
		);
	});
}

/** The optimizer the settings name, as the training core implements it. */
export function optimizerFor(settings: LabSettings): Optimizer {
	return settings.optimizer === 'sgd'
		? sgd({ learningRate: settings.learningRate, momentum: settings.momentum })
		: adam({ learningRate: settings.learningRate });
}

/** The first layer's kernels as small greyscale images: what the lab draws as "filters". */
export interface FilterImages {
	readonly rows: number;
	readonly cols: number;
	readonly count: number;
	/**
	 * `count × rows × cols` values in [0, 1], filter after filter, row-major; each filter scaled
	 * on its own (0.5 is a zero weight, 0 and 1 its largest negative and positive weight), so a
	 * filter's pattern shows whatever its size.
	 */
	readonly values: readonly number[];
}

/**
 * The kernels of the network's first convolution, summed over input channels (one for Fashion
 * MNIST), as `FilterImages`; undefined when the first trainable layer is not a convolution.
 */
export function firstLayerFilters(network: Network): FilterImages | undefined {
	const kernel = network.params[0];
	if (!kernel?.shape.length || kernel.shape.length !== 4) return undefined;
	const [rows = 0, cols = 0, channels = 0, count = 0] = kernel.shape;
	const values: number[] = [];
	for (let f = 0; f < count; f++) {
		const raw: number[] = [];
		for (let r = 0; r < rows; r++)
			for (let c = 0; c < cols; c++) {
				let sum = 0;
				for (let ch = 0; ch < channels; ch++)
					sum += defined(kernel.value[((r * cols + c) * channels + ch) * count + f], 'a weight');
				raw.push(sum);
			}
		const scale = Math.max(...raw.map(Math.abs)) || 1;
		for (const v of raw) values.push(round(0.5 + v / (2 * scale), 4));
	}
	return { rows, cols, count, values };
}

const round = (value: number, digits: number) => {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
};

/** One epoch's figures: the mean training loss and accuracy, and the held-out ones after it. */
export interface EpochFigures {
	readonly epoch: number;
	readonly trainLoss: number;
	readonly trainAccuracy: number;
	readonly testLoss: number;
	readonly testAccuracy: number;
}

/** Where a run stands after `advance`. */
export interface LabProgress {
	/** Epochs completed, and images of the current epoch trained so far. */
	readonly epoch: number;
	readonly seen: number;
	/** A running mean of the recent batches' loss (an exponential average, as Keras's bar shows). */
	readonly runningLoss: number;
	/** The last batch's loss was not finite: the run cannot go on. */
	readonly diverged: boolean;
	/** Set when this call finished an epoch (and evaluated on the held-out set). */
	readonly finished?: EpochFigures;
	/**
	 * With `finished`: the held-out confusion matrix of that evaluation (row = true class, column =
	 * prediction), so the lab can show it without evaluating the same images twice.
	 */
	readonly confusion?: Int32Array;
	/** Every epoch is done. */
	readonly done: boolean;
}

/**
 * A lab training run: the network, its trainer and the figures of each epoch. `advance` trains
 * one batch at a time, so the worker can report, yield and pause between batches.
 */
export interface LabRun {
	readonly network: Network;
	readonly settings: LabSettings;
	/** Images trained per epoch (the setting, capped by the subset). */
	readonly perEpoch: number;
	readonly history: readonly EpochFigures[];
	advance(): LabProgress;
}

/** Options of `createLabRun` beyond the settings. */
export interface LabRunOptions {
	/** Held-out images evaluated after each epoch (default: all of them). */
	readonly testLimit?: number;
}

/**
 * Builds a network from an engine model and a trainer with `settings`. Throws what
 * `createNetwork` throws (`CnnError`, `TrainingError`) before any training starts, and a
 * `RangeError` for settings outside `SETTING_RULES`.
 */
export function createLabRun(
	json: unknown,
	settings: LabSettings,
	train: ImageSet,
	test: ImageSet,
	options: LabRunOptions = {},
): LabRun {
	const bad = invalidSettings(settings);
	if (bad.length > 0) throw new RangeError(`settings out of range: ${bad.join(', ')}`);
	const network = createNetwork(json, {
		seed: settings.seed,
		input: [train.rows, train.cols, 1],
		classes: 10,
	});
	const perEpoch = Math.min(settings.imagesPerEpoch, train.count);
	const trainer: Trainer = createTrainer(network, optimizerFor(settings), train, {
		batchSize: settings.batchSize,
		seed: settings.seed,
		limit: perEpoch,
	});
	const history: EpochFigures[] = [];
	let running: number | undefined;
	let epochLoss = 0;
	let epochCorrect = 0;
	let epochSeen = 0;
	let done = false;
	let diverged = false;
	return {
		network,
		settings,
		perEpoch,
		history,
		advance() {
			if (done || diverged)
				return {
					epoch: history.length,
					seen: 0,
					runningLoss: running ?? 0,
					diverged,
					done,
				};
			const step = trainer.step();
			if (!Number.isFinite(step.loss)) {
				diverged = true;
				return {
					epoch: step.epoch,
					seen: step.seen,
					runningLoss: running ?? 0,
					diverged,
					done,
				};
			}
			running = running === undefined ? step.loss : 0.9 * running + 0.1 * step.loss;
			epochLoss += step.loss * step.size;
			epochCorrect += step.correct;
			epochSeen += step.size;
			if (step.seen < perEpoch)
				return { epoch: step.epoch, seen: step.seen, runningLoss: running, diverged, done };
			const held = evaluate(network, test, { limit: options.testLimit ?? test.count });
			const finished: EpochFigures = {
				epoch: step.epoch + 1,
				trainLoss: epochLoss / epochSeen,
				trainAccuracy: epochCorrect / epochSeen,
				testLoss: held.loss,
				testAccuracy: held.accuracy,
			};
			history.push(finished);
			epochLoss = epochCorrect = epochSeen = 0;
			if (!Number.isFinite(held.loss)) diverged = true;
			done = history.length >= settings.epochs;
			return {
				epoch: finished.epoch,
				seen: 0,
				runningLoss: running,
				diverged,
				finished,
				confusion: held.confusion,
				done,
			};
		},
	};
}
