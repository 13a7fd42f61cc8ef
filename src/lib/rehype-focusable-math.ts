import type { Element, Root, RootContent } from 'hast';
import { addClass, hasClass } from './hast-class.ts';

/** The class display formulas carry, as KaTeX's HTML output names them. */
export const DISPLAY_MATH_CLASS = 'katex-display';

/**
 * A rehype plugin, run after KaTeX, that makes each display formula keyboard-focusable. A long
 * formula scrolls sideways inside its own box rather than widening the page (see
 * `src/styles/math.css`); a region that scrolls must be reachable without a mouse, the same
 * reason Expressive Code gives its `<pre>` blocks `tabindex="0"`. The formula's MathML gives the
 * focused region its spoken content.
 *
 * KaTeX's MathML-only output wraps a display formula in the same `<span class="katex">` as an
 * inline one, with `display="block"` on the `<math>`; the plugin adds {@link DISPLAY_MATH_CLASS}
 * so that the stylesheet can give it its box.
 */
export default function rehypeFocusableMath() {
	return (tree: Root) => {
		const visit = (node: Root | RootContent) => {
			if (node.type === 'element' && isDisplayMath(node)) {
				if (!hasClass(node, DISPLAY_MATH_CLASS)) addClass(node, DISPLAY_MATH_CLASS);
				node.properties.tabIndex = 0;
				return;
			}
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
	};
}

function isDisplayMath(el: Element): boolean {
	if (hasClass(el, DISPLAY_MATH_CLASS)) return true;
	return (
		hasClass(el, 'katex') &&
		el.children.some(
			(child) =>
				child.type === 'element' &&
				child.tagName === 'math' &&
				child.properties.display === 'block',
		)
	);
}
