/**
 * The CNN lab's training worker: it downloads the Fashion MNIST subsets (reporting progress),
 * checks the reader's model before any work, trains it batch by batch with `createLabRun`, and
 * reports the running loss, each epoch's figures and the first layer's filters. It trains in
 * slices of about 40 ms, so a pause or a reset sent by the page is handled within one slice.
 * Between slices, and once training has stopped, it answers the page's "looking inside" requests:
 * one image's prediction and feature maps, and the held-out confusion matrix.
 */
import { CnnError } from '../../lib/cnn/errors.ts';
import {
	decodeImageSet,
	imageInto,
	isGzip,
	type ImageSet,
} from '../../lib/fashion-mnist/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { TrainingError } from '../../lib/training/errors.ts';
import { evaluate } from '../../lib/training/fit.ts';
import { layerMaps } from '../../lib/training/inspect.ts';
import {
	createLabRun,
	firstLayerFilters,
	invalidSettings,
	type LabRun,
} from '../../lib/training/lab-run.ts';
import { createNetwork } from '../../lib/training/network.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const SLICE_MS = 40;
const REPORT_MS = 250;

let data: Promise<{ train: ImageSet; test: ImageSet }> | undefined;
let run: LabRun | undefined;
/** The held-out set of the current run, for `inspect` and `evaluate`. */
let testSet: ImageSet | undefined;
let paused = false;
/** Bumped by every reset or new run, so a slice of an abandoned run stops at once. */
let generation = 0;

const post = (message: FromWorker, transfer: Transferable[] = []) => {
	postMessage(message, { transfer });
};

/** Reads one response's body, counting its bytes into `progress`, and decodes it (gunzipped). */
async function readSet(response: Response, progress: (bytes: number) => void): Promise<ImageSet> {
	if (!response.ok || !response.body) throw new Error(`${response.url}: HTTP ${response.status}`);
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		length += value.length;
		progress(value.length);
	}
	let bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	if (isGzip(bytes)) {
		const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
		bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	}
	return decodeImageSet(bytes);
}

/** Both subsets, downloaded once per worker; a failure forgets the attempt so a retry refetches. */
function loadData(dataUrl: string): Promise<{ train: ImageSet; test: ImageSet }> {
	if (data) return data;
	const attempt = (async () => {
		const responses = await Promise.all(
			['train.bin.gz', 'test.bin.gz'].map((file) => fetch(`${dataUrl}${file}`)),
		);
		const lengths = responses.map((r) => Number(r.headers.get('content-length') ?? 0));
		let total = lengths.every((n) => n > 0) ? lengths.reduce((a, b) => a + b, 0) : 0;
		let loaded = 0;
		post({ type: 'download', loaded, total });
		const count = (bytes: number) => {
			loaded += bytes;
			// A server that sends the files with Content-Encoding: gzip hands over more bytes than
			// its Content-Length says: the total is then unknown rather than wrong.
			if (loaded > total) total = 0;
			post({ type: 'download', loaded, total });
		};
		const [train, test] = await Promise.all(responses.map((r) => readSet(r, count)));
		if (!train || !test) throw new Error('missing image set');
		return { train, test };
	})();
	attempt.catch(() => {
		data = undefined;
	});
	data = attempt;
	return attempt;
}

function describe(error: unknown, lang: Lang): string {
	if (error instanceof CnnError || error instanceof TrainingError) return error.describe(lang);
	return error instanceof Error ? error.message : String(error);
}

