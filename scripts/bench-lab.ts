/**
 * Benchmark of the CNN lab's trainer (`src/lib/training`) on the committed Fashion MNIST subset.
 * The targets, on one core: at least 1,000 images/s for the default preset and 200 for
 * the largest; held-out accuracy with the default seed, within 5 epochs, of at least 80% (default
 * preset) and 83% (best preset).
 *
 *   npm run bench:lab [-- --images 2000 --tf-images 96 --epochs 5 --no-accuracy --no-tf]
 *
 * Speed: trains each preset on `--images` images (batch 32, Adam) after a warm-up and prints
 * images per second; then the same model on TensorFlow.js's CPU backend (`--tf-images`, since it
 * is slow) and the ratio. Accuracy: trains the default and the best preset for up to `--epochs`
 * epochs on the whole training subset and prints the held-out accuracy after each epoch.
 * Node runs this on one thread, as a Web Worker would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs';
import type { LayerJson, ModelJson } from '../src/lib/cnn/index.ts';
import { findPreset, LAB_PRESETS } from '../src/lib/cnn/presets/index.ts';
import { decodeImageSet, imageInto, levelValues } from '../src/lib/fashion-mnist/index.ts';
import { LAB_DATA_DIR } from '../src/lib/fashion-mnist/recipes.ts';
import { defined } from '../src/lib/defined.ts';
import { formatNumber } from '../src/lib/i18n/format.ts';
import { adam, createNetwork, createTrainer, evaluate } from '../src/lib/training/index.ts';

const { values } = parseArgs({
	options: {
		images: { type: 'string', default: '2000' },
		'tf-images': { type: 'string', default: '96' },
		epochs: { type: 'string', default: '5' },
		batch: { type: 'string', default: '32' },
		'learning-rate': { type: 'string', default: '0.002' },
		seed: { type: 'string', default: '1' },
		'no-accuracy': { type: 'boolean', default: false },
		'no-tf': { type: 'boolean', default: false },
	},
});
const images = Number(values.images);
const tfImages = Number(values['tf-images']);
const epochs = Number(values.epochs);
const batchSize = Number(values.batch);
const learningRate = Number(values['learning-rate']);
const seed = Number(values.seed);

const load = (file: string) =>
	decodeImageSet(new Uint8Array(gunzipSync(readFileSync(join(LAB_DATA_DIR, file)))));
const train = load('train.bin.gz');
const test = load('test.bin.gz');
const n = (value: number, digits = 0) =>
	formatNumber(value, 'en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Images per second of our trainer on `count` images, after a warm-up of 10 batches. */
function oursPerSecond(json: ModelJson, count: number): number {
	const network = createNetwork(json, { seed, input: [28, 28, 1], classes: 10 });
	const trainer = createTrainer(network, adam({ learningRate }), train, { batchSize, seed });
	for (let i = 0; i < 10; i++) trainer.step();
	const start = performance.now();
	let done = 0;
	while (done < count) done += trainer.step().size;
	return (done * 1000) / (performance.now() - start);
}

/** The same model as TensorFlow.js layers, Keras-style. */
function tfLayer(layer: LayerJson, first: boolean): tf.layers.Layer {
	const inputShape = first ? { inputShape: [28, 28, 1] } : {};
	switch (layer.type) {
		case 'conv2d':
			return tf.layers.conv2d({
				...inputShape,
				filters: layer.filters,
				kernelSize: layer.kernel as number,
				strides: (layer.strides ?? 1) as number,
				padding: (layer.padding ?? 'valid') as 'valid' | 'same',
				activation: layer.activation ?? 'linear',
			});
		case 'maxPool2d':
			return tf.layers.maxPooling2d({ ...inputShape, poolSize: layer.pool as number });
		case 'avgPool2d':
			return tf.layers.averagePooling2d({ ...inputShape, poolSize: layer.pool as number });
		case 'flatten':
			return tf.layers.flatten(inputShape);
		case 'dropout':
			return tf.layers.dropout({ ...inputShape, rate: layer.rate });
		case 'dense':
			return tf.layers.dense({
				...inputShape,
				units: layer.units,
				activation: layer.activation ?? 'linear',
			});
		default:
			throw new Error(`no TensorFlow.js counterpart written for ${layer.type}`);
	}
}

