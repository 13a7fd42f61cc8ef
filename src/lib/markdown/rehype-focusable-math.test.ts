import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeFocusableMath from './rehype-focusable-math.ts';

const el = (className: string[], children: Element[] = []): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className },
	children,
});
const heading = (value: string): Element => ({
	type: 'element',
	tagName: 'h3',
	properties: {},
	children: [{ type: 'text', value }],
});

test('display formulas become focusable regions and inline formulas do not', () => {
	const display = el(['katex-display'], [el(['katex'])]);
	const inline = el(['katex']);
	const tree: Root = { type: 'root', children: [display, inline] };
	rehypeFocusableMath()(tree, { path: '/repo/content/en/ch14/05-x.mdx' });
	expect(display.tagName).toBe('section');
	expect(display.properties).toMatchObject({ tabIndex: 0, ariaLabel: 'Formula' });
	expect(inline.properties.tabIndex).toBeUndefined();
	expect((display.children[0] as Element).properties.tabIndex).toBeUndefined();
});

test('a formula is named after its heading, in the page’s language, numbered when repeated', () => {
	const first = el(['katex-display']);
	const second = el(['katex-display']);
	const tree: Root = { type: 'root', children: [heading('Contoh perhitungan'), first, second] };
	rehypeFocusableMath()(tree, { path: '/repo/content/ch14/05-x.mdx' });
	expect([first, second].map((d) => d.properties.ariaLabel)).toEqual([
		'Rumus: Contoh perhitungan',
		'Rumus: Contoh perhitungan (2)',
	]);
});
