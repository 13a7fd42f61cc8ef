import type { Lang } from '../../lib/i18n/lang.ts';
import type { EpochFigures, FilterImages, LabSettings } from '../../lib/training/lab-run.ts';
import type { RunningPoint } from './reference-run.ts';

/**
 * The messages between the lab's island and its training worker (`train.worker.ts`). The island
 * never imports the trainer: it sends a model and settings, the worker downloads the data, checks
 * the model, trains and reports, so the page's own JavaScript stays small and responsive.
 */
export type ToWorker =
	| {
			readonly type: 'train';
			readonly model: unknown;
			readonly settings: LabSettings;
			readonly lang: Lang;
			/** The folder of `train.bin.gz` and `test.bin.gz`, with the site's base path. */
			readonly dataUrl: string;
	  }
	| { readonly type: 'pause' }
	| { readonly type: 'resume' }
	| { readonly type: 'reset' };

/** What the worker reports; see `ToWorker`. */
export type FromWorker =
	/** The model or settings cannot train: the engine's or the trainer's sentence, in `lang`. */
	| { readonly type: 'refused'; readonly message: string }
	/** Bytes of both files received so far; `total` is 0 when the server does not say. */
	| { readonly type: 'download'; readonly loaded: number; readonly total: number }
	| { readonly type: 'download-failed'; readonly message: string }
	| {
			readonly type: 'started';
			readonly params: number;
			readonly perEpoch: number;
			readonly filters: FilterImages | undefined;
	  }
	| {
			readonly type: 'progress';
			readonly epoch: number;
			readonly seen: number;
			readonly point: RunningPoint;
			readonly filters: FilterImages | undefined;
			readonly imagesPerSecond: number;
	  }
	| { readonly type: 'epoch'; readonly figures: EpochFigures }
	| { readonly type: 'paused' }
	/** The loss stopped being a number: training stopped. */
	| { readonly type: 'diverged'; readonly epoch: number }
	| { readonly type: 'done' };
