import type { ElementContent } from 'hast';
import type { GlossaryEntry } from './glossary.ts';
import { LANGS } from '../i18n/lang.ts';
import { foldAlias } from './term-matcher.ts';

/**
 * How much a spelling of a term counts in search, by where the page uses the term: in its title
 * (as much as Pagefind counts the title's own words, an `h1`), in its short answer or a heading
 * (as much as the short answer's own words), or only in passing (as any word of the text).
 */
export const SEARCH_WEIGHT = { title: 7, subject: 3, mention: 1 } as const;

/** Where a page uses a term, for {@link SEARCH_WEIGHT}. */
export type TermPlace = keyof typeof SEARCH_WEIGHT;

/**
 * Every spelling of a term in both languages: its aliases and its names as the glossary prints
 * them, with a parenthesised part ("jaringan saraf konvolusi (CNN)") counted as a spelling of its
 * own. Folded with {@link foldAlias}.
 */
export function spellings(entry: GlossaryEntry): string[] {
	const names = LANGS.flatMap((lang) => {
		const name = entry.term[lang];
		const inner = /\(([^)]*)\)/.exec(name)?.[1];
		return [...entry.aliases[lang], name.replace(/\([^)]*\)/, ' '), ...(inner ? [inner] : [])];
	});
	return [...new Set(names.map(foldAlias).filter(Boolean))];
}

/**
 * The spellings of a term, in both languages, to index on the page where it is first used, so
 * that a student who types the other language's word ("normalisasi respons lokal" for LRN,
 * "berbagi parameter" on the English site) finds the page that teaches it, not only the glossary.
 *
 * A passing mention gets only the spellings the page lacks, leaving out a plural or longer form
 * of a spelling the page has ("kernels" where it says "kernel"), to keep its HTML light; a subject of
 * the page gets them all, since they are then indexed at its {@link SEARCH_WEIGHT}. Either way a
 * spelling is left out when a longer one kept starts with it: Pagefind matches what a student
 * types as the start of an indexed word, so "ekuivariansi" is found by "ekuivarian".
 *
 * @param pageText the page's text, folded with {@link foldAlias}
 */
export function searchAliases(
	entry: GlossaryEntry,
	pageText: string,
	place: TermPlace = 'mention',
): string[] {
	const all = spellings(entry);
	if (place !== 'mention') return all;
	const onPage = all.filter((s) => pageText.includes(s));
	const wanted = all.filter((s) => !onPage.some((t) => s.startsWith(t)));
	return wanted.filter((s) => !wanted.some((longer) => longer !== s && longer.startsWith(s)));
}

/**
 * The element that makes Pagefind index a term's spellings, placed right after the term's first
 * use (weighted as the page's title or subject when the term is one), or nothing when there is
 * none to add. It is `hidden`: no reader sees it and no screen reader announces it, while
 * Pagefind, which reads the built HTML and not what the browser renders, indexes its text.
 */
export function searchAliasElement(
	aliases: readonly string[],
	place: TermPlace = 'mention',
): ElementContent[] {
	if (aliases.length === 0) return [];
	const weight = place === 'mention' ? {} : { dataPagefindWeight: String(SEARCH_WEIGHT[place]) };
	return [
		{
			type: 'element',
			tagName: 'span',
			properties: { hidden: true, ...weight },
			children: [{ type: 'text', value: ` (${aliases.join(', ')})` }],
		},
	];
}

/** The Pagefind metadata field that holds a page's subjects, weighted by `metaWeights` in the config. */
export const SUBJECTS_META = 'subjects';

/**
 * The element that gives Pagefind a page's subjects as metadata: every spelling, in both
 * languages, of each glossary term in the page's title, short answer or headings. Pagefind adds a
 * match in a metadata field to the page's score after ranking its text (`metaWeights`), so the page
 * that teaches a term comes first even when the student's word has a stem that every page uses:
 * Indonesian "berbagi" (sharing) is stemmed to "bagi", the stem of "bagian" (part) and "dibagi"
 * (divided), which carries no weight in the text of any page. The element is empty and hidden:
 * Pagefind reads the value from its attribute, where commas would separate fields, so the
 * spellings are joined with " / ".
 */
export function subjectsMetaElement(subjects: readonly string[]): ElementContent[] {
	if (subjects.length === 0) return [];
	const value = subjects.map((s) => s.replaceAll(',', ' ')).join(' / ');
	return [
		{
			type: 'element',
			tagName: 'span',
			properties: { hidden: true, dataPagefindMeta: `${SUBJECTS_META}:${value}` },
			children: [],
		},
	];
}
