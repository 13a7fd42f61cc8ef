import type { Element, Root, RootContent } from 'hast';
import { hasClass } from './hast-class.ts';

/**
 * A rehype plugin, run after KaTeX, that makes each display formula keyboard-focusable. A long
 * formula scrolls sideways inside its own box rather than widening the page (see
 * `src/styles/katex.css`); a region that scrolls must be reachable without a mouse, the same
 * reason Expressive Code gives its `<pre>` blocks `tabindex="0"`. The formula's MathML gives the
 * focused region its spoken content.
 */
export default function rehypeFocusableMath() {
	return (tree: Root) => {
		const visit = (node: Root | RootContent) => {
			if (node.type === 'element' && isDisplayMath(node)) {
				node.properties.tabIndex = 0;
				return;
			}
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
	};
}

function isDisplayMath(el: Element): boolean {
	return hasClass(el, 'katex-display');
}
