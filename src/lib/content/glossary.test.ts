import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { GLOSSARY, glossaryHref, isBorrowed, sortedGlossary } from './glossary.ts';
import { LANGS } from '../i18n/lang.ts';
import { foldAlias } from './term-matcher.ts';

describe('the glossary table', () => {
	test('has between 30 and 60 terms', () => {
		expect(GLOSSARY.length).toBeGreaterThanOrEqual(30);
		expect(GLOSSARY.length).toBeLessThanOrEqual(60);
	});

	test('gives every term a unique lowercase ASCII id that can serve as an anchor', () => {
		const ids = GLOSSARY.map((e) => e.id);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('fills every field in both languages', () => {
		for (const entry of GLOSSARY) {
			for (const lang of LANGS) {
				expect(entry.term[lang].trim(), `${entry.id}: term (${lang})`).not.toBe('');
				expect(entry.definition[lang].trim(), `${entry.id}: definition (${lang})`).not.toBe('');
				expect(entry.aliases[lang].length, `${entry.id}: aliases (${lang})`).toBeGreaterThan(0);
				for (const alias of entry.aliases[lang]) expect(alias.trim()).not.toBe('');
			}
		}
	});

	test('keeps each definition to one sentence-long line', () => {
		for (const entry of GLOSSARY) {
			for (const lang of LANGS) {
				const text = entry.definition[lang];
				expect(text, entry.id).not.toMatch(/\n/);
				expect(text.length, entry.id).toBeLessThanOrEqual(200);
				expect(text, entry.id).toMatch(/[.]$/);
			}
		}
	});

	test('never gives one alias to two terms, in either language', () => {
		const owner = new Map<string, string>();
		for (const entry of GLOSSARY) {
			for (const lang of LANGS) {
				for (const alias of entry.aliases[lang]) {
					const key = foldAlias(alias);
					const previous = owner.get(key);
					expect(
						previous === undefined || previous === entry.id,
						`"${alias}": ${previous} and ${entry.id}`,
					).toBe(true);
					owner.set(key, entry.id);
				}
			}
		}
	});

	test('lists no alias twice within a term and language', () => {
		for (const entry of GLOSSARY) {
			for (const lang of LANGS) {
				const folded = entry.aliases[lang].map(foldAlias);
				expect(new Set(folded).size, `${entry.id} (${lang})`).toBe(folded.length);
			}
		}
	});
});

describe('glossary helpers', () => {
	test('links to an entry under the base path, with the English glossary under /en/', () => {
		expect(glossaryHref('/cnn-notes/', 'id', 'feature-map')).toBe(
			'/cnn-notes/glossary/#feature-map',
		);
		expect(glossaryHref('/cnn-notes/', 'en', 'stride')).toBe('/cnn-notes/en/glossary/#stride');
		expect(glossaryHref('/', 'en', 'stride')).toBe('/en/glossary/#stride');
	});

	test('sorts the entries alphabetically by the term in the page’s language', () => {
		const id = sortedGlossary('id').map((e) => e.term.id);
		const en = sortedGlossary('en').map((e) => e.term.en);
		const collate = (lang: string) => (a: string, b: string) =>
			a.localeCompare(b, lang, { sensitivity: 'base', numeric: true });
		expect(id).toEqual([...id].sort(collate('id')));
		expect(en).toEqual([...en].sort(collate('en')));
		expect(en.indexOf('feature map')).toBeLessThan(en.indexOf('stride'));
		expect(id.indexOf('langkah')).toBeLessThan(id.indexOf('peta fitur'));
	});

	test('calls a term borrowed when Indonesian writes it as English does', () => {
		const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
		expect(isBorrowed(defined(byId.get('padding'), 'padding'))).toBe(true);
		expect(isBorrowed(defined(byId.get('feature-map'), 'feature map'))).toBe(false);
	});
});
