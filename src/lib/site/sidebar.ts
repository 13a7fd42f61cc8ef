import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { chapterNumber, locate } from './content-paths.ts';

/**
 * What the sidebar needs to know about one content file. It is read from frontmatter by the
 * Node-side loader (`src/integrations/content-pages.ts`), which keeps this module free of `fs` so
 * that it can be unit-tested and reused by the notes importer.
 */
export interface PageInfo {
	/** Path relative to `content/`, with `/` separators, e.g. `en/ch14/01-cnn-vs-dense.mdx`. */
	path: string;
	title: string;
	/** `sidebar.order` from frontmatter; pages without one sort after those with one, by slug. */
	order?: number | undefined;
	/** `sidebar.hidden` from frontmatter. */
	hidden?: boolean | undefined;
}

/** A Starlight sidebar link to a docs entry; Starlight localises its label from the entry's own title. */
export interface SidebarSlugItem {
	slug: string;
}

/** A Starlight sidebar group, with its label in every language the site publishes. */
export interface SidebarGroup {
	label: string;
	translations: Record<string, string>;
	collapsed?: boolean;
	items: SidebarSlugItem[];
}

/** The shape Starlight's `sidebar` option accepts, restricted to what this site generates. */
export type SidebarItem = SidebarSlugItem | SidebarGroup;

interface Located {
	lang: Lang;
	/** Locale-independent slug, e.g. `ch14/01-cnn-vs-dense`, `ch14` for `ch14/index.mdx`. */
	slug: string;
	page: PageInfo;
}

function byOrderThenSlug(a: Located, b: Located): number {
	const oa = a.page.order ?? Number.POSITIVE_INFINITY;
	const ob = b.page.order ?? Number.POSITIVE_INFINITY;
	if (oa !== ob) return oa < ob ? -1 : 1;
	return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * Builds Starlight's sidebar from the content files themselves, because Starlight can only
 * autogenerate a sidebar from `src/content/docs/` and this site keeps its pages in `content/`.
 *
 * - Each chapter folder (`chNN/`) becomes a group, in chapter order. The group is labelled with
 *   the chapter overview's title (`chNN/index.mdx`) in each language; the overview comes first,
 *   then the pages by `sidebar.order`.
 * - Other top-level pages (a glossary, say) become links after the chapters. The home page is
 *   left out: the site title already links to it.
 * - The default-language files decide which pages exist; a page missing in another language is
 *   still listed there, and Starlight serves its fallback with a notice.
 *
 * Adding a page therefore needs no change to `astro.config.mjs`.
 */
export function buildSidebar(pages: readonly PageInfo[]): SidebarItem[] {
	const located: Located[] = pages
		.filter((page) => !page.hidden)
		.map((page) => ({ ...locate(page.path), page }));
	const primary = located.filter((p) => p.lang === DEFAULT_LANG);
	const translationsOf = (slug: string, pick: (p: PageInfo) => string) => {
		const translations: Record<string, string> = {};
		for (const p of located) {
			if (p.slug === slug && p.lang !== DEFAULT_LANG) translations[p.lang] = pick(p.page);
		}
		return translations;
	};

	const chapters = new Map<number, Located[]>();
	const loose: Located[] = [];
	for (const p of primary) {
		const n = chapterNumber(p.slug);
		if (n === undefined) {
			if (p.slug !== '') loose.push(p);
			continue;
		}
		const list = chapters.get(n) ?? [];
		list.push(p);
		chapters.set(n, list);
	}

	const groups: SidebarGroup[] = [...chapters.entries()]
		.sort(([a], [b]) => a - b)
		.map(([n, list]) => {
			const folder = `ch${String(n).padStart(2, '0')}`;
			const overview = list.find((p) => p.slug === folder || /^ch\d+$/.test(p.slug));
			const rest = list.filter((p) => p !== overview).sort(byOrderThenSlug);
			return {
				label: overview?.page.title ?? folder,
				translations: overview ? translationsOf(overview.slug, (pg) => pg.title) : {},
				items: [...(overview ? [overview] : []), ...rest].map((p) => ({ slug: p.slug })),
			};
		});

	return [...groups, ...loose.sort(byOrderThenSlug).map((p) => ({ slug: p.slug }))];
}
