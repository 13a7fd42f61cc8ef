import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeFocusableMath from './rehype-focusable-math.ts';

const el = (className: string[], children: Element[] = []): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className },
	children,
});

const math = (display?: 'block'): Element => ({
	type: 'element',
	tagName: 'math',
	properties: display ? { display } : {},
	children: [],
});

test('display formulas from KaTeX HTML output become focusable and inline formulas do not', () => {
	const display = el(['katex-display'], [el(['katex'])]);
	const inline = el(['katex']);
	const tree: Root = { type: 'root', children: [display, inline] };
	rehypeFocusableMath()(tree);
	expect(display.properties.tabIndex).toBe(0);
	expect(inline.properties.tabIndex).toBeUndefined();
	expect((display.children[0] as Element).properties.tabIndex).toBeUndefined();
});

test('a MathML-only display formula becomes focusable and gets the display class', () => {
	const display = el(['katex'], [math('block')]);
	const inline = el(['katex'], [math()]);
	const tree: Root = { type: 'root', children: [display, inline] };
	rehypeFocusableMath()(tree);
	expect(display.properties.tabIndex).toBe(0);
	expect(display.properties.className).toEqual(['katex', 'katex-display']);
	expect(inline.properties.tabIndex).toBeUndefined();
	expect(inline.properties.className).toEqual(['katex']);
});
