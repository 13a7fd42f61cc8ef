import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { withBase } from '../site/base-path.ts';

/**
 * The colours of Starlight's header, which a phone paints its status bar with: white in the light
 * theme, `--sl-color-gray-6` (hsl(224 14% 16%)) in the dark one.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#23262f' } as const;

/** The favicon's blue, the installed app's colour where only one can be given. */
export const BRAND_COLOR = '#3b4bd8';

/** The icons the build draws from `public/favicon.svg`, relative to the base path. */
export const ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** The words an installed app shows, in each language. */
const APP_TEXT: Record<Lang, { name: string; shortName: string; description: string }> = {
	id: {
		name: 'CNN Notes: Bab 14, Convolutional Neural Networks',
		shortName: 'CNN Notes',
		description:
			'Catatan belajar interaktif dua bahasa untuk Bab 14 (Convolutional Neural Networks) buku Hands-On Machine Learning; bisa dibaca luring.',
	},
	en: {
		name: 'CNN Notes: Chapter 14, Convolutional Neural Networks',
		shortName: 'CNN Notes',
		description:
			'Interactive bilingual study notes for Chapter 14 (Convolutional Neural Networks) of Hands-On Machine Learning; readable offline.',
	},
};

/** A language's home, under the base path: `/cnn-notes/` or `/cnn-notes/en/`. */
export function homeOf(lang: Lang, base: string): string {
	return withBase(base, lang === DEFAULT_LANG ? '' : `${lang}/`);
}

/** Where a language's manifest is published, under the base path. */
export function manifestPath(lang: Lang, base: string): string {
	return `${homeOf(lang, base)}manifest.webmanifest`;
}

/**
 * The web app manifest of one language, which is what makes a phone offer "Install". Each
 * language is an app of its own that opens on its own home page, while the scope is the whole
 * site, so a link to the other language stays inside the installed app. Paths are absolute under
 * the base path, because GitHub Pages serves the site from `/REPO/`.
 */
export function webManifest(lang: Lang, base: string): Record<string, unknown> {
	const text = APP_TEXT[lang];
	return {
		id: homeOf(lang, base),
		name: text.name,
		short_name: text.shortName,
		description: text.description,
		lang,
		dir: 'ltr',
		start_url: homeOf(lang, base),
		scope: withBase(base, ''),
		display: 'standalone',
		background_color: THEME_COLORS.light,
		theme_color: BRAND_COLOR,
		icons: ICONS.map((icon) => ({
			src: withBase(base, icon.file),
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}
