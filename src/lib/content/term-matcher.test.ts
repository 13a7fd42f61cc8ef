import { expect, test } from 'vitest';
import type { GlossaryEntry } from './glossary.ts';
import { createTermMatcher } from './term-matcher.ts';

const entry = (id: string, en: string[], idAliases: string[] = en): GlossaryEntry => ({
	id,
	term: { en: en[0] ?? id, id: idAliases[0] ?? id },
	aliases: { en, id: idAliases },
	definition: { en: 'x.', id: 'x.' },
});

const entries = [
	entry('pooling', ['pooling']),
	entry('global-pooling', ['global average pooling'], ['pooling rata-rata global']),
	entry('average-pooling', ['average pooling'], ['pooling rata-rata']),
	entry('feature-map', ['feature map', 'feature maps'], ['peta fitur']),
	entry('stride', ['stride', 'strides'], ['stride']),
	entry('conv-1x1', ['1×1 convolution'], ['konvolusi 1×1']),
	entry('convolution', ['convolution'], ['konvolusi']),
];

const ids = (lang: 'en' | 'id', text: string) =>
	createTermMatcher(entries, lang)(text).map((m) => [m.id, text.slice(m.start, m.end)]);

test('prefers the longest alias, so a compound term is not read as its last word', () => {
	expect(ids('en', 'a global average pooling layer')).toEqual([
		['global-pooling', 'global average pooling'],
	]);
	expect(ids('id', 'pooling rata-rata global dan pooling rata-rata')).toEqual([
		['global-pooling', 'pooling rata-rata global'],
		['average-pooling', 'pooling rata-rata'],
	]);
	expect(ids('en', 'a 1×1 convolution, then a convolution')).toEqual([
		['conv-1x1', '1×1 convolution'],
		['convolution', 'convolution'],
	]);
});

test('ignores case and lets a line break stand for a space', () => {
	expect(ids('en', 'Feature\nMaps grow')).toEqual([['feature-map', 'Feature\nMaps']]);
});

test('matches whole words only', () => {
	expect(ids('en', 'stridency and poolings')).toEqual([]);
	expect(ids('en', 'two strides.')).toEqual([['stride', 'strides']]);
});

test('reads Indonesian “stride-nya” as the term but not “ber-stride”', () => {
	expect(ids('id', 'konvolusi ber-stride')).toEqual([['convolution', 'konvolusi']]);
	expect(ids('id', 'stride-nya 2')).toEqual([['stride', 'stride']]);
});

test('uses only the aliases of the language asked for', () => {
	expect(ids('id', 'feature map')).toEqual([]);
	expect(ids('id', 'peta fitur')).toEqual([['feature-map', 'peta fitur']]);
});
