import type { ModelJson } from '../../lib/cnn/index.ts';
import { fashionTiny } from '../../lib/cnn/presets/fashion.ts';
import type { ImageSet } from '../../lib/fashion-mnist/format.ts';
import {
	createLabRun,
	DEFAULT_SETTINGS,
	firstLayerFilters,
	type EpochFigures,
	type FilterImages,
	type LabSettings,
} from '../../lib/training/lab-run.ts';
import { defined } from '../../lib/defined.ts';

/** The reference run's preset: the lab's default model. */
export const REFERENCE_PRESET = 'fashion-tiny';

/** The reference run's settings: the lab's defaults (three epochs over all 10,000 images). */
export const REFERENCE_SETTINGS: LabSettings = DEFAULT_SETTINGS;

/** Batches whose losses fingerprint the run: rerun by the staleness test in about a second. */
export const FINGERPRINT_BATCHES = 12;

/** A running-loss sample every this many batches, for the curve between the epoch points. */
export const RUNNING_EVERY = 20;

/** One point of the running loss: `x` in epochs (1.5 = half-way through the second epoch). */
export interface RunningPoint {
	readonly x: number;
	readonly loss: number;
}

/**
 * What `npm run lab:reference` writes (`reference.json`) and the lab's wrapper draws for a reader
 * without JavaScript: the learning curve and the first layer's filters after a fixed-seed run.
 */
export interface ReferenceRun {
	readonly preset: string;
	readonly model: ModelJson;
	readonly settings: LabSettings;
	/** The data files' SHA-256 (from the manifest), so a new subset makes the file stale. */
	readonly data: { readonly train: string; readonly test: string };
	/** The first `FINGERPRINT_BATCHES` batches' losses, which the staleness test recomputes. */
	readonly fingerprint: readonly number[];
	readonly epochs: readonly EpochFigures[];
	readonly running: readonly RunningPoint[];
	readonly filters: FilterImages;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const roundEpoch = (e: EpochFigures): EpochFigures => ({
	epoch: e.epoch,
	trainLoss: round(e.trainLoss),
	trainAccuracy: round(e.trainAccuracy),
	testLoss: round(e.testLoss),
	testAccuracy: round(e.testAccuracy),
});

/**
 * Trains the default preset with `REFERENCE_SETTINGS` (or only its first `batches` batches, for
 * the staleness test) and returns the figures `reference.json` holds.
 */
export function runReference(
	train: ImageSet,
	test: ImageSet,
	data: ReferenceRun['data'],
	options: { batches?: number; onEpoch?: (e: EpochFigures) => void } = {},
): ReferenceRun {
	const model = fashionTiny();
	const run = createLabRun(model, REFERENCE_SETTINGS, train, test);
	const fingerprint: number[] = [];
	const running: RunningPoint[] = [];
	let batches = 0;
	for (;;) {
		if (options.batches !== undefined && batches >= options.batches) break;
		const progress = run.advance();
		batches += 1;
		if (fingerprint.length < FINGERPRINT_BATCHES) fingerprint.push(round(progress.runningLoss));
		if (progress.diverged) throw new Error('the reference run diverged');
		if (batches % RUNNING_EVERY === 0 || progress.finished)
			running.push({
				x: round(progress.epoch + progress.seen / run.perEpoch),
				loss: round(progress.runningLoss),
			});
		if (progress.finished) options.onEpoch?.(progress.finished);
		if (progress.done) break;
	}
	return {
		preset: REFERENCE_PRESET,
		model,
		settings: REFERENCE_SETTINGS,
		data,
		fingerprint,
		epochs: run.history.map(roundEpoch),
		running,
		filters: defined(firstLayerFilters(run.network), 'the first layer’s filters'),
	};
}
