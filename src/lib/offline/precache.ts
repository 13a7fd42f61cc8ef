/**
 * What the service worker keeps for offline reading, as globs relative to the built site (`dist/`).
 * They live here, pure and unit-tested, so that the build (`src/integrations/offline.ts`) and the
 * tests agree on one list, and a file type added to the site is a visible decision.
 */

/**
 * Every page of both languages, the code and styles of every page and widget, the search index
 * of both languages, the icons and the manifests. KaTeX ships each font as woff2, woff and ttf;
 * every browser that runs a service worker reads woff2, so only those are kept.
 */
export const PRECACHE_GLOBS: readonly string[] = [
	'**/*.html',
	'_astro/**/*.{js,css,svg,png,webp,avif,jpg}',
	'_astro/**/*.woff2',
	'pagefind/**/*',
	'favicon.svg',
	'icons/*.png',
	'**/manifest.webmanifest',
];

/**
 * Never precached: the CNN lab's data set (megabytes a reader may never ask for; the service
 * worker caches it once the lab has loaded it), the service worker itself, and the size file the
 * menu reads before anything is saved.
 */
export const PRECACHE_IGNORES: readonly string[] = ['lab/**', 'sw.js', 'offline.json'];

/**
 * Files whose names carry a content hash (`_astro/…`, Pagefind's index chunks and fragments)
 * need no revision: a changed file has a new name, so the precache list leaves them unrevisioned
 * and a new deploy downloads only what changed.
 */
export const HASHED_FILES = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;

/** The URL prefix, relative to the site's base, of the CNN lab's data set (cached at runtime). */
export const LAB_DATA_PREFIX = 'lab/fashion-mnist/';

/** One file of the precache list, with the size the build measured. */
export interface SizedEntry {
	url: string;
	size: number;
}

/**
 * What the menu shows before the reader saves the site: how many files and bytes precaching
 * will download. Written by the build next to the service worker (`offline.json`).
 */
export interface OfflineSummary {
	files: number;
	bytes: number;
}

/** Sums a precache list, so the reader is told the download's size before it starts. */
export function summarize(entries: readonly SizedEntry[]): OfflineSummary {
	return { files: entries.length, bytes: entries.reduce((sum, e) => sum + e.size, 0) };
}

/**
 * Progress through a precache, as a whole percentage the menu can print. Never 100 before the
 * last byte (a reader told "100 %" expects to be able to go offline), never above it.
 */
export function percentDone(done: number, total: number): number {
	if (total <= 0) return 100;
	if (done >= total) return 100;
	return Math.min(99, Math.floor((done / total) * 100));
}
