import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fashionTiny } from '../cnn/presets/fashion.ts';
import { decodeImageSet } from '../fashion-mnist/format.ts';
import {
	createLabRun,
	DEFAULT_SETTINGS,
	firstLayerFilters,
	invalidSettings,
	type LabSettings,
} from './lab-run.ts';
import { TrainingError } from './errors.ts';

const dir = join(import.meta.dirname, '../../../public/lab/fashion-mnist');
const load = (file: string) =>
	decodeImageSet(new Uint8Array(gunzipSync(readFileSync(join(dir, file)))));
const train = load('train.bin.gz');
const test_ = load('test.bin.gz');
const short: LabSettings = { ...DEFAULT_SETTINGS, epochs: 2, imagesPerEpoch: 320 };

describe('a lab run', () => {
	test('trains epoch by epoch on the first images, evaluates after each, and stops when done', () => {
		const run = createLabRun(fashionTiny(), short, train, test_, { testLimit: 200 });
		const finished = [];
		let batches = 0;
		for (;;) {
			const p = run.advance();
			batches += 1;
			if (p.finished) finished.push(p.finished);
			if (p.done) break;
		}
		expect(batches).toBe(2 * (320 / 32));
		expect(finished.map((e) => e.epoch)).toEqual([1, 2]);
		expect(run.history).toEqual(finished);
		expect(finished[1]?.trainLoss).toBeLessThan(2.2);
		expect(run.advance().done).toBe(true);
	});

	test('hands over the held-out confusion matrix with each finished epoch, its diagonal the accuracy', () => {
		const run = createLabRun(fashionTiny(), { ...short, epochs: 1 }, train, test_, {
			testLimit: 200,
		});
		let p = run.advance();
		while (!p.finished) {
			expect(p.confusion).toBeUndefined();
			p = run.advance();
		}
		const confusion = p.confusion ?? new Int32Array();
		expect(confusion).toHaveLength(100);
		expect(confusion.reduce((a, b) => a + b, 0)).toBe(200);
		let correct = 0;
		for (let k = 0; k < 10; k++) correct += confusion[k * 11] ?? 0;
		expect(correct / 200).toBeCloseTo(p.finished.testAccuracy, 10);
	});

	test('stops, marked diverged, when the loss is no longer finite, and reports no NaN', () => {
		const run = createLabRun(fashionTiny(), short, train, test_, { testLimit: 100 });
		const before = run.advance();
		// The loss is computed stably, so only broken weights make it NaN: break them.
		run.network.params.at(-1)?.value.fill(Number.NaN);
		const after = run.advance();
		expect(after.diverged).toBe(true);
		expect(after.runningLoss).toBe(before.runningLoss);
		expect(run.advance()).toMatchObject({ diverged: true, done: false });
		expect(run.history).toEqual([]);
	});

	test('refuses a model the lab cannot train before any training, with the trainer’s reason', () => {
		const five = { ...fashionTiny(), layers: fashionTiny().layers.slice(0, -1) };
		five.layers.push({ type: 'dense', units: 5, activation: 'softmax' });
		expect(() => createLabRun(five, short, train, test_)).toThrow(TrainingError);
	});

	test('refuses settings out of range, naming them', () => {
		expect(invalidSettings({ ...short, batchSize: 0, learningRate: Number.NaN })).toEqual([
			'batchSize',
			'learningRate',
		]);
		expect(() => createLabRun(fashionTiny(), { ...short, epochs: 0.5 }, train, test_)).toThrow(
			/epochs/,
		);
		expect(invalidSettings(DEFAULT_SETTINGS)).toEqual([]);
	});
});

test('the first layer’s filters are scaled per filter into [0, 1], zero at 0.5', () => {
	const run = createLabRun(fashionTiny(), short, train, test_);
	const filters = firstLayerFilters(run.network);
	expect(filters).toMatchObject({ rows: 3, cols: 3, count: 8 });
	const values = filters?.values ?? [];
	expect(values).toHaveLength(72);
	expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
	expect(Math.max(...values)).toBeLessThanOrEqual(1);
	// Each filter's largest weight reaches an end of the scale.
	for (let f = 0; f < 8; f++) {
		const own = values.slice(f * 9, f * 9 + 9).map((v) => Math.abs(v - 0.5));
		expect(Math.max(...own)).toBeCloseTo(0.5, 3);
	}
});
