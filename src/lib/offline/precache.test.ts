import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	HASHED_FILES,
	LAB_DATA_PREFIX,
	PRECACHE_GLOBS,
	PRECACHE_IGNORES,
	percentDone,
	summarize,
} from './precache.ts';

const precached = (file: string) =>
	PRECACHE_GLOBS.some((g) => matchesGlob(file, g)) &&
	!PRECACHE_IGNORES.some((g) => matchesGlob(file, g));

describe('the precache list', () => {
	it.each([
		'index.html',
		'en/index.html',
		'ch14/06-architecture-innovations/index.html',
		'en/ch14/print/index.html',
		'404.html',
		'_astro/ArchitectureExplorer.Bp-MrYwh.js',
		'_astro/print.DmV3tP1Q.css',
		'_astro/KaTeX_Main-Regular.BrnXDgzu.woff2',
		'pagefind/pagefind.js',
		'pagefind/wasm.id.pagefind',
		'pagefind/index/en_1234567.pf_index',
		'pagefind/fragment/id_abcdef.pf_fragment',
		'favicon.svg',
		'icons/maskable-512.png',
		'manifest.webmanifest',
		'en/manifest.webmanifest',
	])('keeps %s for offline reading', (file) => {
		expect(precached(file)).toBe(true);
	});

	it.each([
		`${LAB_DATA_PREFIX}train.bin.gz`,
		`${LAB_DATA_PREFIX}manifest.json`,
		'_astro/KaTeX_Main-Regular.Dr94JaBh.woff',
		'_astro/KaTeX_Main-Regular.ypZvNtVU.ttf',
		'sw.js',
		'offline.json',
		'sitemap-0.xml',
	])('leaves %s out', (file) => {
		expect(precached(file)).toBe(false);
	});

	it('revisions only the files whose names carry no hash', () => {
		expect(HASHED_FILES.test('_astro/page.cNngjUgL.js')).toBe(true);
		expect(HASHED_FILES.test('pagefind/fragment/en_0d1f3c9.pf_fragment')).toBe(true);
		expect(HASHED_FILES.test('pagefind/pagefind-entry.json')).toBe(false);
		expect(HASHED_FILES.test('pagefind/pagefind.js')).toBe(false);
		expect(HASHED_FILES.test('en/index.html')).toBe(false);
	});
});

describe('summarize', () => {
	it('counts the files and adds up their sizes', () => {
		expect(
			summarize([
				{ url: 'index.html', size: 1200 },
				{ url: 'pagefind/pagefind.js', size: 34_000 },
				{ url: 'favicon.svg', size: 0 },
			]),
		).toEqual({ files: 3, bytes: 35_200 });
	});

	it('is zero files and zero bytes for an empty list', () => {
		expect(summarize([])).toEqual({ files: 0, bytes: 0 });
	});
});

describe('percentDone', () => {
	it('rounds down, so 100 % is only shown when every byte is saved', () => {
		expect(percentDone(0, 5_000_000)).toBe(0);
		expect(percentDone(2_500_000, 5_000_000)).toBe(50);
		expect(percentDone(4_999_999, 5_000_000)).toBe(99);
		expect(percentDone(5_000_000, 5_000_000)).toBe(100);
	});

	it('never goes past 100, and an empty precache is complete', () => {
		expect(percentDone(6_000_000, 5_000_000)).toBe(100);
		expect(percentDone(0, 0)).toBe(100);
	});
});
