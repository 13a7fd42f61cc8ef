/**
 * Search gate: a page downloads no search data (Pagefind's index, WebAssembly and worker, under
 * `pagefind/`) until the reader searches, and the first query downloads at most 200 kB.
 */
import { expect, test, type Request } from '@playwright/test';
import { BASE, pathOf } from '../site.ts';
import { visitFully } from './visit.ts';

const FIRST_QUERY_BUDGET = 200_000;

for (const lang of ['id', 'en'] as const) {
	test(`search loads nothing before the first query and at most 200 kB for it (${lang})`, async ({
		page,
	}) => {
		const transfers = new Map<string, number>();
		const pending: Promise<void>[] = [];
		const record = (req: Request) => {
			const url = new URL(req.url());
			if (!url.pathname.startsWith(`${BASE}pagefind/`)) return;
			pending.push(
				req.sizes().then((sizes) => {
					transfers.set(url.pathname, sizes.responseBodySize + sizes.responseHeadersSize);
				}),
			);
		};
		page.on('requestfinished', record);
		await visitFully(page, pathOf(lang, 'ch14/02-parameters-and-memory'));
		await Promise.all(pending);
		expect([...transfers.keys()], 'search files loaded before any search').toEqual([]);

		const input = page.locator('#starlight__search input.pagefind-ui__search-input');
		await page.keyboard.press('Control+k');
		await expect(input).toBeFocused();
		await input.fill(lang === 'id' ? 'konvolusi' : 'convolution');
		await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		// Stop counting before the sizes are read: a request that finished as the test closed the
		// page could no longer report its size, and failed the whole run outside any test.
		page.off('requestfinished', record);
		await Promise.all(pending);
		const total = [...transfers.values()].reduce((a, b) => a + b, 0);
		console.log(
			`First search (${lang}): ${transfers.size} files, ${(total / 1000).toFixed(1)} kB transferred`,
		);
		expect(total, [...transfers].map(([p, s]) => `${p} ${s}`).join('\n')).toBeLessThanOrEqual(
			FIRST_QUERY_BUDGET,
		);
	});
}
