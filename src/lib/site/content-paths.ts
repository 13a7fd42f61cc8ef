import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang.ts';
import { isOneOf } from '../one-of.ts';

/**
 * Splits a content path into its language and its language-independent slug, the way Starlight
 * routes a `glob()` collection: a leading `en/` is the English locale, anything else is the root
 * (Indonesian) locale, and `index` names its folder.
 */
export function locate(path: string): { lang: Lang; slug: string } {
	const parts = path.replace(/\.(mdx?|markdoc)$/, '').split('/');
	const first = parts[0] ?? '';
	const lang: Lang = first !== DEFAULT_LANG && isOneOf(first, LANGS) ? first : DEFAULT_LANG;
	if (lang !== DEFAULT_LANG) parts.shift();
	if (parts.at(-1) === 'index') parts.pop();
	return { lang, slug: parts.join('/') };
}

/** A chapter folder is `ch` followed by its number, e.g. `ch14`; its number orders the chapters. */
export function chapterNumber(slug: string): number | undefined {
	const match = /^ch(\d+)(?:\/|$)/.exec(slug);
	return match ? Number(match[1]) : undefined;
}
