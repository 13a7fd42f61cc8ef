import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A rehype plugin that moves Markdown table alignment (`| ---: |`) from the obsolete `align`
 * attribute, which remark emits and HTML5 no longer defines, to a `text-align` style. The rendered
 * tables look the same, and the built HTML validates.
 */
export default function rehypeTableAlign() {
	return (tree: Root) => {
		// Every element, those inside MDX components (asides) included.
		visit(tree, 'element', fix);
	};
}

function fix(el: Element) {
	if ((el.tagName === 'td' || el.tagName === 'th') && typeof el.properties.align === 'string') {
		const align = el.properties.align;
		delete el.properties.align;
		const style = typeof el.properties.style === 'string' ? `${el.properties.style};` : '';
		el.properties.style = `${style}text-align:${align}`;
	}
}
