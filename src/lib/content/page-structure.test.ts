import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentPages } from '../../integrations/content-pages.ts';
import { compareStructures, describeItem, pageStructure, pairPages } from './page-structure.ts';

/*
 * Language parity (issue 8): every page has the same sections, widgets, code blocks, formulas,
 * tables, corrections and references in Indonesian and in English. The pairs are read from
 * `content/`, so a new chapter is covered as soon as its files exist.
 */

const skeleton = (source: string) => pageStructure(source).items.map(describeItem);

const ID_PAGE = `---
title: 'Soal'
sidebar:
  order: 2
---

import Calculator from '../x.astro';

Soal lengkapnya.

## Jawaban singkat

<ShortAnswer>

- satu

</ShortAnswer>

## Penjelasan

### Bagian

| A | B |
| --- | ---: |
| 1 | 2 |

$$
x = 1
$$

<Calculator lang="id" mode="gpu" />

\`\`\`python
print(1)
\`\`\`

<Correction claim="Catatan">Salah.</Correction>

<References ids={['geron2022', 'he2015']} />
`;

const EN_PAGE = ID_PAGE.replace("title: 'Soal'", "title: 'Question'")
	.replace('## Jawaban singkat', '## Short answer')
	.replace('## Penjelasan', '## Explanation')
	.replace('### Bagian', '### Part')
	.replace('lang="id"', 'lang="en"')
	.replace('claim="Catatan"', 'claim="Notes"')
	.replace("ids={['geron2022', 'he2015']}", 'ids={[\n  "geron2022",\n  "he2015",\n]}');

const version = (path: string, source: string) => ({ path, structure: pageStructure(source) });

describe('pageStructure', () => {
	test('reads sections, widgets with their settings, tables, formulas, code and references in order', () => {
		expect(skeleton(ID_PAGE)).toEqual([
			'a level-2 heading',
			'<ShortAnswer>',
			'a level-2 heading',
			'a level-3 heading',
			'a table of 2 rows × 2 columns (header included)',
			'a $$ formula',
			'<Calculator mode="gpu">',
			'a code block (python)',
			'<Correction>',
			"<References ids={['geron2022','he2015']}>",
		]);
	});

	test('keeps frontmatter keys, and the values of settings such as the sidebar order', () => {
		expect(pageStructure(ID_PAGE).frontmatter).toEqual(['title', 'sidebar', 'sidebar.order=2']);
	});

	test('ignores a heading or a table written inside a code block', () => {
		expect(skeleton('```md\n## Not a section\n| a |\n| - |\n```\n')).toEqual(['a code block (md)']);
	});
});

describe('compareStructures', () => {
	test('accepts two translations of the same page, whatever their wording and layout', () => {
		expect(
			compareStructures(version('id.mdx', ID_PAGE), version('en.mdx', EN_PAGE)),
		).toBeUndefined();
	});

	test('names the first difference with both files, lines and the section it is in', () => {
		const en = EN_PAGE.replace('mode="gpu"', 'mode="compare"');
		expect(compareStructures(version('id.mdx', ID_PAGE), version('en.mdx', en))).toBe(
			'item 7 differs (in “Penjelasan” / “Explanation”): id.mdx:31 has <Calculator mode="gpu">, ' +
				'but en.mdx:31 has <Calculator mode="compare">',
		);
	});

	test('reports a missing section, a different reference list and a missing table row', () => {
		const noSection = EN_PAGE.replace('### Part\n', '');
		expect(compareStructures(version('id', ID_PAGE), version('en', noSection))).toMatch(
			/^item 4 differs .*id:21 has a level-3 heading, but en:22 has a table/,
		);
		const refs = EN_PAGE.replace('"he2015",', '"he2016",');
		expect(compareStructures(version('id', ID_PAGE), version('en', refs))).toMatch(/he2016/);
		const row = EN_PAGE.replace('| 1 | 2 |', '| 1 | 2 |\n| 3 | 4 |');
		expect(compareStructures(version('id', ID_PAGE), version('en', row))).toMatch(/3 rows/);
	});

	test('reports a page that ends early', () => {
		const short = EN_PAGE.slice(0, EN_PAGE.indexOf('<References'));
		expect(compareStructures(version('id', ID_PAGE), version('en', short))).toMatch(
			/item 10 differs .*en has nothing more$/,
		);
	});

	test('reports a different sidebar order', () => {
		const order = EN_PAGE.replace('order: 2', 'order: 3');
		expect(compareStructures(version('id', ID_PAGE), version('en', order))).toMatch(
			/^frontmatter differs/,
		);
	});
});

describe('pairPages', () => {
	test('pairs X.mdx with en/X.mdx and lists the pages in one language only', () => {
		expect(pairPages(['index.mdx', 'en/index.mdx', 'ch1/a.mdx', 'en/ch1/b.mdx'])).toEqual({
			pairs: [{ id: 'index.mdx', en: 'en/index.mdx' }],
			onlyId: ['ch1/a.mdx'],
			onlyEn: ['en/ch1/b.mdx'],
		});
	});
});

const contentDir = new URL('../../../content/', import.meta.url);
const { pairs, onlyId, onlyEn } = pairPages(
	readContentPages(contentDir.pathname).map((p) => p.path),
);
const read = (path: string) => readFileSync(new URL(path, contentDir), 'utf8');

describe('the content', () => {
	test(`pages in one language only, shown in the other by Starlight’s fallback: ${[...onlyId, ...onlyEn].join(', ') || 'none'}`, () => {
		// Allowed, so this only lists them; each must still be a real page.
		for (const path of [...onlyId, ...onlyEn]) expect(read(path).length).toBeGreaterThan(0);
	});

	test('has pages in both languages to compare', () => {
		expect(pairs.length).toBeGreaterThan(0);
	});

	test.each(pairs)('$id has the same structure as its English version', ({ id, en }) => {
		const difference = compareStructures(
			version(`content/${id}`, read(id)),
			version(`content/${en}`, read(en)),
		);
		expect(difference).toBeUndefined();
	});
});
