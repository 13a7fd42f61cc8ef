import type { Lang } from '../../lib/i18n/lang.ts';
import type { LayerMaps } from '../../lib/training/inspect.ts';
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
	| { readonly type: 'reset' }
	/**
	 * Runs one image through the network as it is now (between two training slices): held-out
	 * image `test` (its pixels come back too), or the reader's 784 `pixels` in [0, 1] (transferred).
	 * `request` is echoed, so the page can ignore an answer a newer request has overtaken.
	 */
	| {
			readonly type: 'inspect';
			readonly request: number;
			readonly test?: number | undefined;
			readonly pixels?: Float32Array | undefined;
	  }
	/** Evaluates the held-out set now (e.g. while paused mid-epoch): answered with `confusion`. */
	| { readonly type: 'evaluate' };

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
			/** Held-out images the reader can pick from (`inspect`'s `test`). */
			readonly testCount: number;
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
	| { readonly type: 'done' }
	/**
	 * The answer to `inspect` (buffers transferred): the image, its true class for a test image,
	 * the class probabilities and the convolution and pooling layers' maps (`layerMaps`).
	 */
	| {
			readonly type: 'inspection';
			readonly request: number;
			readonly test: number | undefined;
			readonly label: number | undefined;
			readonly pixels: Float32Array;
			readonly probabilities: Float32Array;
			readonly layers: readonly LayerMaps[];
	  }
	/** The held-out confusion matrix (10 × 10, row = true class), after each epoch or `evaluate`. */
	| { readonly type: 'confusion'; readonly confusion: Int32Array };
