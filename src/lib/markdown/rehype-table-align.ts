import type { Element, Root, RootContent } from 'hast';

/**
 * A rehype plugin that moves Markdown table alignment (`| ---: |`) from the obsolete `align`
 * attribute, which remark emits and HTML5 no longer defines, to a `text-align` style. The rendered
 * tables look the same, and the built HTML validates.
 */
export default function rehypeTableAlign() {
	return (tree: Root) => {
		const visit = (node: Root | RootContent) => {
			if (node.type === 'element') {
				fix(node);
			}
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
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
