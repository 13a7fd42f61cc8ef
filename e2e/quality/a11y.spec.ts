/**
 * Accessibility gate: zero axe violations on every page, at a phone width and at a desktop width,
 * in the light and the dark theme, with Starlight's own tag set, after every widget has hydrated.
 *
 * axe runs on the page a reader has scrolled through: `visitFully` scrolls it end to end at that
 * width (hydrating `client:visible` widgets and laying out each block), then every block is laid
 * out at once (see `layOutEverything`) so that axe measures real boxes, not the placeholders of
 * blocks the browser has taken out of layout because they are off screen. Each page is loaded
 * once per width and checked in both themes: with Starlight's theme on "auto", switching the
 * system colour scheme switches it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { printPages, sitePages } from '../site.ts';
import { visitFully } from './visit.ts';

const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A phone in portrait (where tables and formulas overflow their column) and a laptop. */
const WIDTHS = [
	{ name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
	{ name: 'desktop', viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false },
] as const;

/**
 * Lays out every block of the page, whether or not it is near the viewport: a block with
 * `content-visibility: auto` off screen keeps only its remembered size, so whether it overflows
 * would depend on where the page happens to be scrolled. A stylesheet added for the audit makes
 * all content visible; the page stays where the scroll left it (at its end).
 */
async function layOutEverything(page: Page): Promise<void> {
	await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
	await page.evaluate(
		() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
	);
}

for (const width of WIDTHS) {
	test.describe(`${width.name} (${width.viewport.width}×${width.viewport.height})`, () => {
		test.use({ viewport: width.viewport, isMobile: width.isMobile, hasTouch: width.hasTouch });

		for (const { path } of [...sitePages(), ...printPages()]) {
			test(`${path} has no axe violations at ${width.name} width, light and dark`, async ({
				page,
			}) => {
				await page.emulateMedia({ colorScheme: 'light' });
				await visitFully(page, path);
				await layOutEverything(page);
				const report: string[] = [];
				for (const theme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme: theme });
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
					for (const v of violations) {
						const where = v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n');
						report.push(
							`${path} @ ${width.name} ${width.viewport.width}px [${theme}] ${v.id} (${v.impact}): ${v.help}\n${where}`,
						);
					}
				}
				expect(report, `${path} @ ${width.name} width`).toEqual([]);
			});
		}
	});
}
