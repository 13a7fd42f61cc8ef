import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './hast-class.ts';

/**
 * The attribute Pagefind reads to leave an element's text out of its index; Starlight marks its
 * own chrome with it. It changes nothing for a reader or for assistive technology.
 */
export const PAGEFIND_IGNORE = 'data-pagefind-ignore';

/**
 * A rehype plugin, run after KaTeX, that keeps each formula's MathML copy out of the search index.
 * KaTeX writes every formula twice: as MathML for screen readers (with the TeX source in an
 * `<annotation encoding="application/x-tex">`, which tools and copy-as-TeX extensions read), and
 * as HTML that draws it. Pagefind indexed both, so raw `\frac` and `\cdot` reached search results
 * and every symbol counted twice. Marking the MathML copy keeps all of it in the page, for
 * whoever reads it, and out of search; the drawn copy stays indexed.
 */
export default function rehypeUnindexedMathml() {
	return (tree: Root) => {
		visit(tree, 'element', (el) => {
			if (!hasClass(el, 'katex-mathml')) return;
			el.properties[PAGEFIND_IGNORE] = true;
			return SKIP;
		});
	};
}