/** Images per second of TensorFlow.js's CPU backend training the same model the same way. */
async function tfPerSecond(json: ModelJson, count: number): Promise<number> {
	const model = tf.sequential({ layers: json.layers.map((layer, i) => tfLayer(layer, i === 0)) });
	model.compile({ optimizer: tf.train.adam(learningRate), loss: 'categoricalCrossentropy' });
	const values = levelValues(train.bits);
	const x = new Float32Array(batchSize * 784);
	const batch = (start: number) => {
		for (let b = 0; b < batchSize; b++) imageInto(train, start + b, x, b * 784, values);
		const labels = tf.tensor1d(train.labels.subarray(start, start + batchSize), 'int32');
		return [tf.tensor4d(x, [batchSize, 28, 28, 1]), tf.oneHot(labels, 10)] as const;
	};
	const step = async (start: number) => {
		const [xs, ys] = batch(start);
		await model.trainOnBatch(xs, ys);
		tf.dispose([xs, ys]);
	};
	await step(0);
	const start = performance.now();
	let done = 0;
	while (done < count) {
		await step(done % (train.count - batchSize));
		done += batchSize;
	}
	const rate = (done * 1000) / (performance.now() - start);
	model.dispose();
	return rate;
}

await tf.setBackend('cpu');
process.stdout.write(
	`Training speed on one thread (batch ${batchSize}, Adam, ${n(images)} images; TensorFlow.js ${tf.version.tfjs} CPU on ${n(tfImages)})\n\n`,
);
const rows: string[][] = [['Preset', 'Params', 'Ours (img/s)', 'TF.js CPU (img/s)', 'Ratio']];
for (const preset of LAB_PRESETS) {
	const json = await preset.load();
	const ours = oursPerSecond(json, images);
	const theirs = values['no-tf'] ? NaN : await tfPerSecond(json, tfImages);
	rows.push([
		preset.id,
		n(preset.params),
		n(ours),
		n(theirs, 1),
		Number.isNaN(theirs) ? '—' : `${n(ours / theirs, 1)}×`,
	]);
	process.stdout.write(`  ${rows.at(-1)?.join('  ') ?? ''}\n`);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
process.stdout.write(
	`\n${rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n')}\n`,
);
process.stdout.write('Targets: ≥ 1,000 img/s for the default preset, ≥ 200 for the largest.\n');

if (!values['no-accuracy']) {
	for (const id of ['fashion-tiny', 'fashion-book']) {
		const json = await defined(findPreset(id), `preset ${id}`).load();
		const network = createNetwork(json, { seed, input: [28, 28, 1], classes: 10 });
		const trainer = createTrainer(network, adam({ learningRate }), train, { batchSize, seed });
		process.stdout.write(
			`\n${id}: held-out accuracy on ${n(test.count)} test images, seed ${seed}\n`,
		);
		const start = performance.now();
		for (let epoch = 1; epoch <= epochs; epoch++) {
			let loss = 0;
			let correct = 0;
			let seen = 0;
			do {
				const step = trainer.step();
				loss += step.loss * step.size;
				correct += step.correct;
				seen += step.size;
			} while (seen < train.count);
			const result = evaluate(network, test);
			process.stdout.write(
				`  epoch ${epoch}: train loss ${n(loss / seen, 3)}, train acc ${n((100 * correct) / seen, 1)}%, held-out acc ${n(100 * result.accuracy, 1)}% (${n((performance.now() - start) / 1000, 0)} s)\n`,
			);
		}
	}
	process.stdout.write(
		'Targets: ≥ 80% for the default preset, ≥ 83% for the best, within 5 epochs.\n',
	);
}
