import { expect, test } from 'vitest';
import type { GlossaryEntry } from './glossary.ts';
import { searchAliasElement, searchAliases, spellings } from './search-aliases.ts';

const lrn: GlossaryEntry = {
	id: 'lrn',
	term: { en: 'local response normalization (LRN)', id: 'normalisasi respons lokal (LRN)' },
	aliases: { en: ['local response normalization', 'LRN'], id: ['LRN'] },
	definition: { en: 'x.', id: 'x.' },
};
const dense: GlossaryEntry = {
	id: 'dense-layer',
	term: { en: 'dense (fully connected) layer', id: 'lapisan dense' },
	aliases: { en: ['dense layer', 'dense layers'], id: ['lapisan dense'] },
	definition: { en: 'x.', id: 'x.' },
};

test('a term is spelt by its aliases and its printed names in both languages, folded', () => {
	expect(spellings(lrn).sort()).toEqual([
		'local response normalization',
		'lrn',
		'normalisasi respons lokal',
	]);
});

test('a name with a part in parentheses gives the name without it and the part', () => {
	expect(spellings(dense).sort()).toEqual([
		'dense layer',
		'dense layers',
		'fully connected',
		'lapisan dense',
	]);
});

test('a passing mention adds only the spellings the page lacks', () => {
	const page = 'when would you want a local response normalization (lrn) layer?';
	expect(searchAliases(lrn, page)).toEqual(['normalisasi respons lokal']);
});

test('a passing mention leaves out a spelling that starts a longer one kept', () => {
	expect(searchAliases(dense, 'nothing here').sort()).toEqual([
		'dense layers',
		'fully connected',
		'lapisan dense',
	]);
});

test('a passing mention leaves out a longer form of a spelling the page has', () => {
	expect(searchAliases(dense, 'a dense layer').sort()).toEqual(['fully connected', 'lapisan dense']);
});

test('a subject of the page adds every spelling, so each counts at the subject’s weight', () => {
	const page = 'local response normalization (lrn)';
	expect(searchAliases(lrn, page, 'title')).toEqual(spellings(lrn));
});

test('the element is hidden from every reader and weighted only for a subject', () => {
	expect(searchAliasElement([])).toEqual([]);
	const [mention] = searchAliasElement(['peta fitur']);
	expect(mention).toMatchObject({ tagName: 'span', properties: { hidden: true } });
	const [title] = searchAliasElement(['fcn'], 'title');
	expect(title).toMatchObject({ properties: { hidden: true, dataPagefindWeight: '7' } });
});
