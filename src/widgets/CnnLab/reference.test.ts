import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fashionTiny } from '../../lib/cnn/presets/fashion.ts';
import { decodeImageSet } from '../../lib/fashion-mnist/format.ts';
import type { LabManifest } from '../../lib/fashion-mnist/recipes.ts';
import reference from './reference.json' with { type: 'json' };
import {
	FINGERPRINT_BATCHES,
	REFERENCE_SETTINGS,
	runReference,
	type ReferenceRun,
} from './reference-run.ts';

/*
 * The committed reference run (`reference.json`) is what readers without JavaScript see. It goes
 * stale when the model, the settings, the data or the trainer's arithmetic change; each is checked
 * here, the last by rerunning the first batches (about a second) and comparing their losses.
 * When this fails, run `npm run lab:reference` and commit the new file.
 */

const committed = reference as ReferenceRun;
const dir = join(import.meta.dirname, '../../../public/lab/fashion-mnist');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as LabManifest;
const load = (file: string) =>
	decodeImageSet(new Uint8Array(gunzipSync(readFileSync(join(dir, file)))));
const STALE = 'reference.json is stale: run `npm run lab:reference`';

test('the reference run was made with today’s default model, settings and data', () => {
	expect(committed.model, STALE).toEqual(fashionTiny());
	expect(committed.settings, STALE).toEqual(REFERENCE_SETTINGS);
	expect(committed.data, STALE).toEqual({
		train: manifest.sets.train?.sha256,
		test: manifest.sets.test?.sha256,
	});
});

test('a fresh run’s first batches lose exactly what the committed run lost', () => {
	const fresh = runReference(load('train.bin.gz'), load('test.bin.gz'), committed.data, {
		batches: FINGERPRINT_BATCHES,
	});
	expect(fresh.fingerprint, STALE).toEqual(committed.fingerprint);
});

test('the committed run learned: the loss fell and the held-out accuracy passed 80%', () => {
	expect(committed.epochs).toHaveLength(REFERENCE_SETTINGS.epochs);
	const first = committed.fingerprint[0] ?? 0;
	expect(first).toBeGreaterThan(2);
	expect(committed.epochs.at(-1)?.trainLoss).toBeLessThan(first / 3);
	expect(committed.epochs.at(-1)?.testAccuracy).toBeGreaterThan(0.8);
	expect(committed.filters.values).toHaveLength(8 * 3 * 3);
});
