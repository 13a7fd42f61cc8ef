import type { Root, RootContent } from 'hast';

/**
 * A rehype plugin, run after KaTeX, that drops the TeX source KaTeX copies into each formula's
 * MathML (`<annotation encoding="application/x-tex">`). Nothing on the site reads it: screen
 * readers speak the MathML itself, and the site has no copy-as-TeX feature. It did harm: Pagefind
 * indexed it as page text, so raw `\frac` and `\cdot` reached search results, and on question 6 it
 * weighed 0.6 kB of the 30 kB HTML budget.
 */
export default function rehypeDropTexSource() {
	return (tree: Root) => {
		// Formulas also sit inside MDX components (asides, tables), whose nodes are not `element`s.
		const visit = (node: Root | RootContent) => {
			if (!('children' in node)) return;
			const parent = node as { children: RootContent[] };
			parent.children = parent.children.filter((child) => !isTexAnnotation(child));
			parent.children.forEach(visit);
		};
		visit(tree);
	};
}

function isTexAnnotation(node: RootContent): boolean {
	return (
		node.type === 'element' &&
		node.tagName === 'annotation' &&
		node.properties.encoding === 'application/x-tex'
	);
}
