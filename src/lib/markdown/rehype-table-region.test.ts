import type { Element, Root, RootContent } from 'hast';
import { describe, expect, test } from 'vitest';
import rehypeTableRegion, { TABLE_REGION_CLASS } from './rehype-table-region.ts';
import { h, text } from './hast-testing.ts';

const table = (caption?: string) =>
	h('table', [
		...(caption ? [h('caption', [text(caption)])] : []),
		h('tr', [h('td', [text('1')])]),
	]);

function run(children: RootContent[], path = '/repo/content/en/ch14/01-x.mdx'): Root {
	const tree: Root = { type: 'root', children };
	rehypeTableRegion()(tree, { path });
	return tree;
}

/** The regions the plugin made, in document order. */
function regions(tree: Root): Element[] {
	const found: Element[] = [];
	const walk = (node: Root | RootContent) => {
		if (node.type === 'element' && node.properties.className?.toString() === TABLE_REGION_CLASS)
			found.push(node);
		if ('children' in node) node.children.forEach(walk);
	};
	walk(tree);
	return found;
}

describe('rehypeTableRegion', () => {
	test('wraps a table in a focusable region that keeps the table inside it', () => {
		const t = table();
		const rows = t.children;
		const tree = run([h('h2', [text('Cost')]), t]);
		const [region] = regions(tree);
		expect(tree.children[1]).toBe(region);
		expect(region?.tagName).toBe('section');
		expect(region?.properties).toMatchObject({ tabIndex: 0, ariaLabel: 'Cost' });
		const inner = region?.children[0] as Element;
		expect(region?.children).toHaveLength(1);
		expect(inner.tagName).toBe('table');
		expect(inner.properties).toEqual({});
		expect(inner.children).toBe(rows);
	});

	test('names a table by its caption before any heading', () => {
		const tree = run([h('h2', [text('Cost')]), table('Parameters per layer')]);
		expect(regions(tree).map((r) => r.properties.ariaLabel)).toEqual(['Parameters per layer']);
	});

	test('names a table by the nearest heading before it, at any depth', () => {
		const tree = run([
			h('h2', [text('Explanation')]),
			h('h3', [text('Less '), h('em', [text('computation')])]),
			table(),
			h('h3', [text('Shifts')]),
			table(),
		]);
		expect(regions(tree).map((r) => r.properties.ariaLabel)).toEqual([
			'Less computation',
			'Shifts',
		]);
	});

	test('numbers repeated names, so that no two regions on a page share one', () => {
		const tree = run([h('h3', [text('Shifts')]), table(), table(), table()]);
		expect(regions(tree).map((r) => r.properties.ariaLabel)).toEqual([
			'Shifts',
			'Shifts (2)',
			'Shifts (3)',
		]);
	});

	test('falls back to the word for a table in the page’s language', () => {
		expect(run([table()]).children.map((r) => (r as Element).properties.ariaLabel)).toEqual([
			'Table',
		]);
		const id = run([table()], '/repo/content/ch14/01-x.mdx');
		expect((id.children[0] as Element).properties.ariaLabel).toBe('Tabel');
	});

	test('wraps tables inside MDX components (asides) too', () => {
		const aside = {
			type: 'mdxJsxFlowElement',
			name: 'Correction',
			attributes: [],
			children: [table()],
		} as unknown as RootContent;
		const tree = run([h('h2', [text('Correction')]), aside]);
		expect(regions(tree).map((r) => r.properties.ariaLabel)).toEqual(['Correction']);
	});
});
