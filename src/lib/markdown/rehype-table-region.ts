import type { Element, Root } from 'hast';
import type { Lang } from '../i18n/lang.ts';
import { nameRegions, pageLang, spokenText } from './region-name.ts';

/** The class of the box that scrolls a table sideways (styled in `src/styles/site.css`). */
export const TABLE_REGION_CLASS = 'cnn-table';

/** The name of a table that has neither a caption nor a heading before it. */
const FALLBACK_NAME: Record<Lang, string> = { id: 'Tabel', en: 'Table' };

/** The text of the table's caption, or '' if it has none. */
function captionText(table: Element): string {
	const caption = table.children.find(
		(c): c is Element => c.type === 'element' && c.tagName === 'caption',
	);
	return caption ? spokenText(caption) : '';
}

/**
 * A rehype plugin that puts every content table in a box that scrolls sideways and can be reached
 * and scrolled from the keyboard: `<section class="cnn-table" tabindex="0" aria-label="…">`, a
 * named `<section>` being a region landmark, as the widgets' `ScrollRegion` is. On a phone most tables are wider than the column; a scrolling box that the
 * keyboard cannot reach hides their right-hand columns from anyone without a pointer (axe's
 * `scrollable-region-focusable`), and a focusable region needs a name, as Starlight's code blocks
 * and the widgets' `ScrollRegion` have. The name is the table's caption, else the text of the
 * nearest heading before it, else "Tabel"/"Table" in the page's language; a name repeated on the
 * page is numbered (see {@link nameRegions}).
 */
export default function rehypeTableRegion() {
	return (tree: Root, file: { path?: string } = {}) => {
		const fallback = FALLBACK_NAME[pageLang(file.path)];
		nameRegions(
			tree,
			(el) => el.tagName === 'table',
			(el, heading) => {
				const base = captionText(el) || heading || fallback;
				// The element becomes the box, in the table's place, and the table moves into it.
				const table: Element = { ...el };
				el.tagName = 'section';
				el.properties = { className: [TABLE_REGION_CLASS], tabIndex: 0 };
				el.children = [table];
				return { target: el, base };
			},
		);
	};
}
