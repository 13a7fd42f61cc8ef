import type { Element, Root } from 'hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { locate } from '../site/content-paths.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The language of a page, read from its path under `content/` (`en/…` is English). */
export function pageLang(path: string | undefined): Lang {
	const match = /(?:^|\/)content\/(.+)$/.exec((path ?? '').replaceAll('\\', '/'));
	return match?.[1] ? locate(match[1]).lang : DEFAULT_LANG;
}

/**
 * The text a reader hears for an element, whitespace collapsed. What assistive technology skips
 * is skipped too: `aria-hidden` subtrees (KaTeX's drawn copy) and TeX annotations.
 */
export function spokenText(node: Element): string {
	let text = '';
	visit(node, (child) => {
		if (child.type === 'text') text += child.value;
		if (child.type !== 'element') return CONTINUE;
		const silent = String(child.properties.ariaHidden) === 'true' || child.tagName === 'annotation';
		return silent ? SKIP : CONTINUE;
	});
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Walks a page in document order and calls `name` for every element `pick` selects, with the text
 * of the nearest heading before it (or '' before the first), and labels what it returns. Two
 * regions (landmarks) with the same name cannot be told apart in a screen reader's list of them
 * (axe's `landmark-unique`), so a name already given on the page is numbered: "Shifts (2)". The
 * selected elements' contents are not walked.
 */
export function nameRegions(
	tree: Root,
	pick: (el: Element) => boolean,
	name: (el: Element, heading: string) => { target: Element; base: string },
): void {
	const uses = new Map<string, number>();
	let heading = '';
	visit(tree, 'element', (el) => {
		if (HEADINGS.has(el.tagName)) {
			heading = spokenText(el);
			return SKIP;
		}
		if (!pick(el)) return;
		const { target, base } = name(el, heading);
		const count = (uses.get(base) ?? 0) + 1;
		uses.set(base, count);
		target.properties.ariaLabel = count === 1 ? base : `${base} (${count})`;
		return SKIP;
	});
}
