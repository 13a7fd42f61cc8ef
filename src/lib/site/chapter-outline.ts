import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { chapterNumber } from './content-paths.ts';

/** A page as the outline needs it: where it is, in which language, and its sidebar order. */
export interface OutlinePage {
	lang: Lang;
	slug: string;
	order?: number | undefined;
}

/** One chapter: its overview page (the folder's `index`) and its pages in reading order. */
export interface ChapterOutline<P extends OutlinePage> {
	n: number;
	overview: P | undefined;
	pages: P[];
}

/**
 * The chapters and their pages in reading order, in one language: the chapter overview, then its
 * pages by sidebar order and slug (`01-…` before `02-…`). A page not yet translated appears in the
 * default language, as Starlight's fallback serves it. The chapter overview, the home page and the
 * printable chapter all read the chapter from here, so they list the same pages in the same order
 * as the sidebar.
 */
export function chapterOutline<P extends OutlinePage>(
	all: readonly P[],
	lang: Lang,
): ChapterOutline<P>[] {
	const pick = (slug: string) =>
		all.find((p) => p.slug === slug && p.lang === lang) ??
		all.find((p) => p.slug === slug && p.lang === DEFAULT_LANG);
	const primary = all.filter((p) => p.lang === DEFAULT_LANG);
	const numbers = [
		...new Set(primary.map((p) => chapterNumber(p.slug)).filter((n) => n !== undefined)),
	].sort((a, b) => a - b);
	return numbers.map((n) => {
		const inChapter = primary.filter((p) => chapterNumber(p.slug) === n);
		const folder = inChapter.find((p) => !p.slug.includes('/'));
		const pages = inChapter
			.filter((p) => p.slug.includes('/'))
			.map((p) => pick(p.slug) ?? p)
			.sort(
				(a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug),
			);
		return { n, overview: folder ? (pick(folder.slug) ?? folder) : undefined, pages };
	});
}
