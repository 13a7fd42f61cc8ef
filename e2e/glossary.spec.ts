/**
 * The glossary pages and the links into them, checked on the built HTML: every term has its entry
 * in both languages, in alphabetical order, and each question page links the first use of a term
 * (and only the first) to the glossary of its own language.
 */
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { GLOSSARY, GLOSSARY_SLUG, sortedGlossary } from '../src/lib/content/glossary.ts';
import { LANGS } from '../src/lib/i18n/lang.ts';
import { GLOSSARY_LINK_CLASS } from '../src/lib/markdown/rehype-glossary-links.ts';
import { BASE, pathOf, QUESTION_SLUGS, readBuilt } from './site.ts';

const htmlOf = (path: string) => parse(readBuilt(`${path.slice(BASE.length)}index.html`));

for (const lang of LANGS) {
	test(`the ${lang} glossary lists every term alphabetically, with both languages’ terms`, () => {
		const main = htmlOf(pathOf(lang, GLOSSARY_SLUG)).querySelector('main');
		const entries = main?.querySelectorAll('dl.glossary > div[id]') ?? [];
		expect(entries.map((e) => e.id)).toEqual(sortedGlossary(lang).map((e) => e.id));
		for (const entry of GLOSSARY) {
			const el = main?.querySelector(`[id="${entry.id}"]`);
			const term = el?.querySelector('dt')?.text ?? '';
			expect(el?.querySelector('dfn')?.text, entry.id).toBe(entry.term[lang]);
			for (const l of LANGS) expect(term, entry.id).toContain(entry.term[l]);
			expect(el?.querySelector('dd')?.text, entry.id).toBe(entry.definition[lang]);
		}
	});

	test(`${lang} question pages link each term’s first use, once, to the ${lang} glossary`, () => {
		const ids = new Set(GLOSSARY.map((e) => e.id));
		for (const slug of QUESTION_SLUGS) {
			const main = htmlOf(pathOf(lang, slug)).querySelector('main');
			const links = main?.querySelectorAll(`a.${GLOSSARY_LINK_CLASS}`) ?? [];
			expect(links.length, slug).toBeGreaterThanOrEqual(8);
			const targets = links.map((a) => a.getAttribute('href') ?? '');
			for (const href of targets) {
				const [path, id = ''] = href.split('#');
				expect(path, `${slug}: ${href}`).toBe(pathOf(lang, GLOSSARY_SLUG));
				expect(ids.has(id), `${slug}: ${href}`).toBe(true);
			}
			expect(new Set(targets).size, `${slug}: a term linked twice`).toBe(targets.length);
			const misplaced = main?.querySelectorAll(
				[':is(h1, h2, h3, h4, table, [data-short-answer], .katex, code)', 'a'].join(' ') +
					`.${GLOSSARY_LINK_CLASS}`,
			);
			expect(misplaced?.length ?? 0, `${slug}: glossary links outside running prose`).toBe(0);
		}
	});
}
