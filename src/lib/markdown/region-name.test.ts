import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { nameRegions, pageLang, spokenText } from './region-name.ts';
import { h, text } from './hast-testing.ts';

describe('nameRegions', () => {
	test('names each picked element after the heading before it, numbering repeats', () => {
		const boxes = [h('figure'), h('figure'), h('figure'), h('figure')];
		const [a, b, c, d] = boxes as [Element, Element, Element, Element];
		const tree: Root = {
			type: 'root',
			children: [a, h('h2', [text('One')]), b, h('p', [c]), h('h3', [text('One')]), d],
		};
		nameRegions(
			tree,
			(el) => el.tagName === 'figure',
			(el, heading) => ({ target: el, base: heading || 'Start' }),
		);
		expect(boxes.map((x) => x.properties.ariaLabel)).toEqual([
			'Start',
			'One',
			'One (2)',
			'One (3)',
		]);
	});
});

describe('spokenText', () => {
	test('reads a formula once, from its MathML, without the TeX source or the drawn copy', () => {
		const katex = h('span', [
			h('math', [h('mi', [text('k')]), h('annotation', [text('k_{1}')])]),
			h('span', [text('k')], { ariaHidden: 'true' }),
		]);
		expect(spokenText(h('h3', [text('Kernel  '), katex]))).toBe('Kernel k');
	});
});

describe('pageLang', () => {
	test('reads the language from the content path, the default one outside content/', () => {
		expect(pageLang('/repo/content/en/glossary.mdx')).toBe('en');
		expect(pageLang('C:\\repo\\content\\ch14\\index.mdx')).toBe('id');
		expect(pageLang(undefined)).toBe('id');
	});
});
