import { describe, expect, test } from 'vitest';
import { buildSidebar, type PageInfo } from './sidebar.ts';
import { chapterNumber, locate } from './content-paths.ts';

const page = (path: string, title: string, order?: number, hidden?: boolean): PageInfo => ({
	path,
	title,
	order,
	hidden,
});

describe('locate', () => {
	test('reads the language from the first folder and drops index', () => {
		expect(locate('ch14/01-cnn-vs-dense.mdx')).toEqual({
			lang: 'id',
			slug: 'ch14/01-cnn-vs-dense',
		});
		expect(locate('en/ch14/index.mdx')).toEqual({ lang: 'en', slug: 'ch14' });
		expect(locate('index.mdx')).toEqual({ lang: 'id', slug: '' });
		expect(locate('en/index.mdx')).toEqual({ lang: 'en', slug: '' });
	});

	test('gives chapter folders their number', () => {
		expect(chapterNumber('ch14/02-parameters-and-memory')).toBe(14);
		expect(chapterNumber('ch09')).toBe(9);
		expect(chapterNumber('glossary')).toBeUndefined();
	});
});

describe('buildSidebar', () => {
	const pages = [
		page('index.mdx', 'CNN Notes'),
		page('en/index.mdx', 'CNN Notes'),
		page('ch14/index.mdx', 'Bab 14 – CNN'),
		page('en/ch14/index.mdx', 'Chapter 14 – CNNs'),
		page('ch14/02-b.mdx', 'Soal 2', 2),
		page('ch14/01-a.mdx', 'Soal 1', 1),
		page('en/ch14/01-a.mdx', 'Question 1', 1),
		page('ch14/10-j.mdx', 'Soal 10', 10),
		page('ch15/index.mdx', 'Bab 15 – RNN'),
		page('ch15/01-x.mdx', 'RNN 1', 1),
		page('glosarium.mdx', 'Glosarium', 99),
		page('draft.mdx', 'Hidden', 1, true),
	];

	test('makes one group per chapter, labelled in both languages, overview first, pages by order', () => {
		const [ch14, ch15] = buildSidebar(pages);
		expect(ch14).toEqual({
			label: 'Bab 14 – CNN',
			translations: { en: 'Chapter 14 – CNNs' },
			items: [
				{ slug: 'ch14' },
				{ slug: 'ch14/01-a' },
				{ slug: 'ch14/02-b' },
				{ slug: 'ch14/10-j' },
			],
		});
		expect(ch15).toMatchObject({ label: 'Bab 15 – RNN', translations: {} });
	});

	test('orders chapters by number, not by name', () => {
		const sidebar = buildSidebar([
			page('ch9/index.mdx', 'Bab 9'),
			page('ch10/index.mdx', 'Bab 10'),
		]);
		expect(sidebar.map((g) => ('label' in g ? g.label : g.slug))).toEqual(['Bab 9', 'Bab 10']);
	});

	test('lists other top-level pages after the chapters, and leaves out the home page and hidden pages', () => {
		const sidebar = buildSidebar(pages);
		expect(sidebar.at(-1)).toEqual({ slug: 'glosarium' });
		expect(sidebar).toHaveLength(3);
	});

	test('lists a page that exists only in the default language', () => {
		const [ch14] = buildSidebar(pages);
		expect(ch14 && 'items' in ch14 ? ch14.items : []).toContainEqual({ slug: 'ch14/02-b' });
	});
});
