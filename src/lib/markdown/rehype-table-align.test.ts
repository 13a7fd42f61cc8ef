import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeTableAlign from './rehype-table-align.ts';

const cell = (align?: string): Element => ({
	type: 'element',
	tagName: 'td',
	properties: align ? { align } : {},
	children: [],
});

test('table cells lose the obsolete align attribute and keep their alignment as a style', () => {
	const right = cell('right');
	const plain = cell();
	const tree: Root = {
		type: 'root',
		children: [{ type: 'element', tagName: 'tr', properties: {}, children: [right, plain] }],
	};
	rehypeTableAlign()(tree);
	expect(right.properties).toEqual({ style: 'text-align:right' });
	expect(plain.properties).toEqual({});
});
