import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentPages } from '../src/integrations/content-pages.ts';
import { locate } from '../src/lib/site/content-paths.ts';
import { LANGS, DEFAULT_LANG, type Lang } from '../src/lib/i18n/lang.ts';
import { normalizeBase } from '../src/lib/site/base-path.ts';

/** The base path the test build is served under; non-root on purpose, as on GitHub Pages. */
export const BASE = normalizeBase(process.env.BASE_PATH ?? '/cnn-notes/');

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The built site the tests read and serve: `dist/`, or `OUT_DIR` for a build kept elsewhere. */
export const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** One page of the site in one language. */
export interface SitePage {
	lang: Lang;
	slug: string;
	/** Path under the server root, base included, e.g. `/cnn-notes/en/ch14/`. */
	path: string;
	/** Title from frontmatter (the page's own, or the default language's for a fallback). */
	title: string;
	/** The content file it is built from, relative to the repository root. */
	source: string;
}

/** The URL path of a slug in a language, under the base path. */
export function pathOf(lang: Lang, slug: string): string {
	const parts = [lang === DEFAULT_LANG ? '' : lang, slug].filter(Boolean).join('/');
	return `${BASE}${parts ? `${parts}/` : ''}`;
}

/**
 * Every page the site must publish, derived from the content files rather than from `dist/`, so a
 * page that fails to build is a failure and not a page silently left out of the tests.
 */
export function sitePages(): SitePage[] {
	const files = readContentPages(join(ROOT, 'content'));
	const located = files.map((f) => ({
		...locate(f.path),
		title: f.title,
		source: `content/${f.path}`,
	}));
	const primary = located.filter((p) => p.lang === DEFAULT_LANG);
	return LANGS.flatMap((lang) =>
		primary.map((fallback) => {
			const own = located.find((p) => p.slug === fallback.slug && p.lang === lang) ?? fallback;
			return {
				lang,
				slug: fallback.slug,
				path: pathOf(lang, fallback.slug),
				title: own.title,
				source: own.source,
			};
		}),
	);
}

/** The chapter 14 question pages, in order, with their slugs. */
export const QUESTION_SLUGS = [
	'ch14/01-cnn-vs-dense',
	'ch14/02-parameters-and-memory',
	'ch14/03-out-of-gpu-memory',
	'ch14/04-max-pooling-vs-strided-conv',
	'ch14/05-local-response-normalization',
	'ch14/06-architecture-innovations',
	'ch14/07-fully-convolutional-networks',
	'ch14/08-semantic-segmentation',
] as const;

/**
 * The hands-on exercises with a page (9, the CNN lab, 10 and 11). The notes stop at question 8, so
 * these pages have no notes answer and no corrections.
 */
export const EXERCISE_SLUGS = [
	'ch14/09-lab-fashion-mnist',
	'ch14/10-transfer-learning-large-images',
	'ch14/11-style-transfer-tutorial',
] as const;

/** Every page of chapter 14 after its overview, in the sidebar's order. */
export const PAGE_SLUGS = [...QUESTION_SLUGS, ...EXERCISE_SLUGS] as const;

/**
 * The pages the site makes from `src/pages/` rather than from a content file: the printable
 * chapter of each chapter, in each language (`/ch14/print/`). Derived from the content's chapter
 * folders, as `sitePages()` is from its files.
 */
export function printPages(): { lang: Lang; path: string }[] {
	const chapters = [
		...new Set(
			sitePages()
				.map((p) => /^ch\d+/.exec(p.slug)?.[0])
				.filter((c) => c !== undefined),
		),
	];
	return LANGS.flatMap((lang) =>
		chapters.map((chapter) => ({ lang, path: pathOf(lang, `${chapter}/print`) })),
	);
}

/** Every HTML file in `dist/`, as paths relative to it with `/` separators. */
export function builtHtmlFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return builtHtmlFiles(full);
		return name.endsWith('.html') ? [relative(DIST, full).split(sep).join('/')] : [];
	});
}

/** Reads a built file as text. */
export function readBuilt(file: string): string {
	return readFileSync(join(DIST, file), 'utf8');
}
