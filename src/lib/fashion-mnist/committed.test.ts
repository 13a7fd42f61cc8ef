import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { decodeImageSet, encodeImageSet, isGzip } from './format.ts';
import { parseIdx } from './idx.ts';
import { DEFAULT_SOURCE, LAB_DATA_DIR, RECIPES, type LabManifest } from './recipes.ts';
import { makeSubset } from './subset.ts';

/*
 * The committed subsets under public/: the decoder (what the browser runs) reads them, they hold
 * what the manifest and the recipes say, and, where Debian's data set is installed, re-deriving
 * them gives the same bytes (so a change of recipe or code without `npm run lab:data` fails here).
 */

const root = join(import.meta.dirname, '../../..');
const dir = join(root, LAB_DATA_DIR);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as LabManifest;
const FILES = { train: 'train', test: 't10k' } as const;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(['train', 'test'] as const)('the committed %s subset', (name) => {
	const entry = defined(manifest.sets[name], `the manifest's ${name} entry`);
	const gz = readFileSync(join(dir, entry.file));
	const bytes = new Uint8Array(gunzipSync(gz));
	const set = decodeImageSet(bytes);

	test('is gzipped, and its bytes match the manifest', () => {
		expect(isGzip(gz)).toBe(true);
		expect(gz.length).toBe(entry.gzipBytes);
		expect(bytes.length).toBe(entry.bytes);
		expect(sha256(bytes)).toBe(entry.sha256);
	});

	test('decodes to 28×28 images with the recipe’s count of each class', () => {
		const recipe = RECIPES[name];
		expect({ perClass: entry.perClass, seed: entry.seed, bits: entry.bits }).toEqual(recipe);
		expect([set.count, set.rows, set.cols, set.bits]).toEqual([
			recipe.perClass * 10,
			28,
			28,
			recipe.bits,
		]);
		const counts = new Array<number>(10).fill(0);
		for (const label of set.labels) counts[label] = (counts[label] ?? NaN) + 1;
		expect(counts).toEqual(new Array<number>(10).fill(recipe.perClass));
		// Real clothes, not blank images: about half of Fashion MNIST's pixels are background.
		const lit = set.pixels.reduce((sum, level) => sum + (level > 0 ? 1 : 0), 0);
		expect(lit / set.pixels.length).toBeGreaterThan(0.3);
		expect(lit / set.pixels.length).toBeLessThan(0.7);
	});

	const images = join(DEFAULT_SOURCE, `${FILES[name]}-images-idx3-ubyte.gz`);
	const labels = join(DEFAULT_SOURCE, `${FILES[name]}-labels-idx1-ubyte.gz`);
	const installed = existsSync(images) && existsSync(labels);
	if (!installed)
		console.info(
			`${DEFAULT_SOURCE} not installed (Debian's dataset-fashion-mnist): not re-derived`,
		);
	test.runIf(installed)('is what `npm run lab:data` derives from the Debian files today', () => {
		const read = (path: string) => parseIdx(new Uint8Array(gunzipSync(readFileSync(path))));
		const derived = encodeImageSet(makeSubset(read(images), read(labels), RECIPES[name]));
		expect(sha256(derived), 'stale: run npm run lab:data').toBe(entry.sha256);
	});
});

test('the subsets fit the lab’s transfer budget of 3 MB gzipped', () => {
	const total = Object.values(manifest.sets).reduce((sum, set) => sum + set.gzipBytes, 0);
	expect(total).toBeLessThanOrEqual(3_000_000);
});
