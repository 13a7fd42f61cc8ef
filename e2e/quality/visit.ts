import { expect, type Page } from '@playwright/test';

/**
 * Opens a page and brings all of it into view, so that every `client:visible` widget hydrates and
 * every deferred block (`content-visibility: auto`) is laid out, then waits until each island has
 * hydrated (Astro drops the `ssr` attribute when it does). The gates check the page a reader ends
 * up with, not just its first screen. The page is left scrolled to its end.
 */
export async function visitFully(page: Page, path: string): Promise<void> {
	const response = await page.goto(path, { waitUntil: 'networkidle' });
	expect(response?.status(), `${path} status`).toBeLessThan(400);
	await scrollThrough(page);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });
	await page.waitForLoadState('networkidle');
}

/**
 * Scrolls from top to bottom in half-screen steps, letting the browser render a frame at each
 * step, and stays at the bottom. It does not go back to the top: on the way back, blocks with
 * `content-visibility: auto` would leave layout again, and a check run then would not see them
 * as a reader scrolling to them does.
 */
export async function scrollThrough(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const frame = () =>
			new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
		const root = document.scrollingElement ?? document.documentElement;
		// The height grows as deferred blocks take their real size: read it at every step.
		for (let y = 0; y < root.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await frame();
			await new Promise((r) => setTimeout(r, 20));
		}
		window.scrollTo(0, root.scrollHeight);
		await frame();
	});
}
