import type { GlossaryEntry } from './glossary.ts';
import type { Lang } from '../i18n/lang.ts';

/** One use of a glossary term found in a text: where it is, and which entry it names. */
export interface TermMatch {
	start: number;
	end: number;
	id: string;
}

/** Finds every use of a glossary term in a text, left to right, without overlaps. */
export type TermMatcher = (text: string) => TermMatch[];

/** Folds what matching ignores (case, runs of white space) so an alias and a use compare equal. */
export function foldAlias(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a matcher for one language's aliases. It matches whole words only, ignoring case, and
 * lets a line break stand for a space (MDX prose is wrapped). Longer aliases are tried first, so
 * "global average pooling" is one use of its own term and not a use of "pooling".
 *
 * A word boundary is any character that is not a letter, digit, underscore or, before the term,
 * a hyphen: Indonesian "ber-stride" (strided) is not a use of "stride", while "stride-nya" (its
 * stride) is.
 */
export function createTermMatcher(entries: readonly GlossaryEntry[], lang: Lang): TermMatcher {
	const owner = new Map<string, string>();
	for (const entry of entries) {
		for (const alias of entry.aliases[lang]) owner.set(foldAlias(alias), entry.id);
	}
	const aliases = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
	if (aliases.length === 0) return () => [];
	const alternatives = aliases.map((a) => a.split(' ').map(escape).join('\\s+')).join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');

	return (text) => {
		const found: TermMatch[] = [];
		for (const m of text.matchAll(pattern)) {
			const id = owner.get(foldAlias(m[0]));
			if (id !== undefined) found.push({ start: m.index, end: m.index + m[0].length, id });
		}
		return found;
	};
}
