import type { Root } from 'hast';
import type { Lang } from '../i18n/lang.ts';
import { hasClass } from './hast-class.ts';
import { nameRegions, pageLang } from './region-name.ts';

/** What a display formula's region is called, before the heading it sits under. */
const FORMULA: Record<Lang, string> = { id: 'Rumus', en: 'Formula' };

/**
 * A rehype plugin, run after KaTeX, that makes each display formula a focusable, named region. A
 * long formula scrolls sideways inside its own box rather than widening the page (see
 * `src/styles/katex.css`), and on a phone most of them do; a box that scrolls must be reachable
 * without a mouse (`tabindex="0"`, as Expressive Code gives its `<pre>` blocks), and a focusable
 * region needs a name: "Rumus: <heading>" / "Formula: <heading>", after the nearest heading before
 * it, numbered when repeated (see {@link nameRegions}). The MathML inside gives it its content.
 */
export default function rehypeFocusableMath() {
	return (tree: Root, file: { path?: string } = {}) => {
		const word = FORMULA[pageLang(file.path)];
		nameRegions(
			tree,
			(el) => hasClass(el, 'katex-display'),
			(el, heading) => {
				// A named <section> is a region landmark; KaTeX's CSS styles the class, not the tag.
				el.tagName = 'section';
				el.properties.tabIndex = 0;
				return { target: el, base: heading ? `${word}: ${heading}` : word };
			},
		);
	};
}
