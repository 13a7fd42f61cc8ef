/**
 * Writes the CNN lab's reference run, `src/widgets/CnnLab/reference.json`: the default preset
 * trained with the lab's default settings and seed on the committed Fashion MNIST subset. The
 * lab's wrapper draws its learning curve and first-layer filters for readers without JavaScript.
 * `reference.test.ts` fails when the file no longer matches the model, the settings, the data or
 * the first batches of a fresh run; then run this again (about a minute on one core).
 *
 *   npm run lab:reference
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { decodeImageSet } from '../src/lib/fashion-mnist/format.ts';
import { LAB_DATA_DIR, type LabManifest } from '../src/lib/fashion-mnist/recipes.ts';
import { runReference } from '../src/widgets/CnnLab/reference-run.ts';
import { defined } from '../src/lib/defined.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, LAB_DATA_DIR);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as LabManifest;
const load = (file: string) =>
	decodeImageSet(new Uint8Array(gunzipSync(readFileSync(join(dir, file)))));
const started = Date.now();
const result = runReference(
	load('train.bin.gz'),
	load('test.bin.gz'),
	{
		train: defined(manifest.sets.train, 'the training set in the manifest').sha256,
		test: defined(manifest.sets.test, 'the test set in the manifest').sha256,
	},
	{
		onEpoch: (e) => {
			console.log(
				`epoch ${e.epoch}: loss ${e.trainLoss.toFixed(4)}, held-out accuracy ${(100 * e.testAccuracy).toFixed(1)}% (${((Date.now() - started) / 1000).toFixed(0)} s)`,
			);
		},
	},
);
const out = join(root, 'src/widgets/CnnLab/reference.json');
// Written as Prettier writes it, so `npm run format:check` passes on a freshly generated file.
const options = await resolveConfig(out);
writeFileSync(out, await format(JSON.stringify(result), { ...options, filepath: out }));
console.log(`wrote ${out}`);
