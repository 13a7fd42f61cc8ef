import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import type { ModelJson } from '../cnn/index.ts';
import { decodeImageSet } from '../fashion-mnist/format.ts';
import { createTrainer, evaluate } from './fit.ts';
import { createNetwork } from './network.ts';
import { adam } from './optimizers.ts';

const dir = join(import.meta.dirname, '../../../public/lab/fashion-mnist');
const load = (file: string) =>
	decodeImageSet(new Uint8Array(gunzipSync(readFileSync(join(dir, file)))));
const train = load('train.bin.gz');
const test_ = load('test.bin.gz');

const TINY: ModelJson = {
	input: [28, 28, 1],
	layers: [
		{ type: 'conv2d', filters: 4, kernel: 3, activation: 'relu' },
		{ type: 'maxPool2d', pool: 2 },
		{ type: 'flatten' },
		{ type: 'dense', units: 10, activation: 'softmax' },
	],
};

/** Trains `TINY` for `steps` batches of 20 from `seed` and returns the losses and the weights. */
function run(seed: number, steps: number) {
	const network = createNetwork(TINY, { seed, input: [28, 28, 1], classes: 10 });
	const trainer = createTrainer(network, adam({ learningRate: 0.01 }), train, {
		batchSize: 20,
		seed,
		limit: 600,
	});
	const losses = Array.from({ length: steps }, () => trainer.step());
	return { network, losses };
}

test('a short run on real images lowers the loss and beats chance on held-out images', () => {
	const { network, losses } = run(1, 60);
	const mean = (items: typeof losses) => items.reduce((s, r) => s + r.loss, 0) / items.length;
	expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) * 0.7);
	expect(losses.at(-1)?.epoch).toBe(1);
	const { accuracy, confusion } = evaluate(network, test_, { limit: 500 });
	expect(accuracy).toBeGreaterThan(0.5);
	expect(confusion.reduce((a, b) => a + b, 0)).toBe(500);
});

test('the same seed trains the same weights; another seed others', () => {
	const firstKernel = (seed: number) => run(seed, 5).network.params[0]?.value;
	const a = firstKernel(7);
	const b = firstKernel(7);
	const c = firstKernel(8);
	expect(a).toBeInstanceOf(Float32Array);
	expect(b).toEqual(a);
	expect(c).not.toEqual(a);
});

test('an epoch visits each image once, the last batch short', () => {
	const network = createNetwork(TINY);
	const trainer = createTrainer(network, adam(), train, { batchSize: 40, seed: 1, limit: 100 });
	const steps = [trainer.step(), trainer.step(), trainer.step(), trainer.step()];
	expect(steps.map((s) => [s.size, s.epoch, s.seen])).toEqual([
		[40, 0, 40],
		[40, 0, 80],
		[20, 0, 100],
		[40, 1, 40],
	]);
});
