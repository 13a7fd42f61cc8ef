import { expect, type Locator, type Page } from '@playwright/test';
import { pathOf } from '../site.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';

/**
 * Steps shared by the end-to-end tests of the architecture explorer (question 6) and the
 * dense-to-convolution converter (question 7): opening a page with its island hydrated, and
 * checking in the browser that no two labels of a diagram overlap.
 */

export const LANGS: readonly Lang[] = ['id', 'en'];

export const SLUG = {
	explorer: 'ch14/06-architecture-innovations',
	converter: 'ch14/07-fully-convolutional-networks',
} as const;

/**
 * Opens a page, scrolls the widget (`selector`) into view so its `client:visible` island hydrates,
 * and waits until Astro has hydrated it (the island loses its `ssr` attribute).
 */
export async function openWidget(page: Page, lang: Lang, slug: string, selector: string) {
	await page.goto(pathOf(lang, slug), { waitUntil: 'networkidle' });
	const root = page.locator(selector).first();
	await root.scrollIntoViewIfNeeded();
	await expect(page.locator(`astro-island:has(${selector})`).first()).not.toHaveAttribute('ssr', {
		timeout: 10_000,
	});
	return root;
}

/** A label's box on screen. */
interface Rect {
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

/**
 * Every pair of `<text>` labels inside `svgs` whose on-screen boxes overlap by more than half a
 * pixel, plus every label that sticks out of the box (`rect`) drawn around it. Empty means the
 * diagram is legible: the measure is the browser's own, with the fonts it actually used.
 */
export async function overlappingLabels(svgs: Locator): Promise<string[]> {
	return svgs.evaluateAll((elements) => {
		const found: string[] = [];
		const slack = 0.5;
		for (const svg of elements) {
			const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim());
			const rects: Rect[] = texts.map((t) => {
				const r = t.getBoundingClientRect();
				return { text: t.textContent.trim(), x: r.x, y: r.y, w: r.width, h: r.height };
			});
			for (const [i, a] of rects.entries()) {
				for (const b of rects.slice(i + 1)) {
					const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
					const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
					// Glyph boxes include the font's line gap; lines 15 units apart may touch, not cross.
					if (dx > slack && dy > 2) found.push(`"${a.text}" overlaps "${b.text}"`);
				}
			}
			texts.forEach((t, i) => {
				const box = t.parentElement?.querySelector(':scope > rect:not(.dg-bar)');
				const a = rects[i];
				if (!box || !a || t.parentElement === svg) return;
				const r = box.getBoundingClientRect();
				if (a.x < r.x - slack || a.x + a.w > r.x + r.width + slack) {
					found.push(`"${a.text}" sticks out of its box`);
				}
			});
		}
		return found;
	});
}

/** Whether the page itself scrolls sideways (a diagram should scroll inside its own box). */
export async function pageScrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
