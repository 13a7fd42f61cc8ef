import { describe, expect, test } from 'vitest';
import type { Element } from 'hast';
import { addClass, hasClass } from './hast-class.ts';

const el = (className?: string[]): Element => ({
	type: 'element',
	tagName: 'span',
	properties: className ? { className } : {},
	children: [],
});

describe('hasClass', () => {
	test('finds any of the given classes', () => {
		expect(hasClass(el(['a', 'katex']), 'katex')).toBe(true);
		expect(hasClass(el(['a']), 'b', 'a')).toBe(true);
	});

	test('is false for other classes and for an element without any', () => {
		expect(hasClass(el(['katex-display']), 'katex')).toBe(false);
		expect(hasClass(el(), 'katex')).toBe(false);
	});
});

describe('addClass', () => {
	test('appends to existing classes and creates the list when there is none', () => {
		const a = el(['wide']);
		addClass(a, 'x');
		expect(a.properties.className).toEqual(['wide', 'x']);
		const b = el();
		addClass(b, 'x');
		expect(b.properties.className).toEqual(['x']);
	});
});
