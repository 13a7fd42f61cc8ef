import { describe, expect, test } from 'vitest';
import { prefixIdRefs } from './print-ids.ts';

describe('prefixIdRefs', () => {
	test('prefixes every id of an id list', () => {
		expect(prefixIdRefs('aria-labelledby', 'a  b', 'p3-')).toBe('p3-a p3-b');
		expect(prefixIdRefs('for', 'kernel', 'p1-')).toBe('p1-kernel');
	});

	test('prefixes a link within the page, but not a link to another page', () => {
		expect(prefixIdRefs('href', '#jawaban-singkat', 'p2-')).toBe('#p2-jawaban-singkat');
		expect(prefixIdRefs('href', '/cnn-notes/glossary/#kernel', 'p2-')).toBe(
			'/cnn-notes/glossary/#kernel',
		);
		expect(prefixIdRefs('href', '#', 'p2-')).toBe('#');
	});

	test('prefixes SVG references, quoted or not, and leaves other values alone', () => {
		expect(prefixIdRefs('marker-end', 'url(#arrow)', 'p6-')).toBe('url(#p6-arrow)');
		expect(prefixIdRefs('style', "fill: url('#g1'); stroke: red", 'p6-')).toBe(
			"fill: url('#p6-g1'); stroke: red",
		);
		expect(prefixIdRefs('class', 'url-ish #not', 'p6-')).toBe('url-ish #not');
	});
});