/** Trains for one slice, reports, and schedules the next slice unless paused, reset or done. */
function slice(mine: number, state: { lastReport: number; batches: number; since: number }) {
	if (mine !== generation || !run || paused) return;
	const current = run;
	const end = performance.now() + SLICE_MS;
	let last;
	do {
		last = current.advance();
		state.batches += 1;
		if (last.finished || last.diverged || last.done) break;
	} while (performance.now() < end);
	const now = performance.now();
	if (last.diverged) {
		post({ type: 'diverged', epoch: last.epoch });
		run = undefined;
		return;
	}
	if (last.finished || now - state.lastReport >= REPORT_MS) {
		const seconds = (now - state.since) / 1000;
		post({
			type: 'progress',
			epoch: last.epoch,
			seen: last.seen,
			point: { x: last.epoch + last.seen / current.perEpoch, loss: last.runningLoss },
			filters: firstLayerFilters(current.network),
			imagesPerSecond: seconds > 0 ? (state.batches * current.settings.batchSize) / seconds : 0,
		});
		state.lastReport = now;
	}
	if (last.finished) post({ type: 'epoch', figures: last.finished });
	if (last.confusion) {
		const confusion = last.confusion.slice();
		post({ type: 'confusion', confusion }, [confusion.buffer]);
	}
	if (last.done) {
		post({ type: 'done' });
		return;
	}
	setTimeout(() => {
		slice(mine, state);
	}, 0);
}

async function train(message: Extract<ToWorker, { type: 'train' }>) {
	generation += 1;
	const mine = generation;
	run = undefined;
	paused = false;
	// The model and the settings are checked before a byte is downloaded.
	try {
		const bad = invalidSettings(message.settings);
		if (bad.length > 0) throw new RangeError(`settings out of range: ${bad.join(', ')}`);
		createNetwork(message.model, { seed: 1, input: [28, 28, 1], classes: 10 });
	} catch (error) {
		post({ type: 'refused', message: describe(error, message.lang) });
		return;
	}
	let sets;
	try {
		sets = await loadData(message.dataUrl);
	} catch (error) {
		if (mine === generation)
			post({ type: 'download-failed', message: describe(error, message.lang) });
		return;
	}
	if (mine !== generation) return;
	try {
		run = createLabRun(message.model, message.settings, sets.train, sets.test);
	} catch (error) {
		post({ type: 'refused', message: describe(error, message.lang) });
		return;
	}
	testSet = sets.test;
	post({
		type: 'started',
		params: run.network.summary.totalParams,
		perEpoch: run.perEpoch,
		filters: firstLayerFilters(run.network),
		testCount: sets.test.count,
	});
	slice(mine, { lastReport: performance.now(), batches: 0, since: performance.now() });
}

/** One image through the current network: `inspect`'s answer, its buffers transferred. */
function inspect(message: Extract<ToWorker, { type: 'inspect' }>) {
	if (!run || !testSet) return;
	const { network } = run;
	const test =
		message.test === undefined
			? undefined
			: Math.min(Math.max(Math.trunc(message.test), 0), testSet.count - 1);
	const pixels = new Float32Array(network.inputSize);
	if (test !== undefined) imageInto(testSet, test, pixels, 0);
	else if (message.pixels) pixels.set(message.pixels.subarray(0, pixels.length));
	const probabilities = network.predict(pixels, 1).slice();
	const layers = layerMaps(network, 0);
	post(
		{
			type: 'inspection',
			request: message.request,
			test,
			label: test === undefined ? undefined : testSet.labels[test],
			pixels,
			probabilities,
			layers,
		},
		[pixels.buffer, probabilities.buffer, ...layers.map((layer) => layer.values.buffer)],
	);
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	switch (message.type) {
		case 'train':
			void train(message);
			break;
		case 'pause':
			paused = true;
			post({ type: 'paused' });
			break;
		case 'resume':
			if (paused && run) {
				paused = false;
				slice(generation, { lastReport: performance.now(), batches: 0, since: performance.now() });
			}
			break;
		case 'reset':
			generation += 1;
			run = undefined;
			testSet = undefined;
			paused = false;
			break;
		case 'inspect':
			inspect(message);
			break;
		case 'evaluate':
			if (run && testSet) {
				const { confusion } = evaluate(run.network, testSet);
				post({ type: 'confusion', confusion }, [confusion.buffer]);
			}
			break;
	}
});
