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
}

test('a missing page gets the bilingual 404 page with links home', async ({ page }) => {
	const response = await page.goto(`${BASE}no/such/page/`);
	expect(response?.status()).toBe(404);
	await expect(page.locator('main')).toContainText('Halaman yang Anda cari tidak ada');
	await expect(page.locator('main')).toContainText('The page you are looking for does not exist');
	await expect(page.locator('main a[href="' + BASE + 'en/"]')).toHaveCount(1);
});
