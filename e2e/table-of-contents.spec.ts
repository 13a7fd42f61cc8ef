import { expect, test, type Page } from '@playwright/test';
import { pathOf } from './site.ts';

/**
 * The table of contents (`src/components/TableOfContents.astro`, `MobileTableOfContents.astro`
 * and their scroll spy, `toc-scroll-spy.ts`): the link of the section being read is marked, and
 * the phone's "On this page" drop-down shows it, opens from the keyboard and closes the way
 * Starlight's does.
 */
const PAGE = 'ch14/06-architecture-innovations';

/** Scrolls the way a link to `#id` does: the heading lands under the header and the bar. */
async function scrollToHeading(page: Page, id: string): Promise<void> {
	await page.locator(`#${id}`).evaluate((heading) => {
		heading.scrollIntoView({ block: 'start' });
	});
}

test.describe('on a desktop screen', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('the link of the heading scrolled to, and no other, is marked as current', async ({
		page,
	}) => {
		await page.goto(pathOf('en', PAGE));
		const current = page.locator('site-toc a[aria-current="true"]');
		await expect(current).toHaveAttribute('href', '#_top');

		await scrollToHeading(page, 'code');
		await expect(current).toHaveAttribute('href', '#code');
		await expect(current).toHaveCount(1);

		// Back up to a sub-section: the mark follows, and leaves the section below.
		await scrollToHeading(page, 'resnet-2015');
		await expect(current).toHaveAttribute('href', '#resnet-2015');
		await expect(current).toHaveCount(1);
		await expect(page.locator('site-toc a[href="#code"]')).not.toHaveAttribute(
			'aria-current',
			/.*/,
		);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the "On this page" bar shows the section being read', async ({ page }) => {
		await page.goto(pathOf('id', PAGE));
		const shown = page.locator('#starlight__mobile-toc .display-current');
		await expect(shown).toHaveText('Ringkasan');
		await scrollToHeading(page, 'kode');
		await expect(shown).toHaveText('Kode');
		await scrollToHeading(page, 'alexnet-2012');
		await expect(shown).toHaveText('AlexNet (2012)');
	});

	test('a link in the open drop-down closes it and scrolls to its section', async ({ page }) => {
		await page.goto(pathOf('en', PAGE));
		const details = page.locator('#starlight__mobile-toc');
		await page.locator('#starlight__on-this-page--mobile').click();
		await expect(details).toHaveAttribute('open', '');

		await details.locator('a[href="#self-check"]').click();
		await expect(details).not.toHaveAttribute('open', /.*/);
		await expect(page).toHaveURL(/#self-check$/);
		const top = await page.locator('#self-check').evaluate((h) => h.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
		await expect(details.locator('.display-current')).toHaveText('Self-check');
	});

	test('the drop-down closes on a click outside it and on Escape, which returns focus', async ({
		page,
	}) => {
		await page.goto(pathOf('en', PAGE));
		const details = page.locator('#starlight__mobile-toc');
		const summary = page.locator('#starlight__on-this-page--mobile');

		await summary.click();
		await expect(details).toHaveAttribute('open', '');
		// Below the drop-down, in the page's left margin: a click on nothing in particular.
		await page.mouse.click(4, 830);
		await expect(details).not.toHaveAttribute('open', /.*/);

		await summary.click();
		await details.locator('a').first().focus();
		await page.keyboard.press('Escape');
		await expect(details).not.toHaveAttribute('open', /.*/);
		await expect(summary).toBeFocused();
	});

	test('the keyboard opens and closes the drop-down with Enter and Space', async ({ page }) => {
		await page.goto(pathOf('en', PAGE));
		const details = page.locator('#starlight__mobile-toc');
		const summary = page.locator('#starlight__on-this-page--mobile');
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(details).toHaveAttribute('open', '');
		await expect(details.locator('a[href="#code"]')).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(details).not.toHaveAttribute('open', /.*/);
		await page.keyboard.press('Space');
		await expect(details).toHaveAttribute('open', '');
	});
});
