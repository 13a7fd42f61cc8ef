import { expect, type Page } from '@playwright/test';

const RESULT_LINK =
	':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';

/**
 * Searches the site the way a reader does (Ctrl+K, then typing) and returns the paths of the
 * result pages in order. Shared by every test that searches, so they all wait for the same
 * things: Pagefind's UI may still be loading when search opens (Starlight builds it once the page
 * is idle), its message names the query once it has answered (so stale results are never read),
 * and results fill in one by one.
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await page.keyboard.press('Control+k');
	await expect(input).toBeFocused({ timeout: 15_000 });
	await input.fill(query);
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText(query, {
		timeout: 15_000,
	});
	const items = page.locator('#starlight__search .pagefind-ui__result');
	await expect(items.first()).toBeVisible({ timeout: 15_000 });
	await expect(async () => {
		expect(await items.locator(RESULT_LINK).count()).toBe(await items.count());
	}).toPass({ timeout: 15_000 });
	return items
		.locator(RESULT_LINK)
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Searches each query in turn, from the page already open, and expects `path` as the first
 * result of every one; the message names the query and what was found instead.
 */
export async function expectFirstResult(
	page: Page,
	queries: readonly string[],
	path: string,
): Promise<void> {
	for (const query of queries) {
		const found = await searchSite(page, query);
		expect(found[0], `"${query}" should find ${path} first, found ${found.join(', ')}`).toBe(path);
		await page.keyboard.press('Escape');
	}
}
