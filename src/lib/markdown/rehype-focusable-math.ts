import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
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
		visit(tree, 'element', (el) => {
			if (!hasClass(el, 'katex-display')) return;
			el.properties.tabIndex = 0;
			// The formula inside is one scroll box; nothing in it needs a stop of its own.
			return SKIP;
		});
	};
}
