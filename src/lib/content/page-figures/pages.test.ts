import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentPages } from '../../../integrations/content-pages.ts';
import { chapterNumber, locate } from '../../site/content-paths.ts';
import { extractFigures } from './extract.ts';
import { checkPage } from './table.ts';
import { FIGURE_TABLES } from './tables.ts';

/*
 * Figures (issue 8): every figure in the prose of a page, in both languages, is recomputed with
 * the engine in the page's figure table (`ch14.ts`), quoted from the notes with the notes' own
 * arithmetic, or a given listed with its reason. The pages are read from `content/`, so a new
 * question page fails here until it has a table.
 */

const contentDir = new URL('../../../../content/', import.meta.url);
const pages = readContentPages(contentDir.pathname).map((page) => ({
	path: `content/${page.path}`,
	source: readFileSync(new URL(page.path, contentDir), 'utf8'),
	...locate(page.path),
}));
/** A question page: a page of a chapter folder other than the chapter's overview. */
const isQuestion = (slug: string) => chapterNumber(slug) !== undefined && slug.includes('/');
const questions = pages.filter((page) => isQuestion(page.slug));
const others = pages.filter((page) => !isQuestion(page.slug) && !(page.slug in FIGURE_TABLES));

describe('the figure tables', () => {
	test('cover every question page', () => {
		const missing = [...new Set(questions.map((page) => page.slug))].filter(
			(slug) => !(slug in FIGURE_TABLES),
		);
		expect(missing, 'add a figure table to src/lib/content/page-figures/tables.ts').toEqual([]);
	});

	test('name only pages that exist', () => {
		const slugs = new Set(pages.map((page) => page.slug));
		expect(
			Object.keys(FIGURE_TABLES).filter((slug) => !slug.startsWith('_') && !slugs.has(slug)),
		).toEqual([]);
	});
});

describe('every question page', () => {
	test.each(questions.map((page) => [page.path, page] as const))(
		'%s states only figures the engine recomputes',
		(_, page) => {
			const table = FIGURE_TABLES[page.slug] ?? [];
			expect(checkPage(page.source, page.lang, page.path, table)).toEqual([]);
		},
	);
});

/** A page's figures as values, so the two languages can be compared whatever their separators. */
function valueCounts(page: (typeof pages)[number]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const f of extractFigures(page.source, page.lang)) {
		const key = `${f.values.join('×')}${f.unit ?? ''}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

describe('every page in both languages', () => {
	const pairs = pages
		.filter((page) => page.lang === 'id')
		.flatMap((id) =>
			pages
				.filter((en) => en.lang === 'en' && en.slug === id.slug)
				.map((en) => [id.slug, id, en] as const),
		);
	test.each(pairs)('%s states the same figures, as often, in both languages', (_, id, en) => {
		const a = valueCounts(id);
		const b = valueCounts(en);
		const differences = [...new Set([...a.keys(), ...b.keys()])]
			.filter((key) => a.get(key) !== b.get(key))
			.map((key) => `${key}: ${a.get(key) ?? 0} in ${id.path}, ${b.get(key) ?? 0} in ${en.path}`);
		expect(differences).toEqual([]);
	});
});

describe('every other page', () => {
	test.each(others.map((page) => [page.path, page] as const))('%s states no figures', (_, page) => {
		const figures = extractFigures(page.source, page.lang).map(
			(f) => `${page.path}:${f.line}: ${f.text}`,
		);
		expect(figures, 'give the page a figure table in src/lib/content/page-figures/tables.ts').toEqual([]);
	});
});
