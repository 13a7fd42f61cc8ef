import { describe, expect, test } from 'vitest';
import { chapterOutline, type OutlinePage } from './chapter-outline.ts';

const pages: OutlinePage[] = [
	{ lang: 'id', slug: 'ch14' },
	{ lang: 'id', slug: 'ch14/02-b' },
	{ lang: 'id', slug: 'ch14/01-a' },
	{ lang: 'id', slug: 'ch14/10-z', order: 1 },
	{ lang: 'en', slug: 'ch14' },
	{ lang: 'en', slug: 'ch14/01-a' },
	{ lang: 'id', slug: 'ch3/01-x' },
	{ lang: 'id', slug: 'glossary' },
	{ lang: 'id', slug: '' },
];

describe('chapterOutline', () => {
	test('orders chapters by number and pages by sidebar order, then slug', () => {
		const outline = chapterOutline(pages, 'id');
		expect(outline.map((c) => c.n)).toEqual([3, 14]);
		expect(outline[1]?.pages.map((p) => p.slug)).toEqual(['ch14/10-z', 'ch14/01-a', 'ch14/02-b']);
		expect(outline[1]?.overview?.slug).toBe('ch14');
		expect(outline[0]?.overview).toBeUndefined();
	});

	test('takes each page in the asked language, and the default language where it is missing', () => {
		const [, ch14] = chapterOutline(pages, 'en');
		expect(ch14?.overview?.lang).toBe('en');
		expect(ch14?.pages.map((p) => `${p.lang}:${p.slug}`)).toEqual([
			'id:ch14/10-z',
			'en:ch14/01-a',
			'id:ch14/02-b',
		]);
	});

	test('leaves out pages outside a chapter folder', () => {
		const slugs = chapterOutline(pages, 'id').flatMap((c) => c.pages.map((p) => p.slug));
		expect(slugs).not.toContain('glossary');
		expect(slugs).not.toContain('');
	});
});
