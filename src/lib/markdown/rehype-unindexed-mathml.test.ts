import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeUnindexedMathml, { PAGEFIND_IGNORE } from './rehype-unindexed-mathml.ts';

const h = (tagName: string, properties: Element['properties'], children: Element['children']) =>
	({ type: 'element', tagName, properties, children }) as Element;

/** A formula as KaTeX writes it: the MathML copy (TeX source included) and the drawn copy. */
function formula() {
	const tex = h('annotation', { encoding: 'application/x-tex' }, [{ type: 'text', value: 'k' }]);
	const mathml = h('span', { className: ['katex-mathml'] }, [
		h('math', {}, [h('semantics', {}, [h('mi', {}, [{ type: 'text', value: 'k' }]), tex])]),
	]);
	const drawn = h('span', { className: ['katex-html'], ariaHidden: 'true' }, []);
	return { tex, mathml, drawn, katex: h('span', { className: ['katex'] }, [mathml, drawn]) };
}

test('the MathML copy is left out of search and keeps its TeX source', () => {
	const { tex, mathml, drawn, katex } = formula();
	rehypeUnindexedMathml()({ type: 'root', children: [h('p', {}, [katex])] });
	expect(mathml.properties[PAGEFIND_IGNORE]).toBe(true);
	expect(mathml.children).toHaveLength(1);
	expect(tex.children).toEqual([{ type: 'text', value: 'k' }]);
	expect(drawn.properties[PAGEFIND_IGNORE]).toBeUndefined();
});

test('formulas inside MDX components are marked too', () => {
	const { mathml, katex } = formula();
	const aside = {
		type: 'mdxJsxFlowElement',
		name: 'Correction',
		attributes: [],
		children: [katex],
	};
	rehypeUnindexedMathml()({ type: 'root', children: [aside] } as unknown as Root);
	expect(mathml.properties[PAGEFIND_IGNORE]).toBe(true);
});
