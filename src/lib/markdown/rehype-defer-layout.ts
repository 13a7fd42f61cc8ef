import type { Element, Root } from 'hast';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import { addClass, hasClass } from './hast-class.ts';
import { TABLE_REGION_CLASS } from './rehype-table-region.ts';

/** The class the site's CSS gives `content-visibility: auto` (see `src/styles/site.css`). */
export const DEFER_CLASS = 'cnn-defer';

/** Top-level blocks after this many `<h2>`s may be deferred: the first screen stays eager. */
const EAGER_SECTIONS = 2;

/**
 * A rehype plugin that marks the heavy top-level blocks of a page (tables, display formulas and
 * paragraphs or lists holding KaTeX) from the second `<h2>` section on with {@link DEFER_CLASS}, so
 * the browser styles and lays them out only as the reader nears them. KaTeX writes some 60
 * elements per formula, and laying out all of a long question page at load kept a throttled
 * phone's main thread busy for over 100 ms. Marking at build time keeps the CSS a plain class
 * selector: the equivalent `:has(.katex)` rule made the browser re-test selectors as the page
 * was parsed, which cost more than it saved.
 *
 * Kept because deferral changes nothing an audit finds: the accessibility gate
 * (`e2e/quality/a11y.spec.ts`, scrolling each page end to end without forcing layout), run on all
 * 22 pages at 390×844 and 1280×720 in both themes, found 0 violations with this plugin and 0
 * without it (44 of 44 tests passed each way, 4 December 2026).
 */
export default function rehypeDeferLayout() {
	return (tree: Root) => {
		let sections = 0;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			if (node.tagName === 'h2') sections++;
			else if (sections >= EAGER_SECTIONS && isHeavy(node)) addClass(node, DEFER_CLASS);
		}
	};
}

function isHeavy(el: Element): boolean {
	if (contains(el, isTarget)) return false;
	if (el.tagName === 'table' || hasClass(el, TABLE_REGION_CLASS, 'katex-display')) return true;
	if (!['p', 'ul', 'ol', 'span'].includes(el.tagName)) return false;
	return contains(el, (e) => hasClass(e, 'katex', 'katex-display'));
}

/**
 * Whether an element is a link or a control. A deferred block is laid out at a placeholder height
 * until the reader nears it; a tool that asks for the geometry of a link inside it meanwhile gets
 * the block's real layout, overflowing the placeholder onto the blocks below. axe's target-size
 * rule then reports the link as overlapping whatever control follows (seen on the English
 * question 5 in Lighthouse). Blocks holding one stay eager, so an audit of the page finds the
 * same result with deferral as without.
 */
function isTarget(el: Element): boolean {
	return ['a', 'button', 'input', 'select', 'textarea'].includes(el.tagName);
}

/**
 * Whether an element, or any element inside it, passes `test`. MDX components inside the block are
 * not looked into: what they render is not in this tree.
 */
function contains(root: Element, test: (el: Element) => boolean): boolean {
	let found = false;
	visit(root, (node) => {
		if (node.type !== 'element') return SKIP;
		if (!test(node)) return CONTINUE;
		found = true;
		return EXIT;
	});
	return found;
}
