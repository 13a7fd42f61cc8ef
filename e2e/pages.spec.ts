import { expect, test } from '@playwright/test';
import { watchProblems } from './console.ts';
import { BASE, sitePages } from './site.ts';

for (const page of sitePages()) {
	test(`${page.path} answers 200 with its title and no console error or failed request`, async ({
		page: tab,
	}) => {
		const problems = watchProblems(tab);
		const response = await tab.goto(page.path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		await expect(tab.locator('html')).toHaveAttribute('lang', page.lang);
		await expect(tab.locator('h1').first()).toHaveText(page.title);
		expect(problems).toEqual([]);
	});

	test(`${page.path} keeps every formula inside the column on a 360-pixel phone`, async ({
		page: tab,
	}) => {
		await tab.setViewportSize({ width: 360, height: 800 });
		await tab.goto(page.path);
		// An inline formula must wrap within the column; a display one keeps its box inside the
		// column and scrolls within it.
		const outside = await tab.evaluate(() => {
			const column = document.querySelector('.sl-markdown-content');
			if (!column) return [];
			const { left, right } = column.getBoundingClientRect();
			const scrollsWithin = (el: Element) => {
				for (let a = el.parentElement; a && a !== column; a = a.parentElement) {
					if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
				}
				return false;
			};
			return [...column.querySelectorAll('.katex')]
				.filter((el) => el.classList.contains('katex-display') || !scrollsWithin(el))
				.filter((el) => {
					const box = el.getBoundingClientRect();
					return box.left < left - 1 || box.right > right + 1;
				})
				.map((el) => el.textContent.slice(0, 60));
		});
		expect(outside).toEqual([]);
	});
}

test('a missing page gets the bilingual 404 page with links home', async ({ page }) => {
	const response = await page.goto(`${BASE}no/such/page/`);
	expect(response?.status()).toBe(404);
	await expect(page.locator('main')).toContainText('Halaman yang Anda cari tidak ada');
	await expect(page.locator('main')).toContainText('The page you are looking for does not exist');
	await expect(page.locator('main a[href="' + BASE + 'en/"]')).toHaveCount(1);
});
