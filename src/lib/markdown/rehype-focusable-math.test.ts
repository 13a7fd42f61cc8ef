import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeFocusableMath from './rehype-focusable-math.ts';

const el = (className: string[], children: Element[] = []): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className },
	children,
});

test('display formulas become focusable and inline formulas do not', () => {
	const display = el(['katex-display'], [el(['katex'])]);
	const inline = el(['katex']);
	const tree: Root = { type: 'root', children: [display, inline] };
	rehypeFocusableMath()(tree);
	expect(display.properties.tabIndex).toBe(0);
	expect(inline.properties.tabIndex).toBeUndefined();
	expect((display.children[0] as Element).properties.tabIndex).toBeUndefined();
});
