/**
 * Every page has a meta description of its own, in its own language: search engines and link
 * previews show it, and Starlight would otherwise fall back to the site's one (Indonesian)
 * description on English pages too. Checked on the built HTML, against each page's frontmatter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import type { Lang } from '../src/lib/i18n/lang.ts';
import { BASE, ROOT, readBuilt, sitePages } from './site.ts';

/** Short words that occur in almost any sentence of one language and hardly ever in the other. */
const COMMON_WORDS: Record<Lang, ReadonlySet<string>> = {
	id: new Set([
		'dan',
		'yang',
		'untuk',
		'dengan',
		'dari',
		'di',
		'ke',
		'dalam',
		'sampai',
		'atau',
		'tiap',
		'masing-masing',
	]),
	en: new Set([
		'the',
		'and',
		'of',
		'to',
		'for',
		'with',
		'from',
		'in',
		'its',
		'each',
		'or',
		'how',
		'why',
	]),
};

const count = (text: string, lang: Lang) =>
	text
		.toLowerCase()
		.split(/[^\p{L}-]+/u)
		.filter((w) => COMMON_WORDS[lang].has(w)).length;

for (const page of sitePages()) {
	test(`${page.path} has a meta description of its own, in ${page.lang}`, () => {
		const { frontmatter } = parseFrontmatter(readFileSync(join(ROOT, page.source), 'utf8'));
		const own = String(frontmatter.description ?? '').trim();
		expect(own, `${page.source}: frontmatter description`).not.toBe('');

		const html = parse(readBuilt(`${page.path.slice(BASE.length)}index.html`));
		const meta = html.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		expect(meta).toBe(own);

		const other: Lang = page.lang === 'id' ? 'en' : 'id';
		expect(count(meta, page.lang), `"${meta}" reads as ${page.lang}`).toBeGreaterThan(
			count(meta, other),
		);
	});
}
