import { expect, type Locator, type Page } from '@playwright/test';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';
import { modeStrings } from '../../src/widgets/Calculator/strings.ts';
import { pathOf } from '../site.ts';

/**
 * Shared steps of the calculator's end-to-end tests: opening a page with the widget hydrated,
 * the strings and number formats of each language (taken from the widget's own tables, so the
 * tests follow any rewording), and reading the figures the widget shows.
 */

export const SLUGS = {
	compare: 'ch14/01-cnn-vs-dense',
	full: 'ch14/02-parameters-and-memory',
	gpu: 'ch14/03-out-of-gpu-memory',
} as const;

/** The strings each mode shows in a language. */
export const text = (lang: Lang) => modeStrings(lang);

/** A count as the page writes it: `903,400` or `903.400`. */
export const num = (value: number, lang: Lang) => formatNumber(value, lang);

/** Megabytes as the widget writes them, e.g. `565.6 MB` (with a no-break space). */
export const megabytes = (bytes: number, lang: Lang) =>
	`${formatNumber(bytes / 1e6, lang, { maximumFractionDigits: bytes < 1e7 ? 2 : 1 })}\u00a0MB`;

/** The widget root of a mode. */
export function widget(page: Page, mode: 'full' | 'compare' | 'gpu'): Locator {
	return page.locator(`[data-calc="${mode}"]`);
}

/**
 * Opens a page (with an optional query string), scrolls the widget into view so its
 * `client:visible` island hydrates, and waits until it has.
 */
export async function openCalculator(
	page: Page,
	lang: Lang,
	mode: 'full' | 'compare' | 'gpu',
	query = '',
): Promise<Locator> {
	await page.goto(`${pathOf(lang, SLUGS[mode])}${query}`);
	const root = widget(page, mode);
	await root.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	// Everything loaded: a later navigation in the same test then aborts no request.
	await page.waitForLoadState('networkidle');
	return root;
}

/** Types into a field the way a reader does: select everything, type, and leave it focused. */
export async function typeInto(field: Locator, value: string): Promise<void> {
	await field.click();
	await field.press('ControlOrMeta+a');
	if (value === '') await field.press('Backspace');
	else await field.pressSequentially(value);
}
