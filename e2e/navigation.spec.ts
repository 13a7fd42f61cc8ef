import { expect, test } from '@playwright/test';
import { GLOSSARY_SLUG } from '../src/lib/content/glossary.ts';
import { LANGS } from '../src/lib/i18n/lang.ts';
import { PAGE_SLUGS, pathOf, QUESTION_SLUGS } from './site.ts';

for (const lang of LANGS) {
	for (const slug of ['', 'ch14']) {
		test(`${pathOf(lang, slug)} links to the eight questions and exercises 10 and 11 in ${lang}`, async ({
			page,
		}) => {
			await page.goto(pathOf(lang, slug));
			const main = page.locator('main');
			for (const q of PAGE_SLUGS) {
				await expect(main.locator(`a[href="${pathOf(lang, q)}"]`).first()).toBeVisible();
			}
		});
	}

	test(`the ${lang} sidebar lists the overview, the eight questions and exercises 10 and 11 in order, then the glossary`, async ({
		page,
	}) => {
		await page.goto(pathOf(lang, 'ch14'));
		const hrefs = await page
			.locator('nav.sidebar a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([
			pathOf(lang, 'ch14'),
			...PAGE_SLUGS.map((q) => pathOf(lang, q)),
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

/**
 * Whether each visible header select is wide enough for the label of the option it shows: the
 * label's width in the select's own font against the room between its paddings.
 */
function headerSelectsFit() {
	const canvas = document.createElement('canvas').getContext('2d');
	if (!canvas) throw new Error('no 2-D canvas');
	return [...document.querySelectorAll<HTMLSelectElement>('header select')]
		.filter((select) => select.getClientRects().length > 0)
		.map((select) => {
			const style = getComputedStyle(select);
			canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const label = select.selectedOptions[0]?.textContent ?? '';
			const room =
				select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			return { label, fits: canvas.measureText(label).width <= room + 0.5 };
		});
}

for (const lang of LANGS) {
	for (const width of [800, 1024, 1280, 1600]) {
		test(`the ${lang} header's selects show their whole label at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(pathOf(lang, QUESTION_SLUGS[0]));
			const selects = await page.evaluate(headerSelectsFit);
			expect(selects).toHaveLength(2);
			for (const select of selects) expect(select, select.label).toMatchObject({ fits: true });
		});
	}
}
