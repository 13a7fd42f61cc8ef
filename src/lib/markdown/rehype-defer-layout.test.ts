import { describe, expect, test } from 'vitest';
import type { Element, ElementContent, Properties, Root } from 'hast';
import rehypeDeferLayout, { DEFER_CLASS } from './rehype-defer-layout.ts';
import { TABLE_REGION_CLASS } from './rehype-table-region.ts';

/** A tiny hyperscript: `h('p', { className: ['x'] }, [child])`, or `h('p', 'text')`. */
function h(
	tagName: string,
	props?: Properties | ElementContent[] | string,
	children?: ElementContent[] | string,
): Element {
	if (Array.isArray(props) || typeof props === 'string') return h(tagName, {}, props);
	const kids =
		typeof children === 'string' ? [{ type: 'text' as const, value: children }] : children;
	return { type: 'element', tagName, properties: props ?? {}, children: kids ?? [] };
}

const katex = () => h('span', { className: ['katex'] }, 'x');

function run(children: Element[]): Root {
	const tree: Root = { type: 'root', children };
	rehypeDeferLayout()(tree);
	return tree;
}

const deferred = (el: Element) =>
	Array.isArray(el.properties.className) && el.properties.className.includes(DEFER_CLASS);

describe('rehypeDeferLayout', () => {
	test('leaves the first section eager, however heavy', () => {
		const table = h('table');
		const para = h('p', [katex()]);
		run([h('h2', 'Short answer'), table, para]);
		expect(deferred(table)).toBe(false);
		expect(deferred(para)).toBe(false);
	});

	test('defers tables and formula-bearing blocks from the second section on', () => {
		const table = h('table');
		const para = h('p', [{ type: 'text', value: 'a ' }, h('em', [katex()])]);
		const display = h('span', { className: ['katex-display'] }, [katex()]);
		const list = h('ul', [h('li', [katex()])]);
		run([h('h2', 'A'), h('h2', 'B'), table, para, display, list]);
		expect([table, para, display, list].map(deferred)).toEqual([true, true, true, true]);
	});

	test('defers a table inside its scrolling region as a whole', () => {
		const region = h('section', { className: [TABLE_REGION_CLASS] }, [h('table')]);
		run([h('h2', 'A'), h('h2', 'B'), region]);
		expect(deferred(region)).toBe(true);
	});

	test('keeps plain prose and headings eager', () => {
		const para = h('p', 'no formulas here');
		const sub = h('h3', [katex()]);
		run([h('h2', 'A'), h('h2', 'B'), para, sub]);
		expect(deferred(para)).toBe(false);
		expect(deferred(sub)).toBe(false);
	});

	test('adds the class without dropping existing ones', () => {
		const table = h('table', { className: ['wide'] });
		run([h('h2', 'A'), h('h2', 'B'), table]);
		expect(table.properties.className).toEqual(['wide', DEFER_CLASS]);
	});

	test('keeps blocks with a link or a control eager, so audits see the same layout as readers', () => {
		const linked = h('p', [katex(), h('a', { href: '/glossary/#lrn' }, 'LRN')]);
		const table = h('table', [h('tr', [h('td', [h('input')])])]);
		const plain = h('p', [katex()]);
		run([h('h2', 'A'), h('h2', 'B'), linked, table, plain]);
		expect([linked, table, plain].map(deferred)).toEqual([false, false, true]);
	});
});
