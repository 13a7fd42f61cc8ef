/**
 * Accessibility gate: zero axe violations on every page, in the light and the dark theme, with
 * Starlight's own tag set, after every widget has hydrated. Each page is loaded once and checked in
 * both themes: with Starlight's theme on "auto", switching the system colour scheme switches it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from '../site.ts';
import { visitFully } from './visit.ts';

const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const { path } of sitePages()) {
	test(`${path} has no axe violations in the light and dark themes`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await visitFully(page, path);
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			const report = violations.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
			);
			expect(report, `${path} [${theme}]`).toEqual([]);
		}
	});
}
