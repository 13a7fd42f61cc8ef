/**
 * Writes the CNN lab's Fashion MNIST subsets from Debian's copy of the data set (package
 * `dataset-fashion-mnist`): a balanced training subset from the training file and a held-out test
 * subset from the t10k file, quantised to 16 grey levels, gzipped, with a manifest of what they
 * hold and their checksums. The output is deterministic: the same files and options give the same
 * bytes, which `src/lib/fashion-mnist/committed.test.ts` checks.
 *
 *   npm run lab:data [-- --train-per-class 1000 --test-per-class 200 --seed 14 --bits 4]
 *                    [--source /usr/share/datasets/fashion-mnist] [--out public/lab/fashion-mnist]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
	encodeImageSet,
	makeSubset,
	parseIdx,
	type Bits,
	type SubsetRecipe,
} from '../src/lib/fashion-mnist/index.ts';
import {
	DEFAULT_SOURCE,
	LAB_DATA_DIR,
	RECIPES,
	type LabManifest,
} from '../src/lib/fashion-mnist/recipes.ts';

const { values } = parseArgs({
	options: {
		'train-per-class': { type: 'string', default: String(RECIPES.train.perClass) },
		'test-per-class': { type: 'string', default: String(RECIPES.test.perClass) },
		seed: { type: 'string', default: String(RECIPES.train.seed) },
		bits: { type: 'string', default: String(RECIPES.train.bits) },
		source: { type: 'string', default: DEFAULT_SOURCE },
		out: { type: 'string', default: LAB_DATA_DIR },
	},
});

function fail(message: string): never {
	process.stderr.write(`error: ${message}\n`);
	process.exit(1);
}

const positive = (name: string, text: string) => {
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a positive integer`);
	return value;
};
const bits = Number(values.bits);
if (![1, 2, 4, 8].includes(bits)) fail('--bits must be 1, 2, 4 or 8');
const seed = positive('seed', values.seed);
const recipes: Record<'train' | 'test', SubsetRecipe> = {
	train: {
		perClass: positive('train-per-class', values['train-per-class']),
		seed,
		bits: bits as Bits,
	},
	test: {
		perClass: positive('test-per-class', values['test-per-class']),
		seed,
		bits: bits as Bits,
	},
};
const FILES = { train: 'train', test: 't10k' } as const;

function readIdx(name: string) {
	const path = join(values.source, `${name}.gz`);
	if (!existsSync(path))
		fail(`${path} not found: install Debian's dataset-fashion-mnist package, or pass --source`);
	return parseIdx(new Uint8Array(gunzipSync(readFileSync(path))));
}

mkdirSync(values.out, { recursive: true });
const manifest: LabManifest = {
	format: 'FMNQ 1',
	source: 'Fashion MNIST (Zalando, MIT)',
	sets: {},
};
for (const set of ['train', 'test'] as const) {
	const prefix = FILES[set];
	const subset = makeSubset(
		readIdx(`${prefix}-images-idx3-ubyte`),
		readIdx(`${prefix}-labels-idx1-ubyte`),
		recipes[set],
	);
	const bytes = encodeImageSet(subset);
	const gz = gzipSync(bytes, { level: 9 });
	const file = `${set}.bin.gz`;
	writeFileSync(join(values.out, file), gz);
	manifest.sets[set] = {
		file,
		from: `${prefix}-images-idx3-ubyte`,
		images: subset.count,
		...recipes[set],
		bytes: bytes.length,
		gzipBytes: gz.length,
		sha256: createHash('sha256').update(bytes).digest('hex'),
	};
	process.stdout.write(
		`${file}: ${subset.count} images, ${bytes.length} bytes, ${gz.length} gzipped\n`,
	);
}
writeFileSync(join(values.out, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
process.stdout.write(`wrote ${values.out}/manifest.json\n`);
