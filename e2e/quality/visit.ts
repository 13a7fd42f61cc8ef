import { expect, type Page } from '@playwright/test';

/**
 * Opens a page and brings all of it into view, so that every `client:visible` widget hydrates,
 * then waits until each island has hydrated (Astro drops the `ssr` attribute when it does). The
 * gates check the page a reader ends up with, not just its first screen.
 */
export async function visitFully(page: Page, path: string): Promise<void> {
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	expect(response?.status(), `${path} status`).toBeLessThan(400);
	await scrollThrough(page);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });
	await page.waitForLoadState('networkidle');
}

/** Scrolls from top to bottom in half-screen steps, then back to the top. */
export async function scrollThrough(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((r) => setTimeout(r, 30));
		}
		window.scrollTo(0, 0);
	});
}
