import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeDropTexSource from './rehype-drop-tex-source.ts';

const h = (tagName: string, properties: Element['properties'], children: Element['children']) =>
	({ type: 'element', tagName, properties, children }) as Element;

test('the TeX annotation goes and the MathML it describes stays', () => {
	const mrow = h('mrow', {}, [h('mi', {}, [{ type: 'text', value: 'k' }])]);
	const tex = h('annotation', { encoding: 'application/x-tex' }, [{ type: 'text', value: 'k' }]);
	const semantics = h('semantics', {}, [mrow, tex]);
	const tree: Root = { type: 'root', children: [h('span', { className: ['katex'] }, [semantics])] };
	rehypeDropTexSource()(tree);
	expect(semantics.children).toEqual([mrow]);
});

test('annotations in other encodings are kept', () => {
	const other = h('annotation', { encoding: 'text/plain' }, [{ type: 'text', value: 'k' }]);
	const tree: Root = { type: 'root', children: [h('semantics', {}, [other])] };
	rehypeDropTexSource()(tree);
	expect((tree.children[0] as Element).children).toEqual([other]);
});

test('formulas inside MDX components lose their annotation too', () => {
	const tex = h('annotation', { encoding: 'application/x-tex' }, [{ type: 'text', value: 'x' }]);
	const semantics = h('semantics', {}, [tex]);
	const aside = {
		type: 'mdxJsxFlowElement',
		name: 'Correction',
		attributes: [],
		children: [semantics],
	};
	const tree = { type: 'root', children: [aside] } as unknown as Root;
	rehypeDropTexSource()(tree);
	expect(semantics.children).toEqual([]);
});
