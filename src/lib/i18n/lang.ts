import { isOneOf } from '../one-of.ts';

/**
 * The site's two languages. Indonesian is the default locale (served at the root) because the
 * author's notes are mostly Indonesian; English lives under `/en/`.
 */
export const LANGS = ['id', 'en'] as const;

/** A language code the site publishes in; every user-facing string exists in each of them. */
export type Lang = (typeof LANGS)[number];

/** The default locale, kept in one place so routing, content and widgets cannot disagree on it. */
export const DEFAULT_LANG: Lang = 'id';

/** BCP 47 tags for `Intl`, so that numbers read the way each audience writes them. */
export const LOCALE_TAGS: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/**
 * Narrows an arbitrary string (a `lang` attribute, `Astro.currentLocale`, a URL segment) to a
 * site language, falling back to the default so a caller never has to handle `undefined`.
 */
export function toLang(value: string | undefined | null): Lang {
	const base = (value ?? '').toLowerCase().split('-')[0];
	return isOneOf(base, LANGS) ? base : DEFAULT_LANG;
}
