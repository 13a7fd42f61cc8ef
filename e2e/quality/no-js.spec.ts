/**
 * No-JavaScript gate: with scripts disabled, every page still shows its full text, its formulas
 * and each widget's server-rendered default figure or table.
 */
import { expect, test } from '@playwright/test';
import { printPages, sitePages } from '../site.ts';

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const { path } of [...sitePages(), ...printPages()]) {
	test(`${path} reads in full without JavaScript`, async ({ browser }) => {
		const withJs = await browser.newPage();
		await withJs.goto(path, { waitUntil: 'networkidle' });
		const headings = await withJs.locator('main :is(h1, h2, h3)').allInnerTexts();
		await withJs.close();

		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const main = page.locator('main');
		// Every heading is there and visible: the text is not built by scripts.
		expect(await main.locator(':is(h1, h2, h3)').allInnerTexts()).toEqual(headings);
		for (const h of await main.locator(':is(h1, h2, h3)').all()) await expect(h).toBeVisible();
		const text = normalize(await main.innerText());
		expect(text.length, `${path}: main text`).toBeGreaterThan(200);
		// Formulas are HTML already, not TeX waiting for a script.
		const formulas = main.locator('.katex');
		for (const f of await formulas.all()) await expect(f).toBeVisible();
		expect(text).not.toMatch(/\$\$|\\frac|\\text\{/);
		// Each widget shows its server-rendered default content.
		for (const island of await main.locator('astro-island').all()) {
			await expect(island).toBeVisible();
			expect(
				normalize(await island.innerText()).length,
				`${path}: a widget renders nothing without JavaScript`,
			).toBeGreaterThan(20);
		}
		await context.close();
	});
}
