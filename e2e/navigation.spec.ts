import { expect, test } from '@playwright/test';
import { GLOSSARY_SLUG } from '../src/lib/content/glossary.ts';
import { LANGS } from '../src/lib/i18n/lang.ts';
import { pathOf, QUESTION_SLUGS } from './site.ts';

for (const lang of LANGS) {
	for (const slug of ['', 'ch14']) {
		test(`${pathOf(lang, slug)} links to all eight questions in ${lang}`, async ({ page }) => {
			await page.goto(pathOf(lang, slug));
			const main = page.locator('main');
			for (const q of QUESTION_SLUGS) {
				await expect(main.locator(`a[href="${pathOf(lang, q)}"]`).first()).toBeVisible();
			}
		});
	}

	test(`the ${lang} sidebar lists the overview, the eight questions in order, then the glossary`, async ({
		page,
	}) => {
		await page.goto(pathOf(lang, 'ch14'));
		const hrefs = await page
			.locator('nav.sidebar a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([
			pathOf(lang, 'ch14'),
			...QUESTION_SLUGS.map((q) => pathOf(lang, q)),
			pathOf(lang, GLOSSARY_SLUG),
		]);
	});
}

test('the language picker moves between the same question in both languages', async ({ page }) => {
	for (const slug of QUESTION_SLUGS) {
		await page.goto(pathOf('id', slug));
		await page
			.locator('starlight-lang-select select')
			.filter({ visible: true })
			.selectOption({ label: 'English' });
		await expect(page).toHaveURL(new RegExp(`${pathOf('en', slug)}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// The URL changes as soon as the new page starts arriving; the picker only navigates once
		// Starlight's module script has run, so wait for it as a reader's page would have.
		await page.waitForLoadState('load');
		await page
			.locator('starlight-lang-select select')
			.filter({ visible: true })
			.selectOption({ label: 'Bahasa Indonesia' });
		await expect(page).toHaveURL(new RegExp(`${pathOf('id', slug)}$`));
	}
});
