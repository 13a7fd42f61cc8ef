import { expect, test } from '@playwright/test';
import { LANGS } from '../src/lib/i18n/lang.ts';
import { pathOf, QUESTION_SLUGS } from './site.ts';

/**
 * The "Code" section of every question page: Keras and PyTorch tabs placed right after the
 * corrections, highlighted at build time, operable from the keyboard, and remembering the
 * reader's framework from page to page.
 */

const HEADINGS = {
	id: { code: 'Kode', corrections: 'Koreksi atas catatan' },
	en: { code: 'Code', corrections: 'Correction to the notes' },
} as const;

for (const lang of LANGS) {
	for (const slug of QUESTION_SLUGS) {
		test(`${pathOf(lang, slug)} has highlighted Keras and PyTorch code right after the corrections`, async ({
			page,
		}) => {
			await page.goto(pathOf(lang, slug));
			const h2 = await page.locator('main h2').allInnerTexts();
			const code = h2.indexOf(HEADINGS[lang].code);
			expect(code, `${HEADINGS[lang].code} heading`).toBeGreaterThan(0);
			expect(h2[code - 1]).toBe(HEADINGS[lang].corrections);

			const tabs = page.locator('main [data-code-tabs] [role="tab"]');
			await expect(tabs).toHaveText(['Keras', 'PyTorch']);
			const panels = page.locator('main [data-code-tabs] [role="tabpanel"]');
			await expect(panels).toHaveCount(2);
			// Shiki has coloured the tokens at build time: no script is needed to read them.
			expect(
				await panels.first().locator('pre[data-language="python"] span[style]').count(),
			).toBeGreaterThan(10);
		});
	}
}

test('the framework tabs work from the keyboard', async ({ page }) => {
	await page.goto(pathOf('en', QUESTION_SLUGS[1]));
	const keras = page.getByRole('tab', { name: 'Keras' });
	const pytorch = page.getByRole('tab', { name: 'PyTorch' });
	await expect(keras).toHaveAttribute('aria-selected', 'true');
	await keras.focus();
	await page.keyboard.press('ArrowRight');
	await expect(pytorch).toHaveAttribute('aria-selected', 'true');
	await expect(pytorch).toBeFocused();
	const panel = page.locator('main [data-code-tabs] [role="tabpanel"]:visible');
	await expect(panel).toContainText('nn.Conv2d(3, 100, 3, stride=2, padding=1)');
	await expect(panel).toContainText('# 903400');
	await page.keyboard.press('Home');
	await expect(keras).toHaveAttribute('aria-selected', 'true');
	await expect(keras).toBeFocused();
});

test('the framework a reader picks is the one the next page opens on', async ({ page }) => {
	await page.goto(pathOf('id', QUESTION_SLUGS[0]));
	await page.locator('main [data-code-tabs]').getByRole('tab', { name: 'PyTorch' }).click();
	await page.goto(pathOf('id', QUESTION_SLUGS[1]));
	const tabs = page.locator('main [data-code-tabs]');
	await expect(tabs.getByRole('tab', { name: 'PyTorch' })).toHaveAttribute('aria-selected', 'true');
	await expect(tabs.locator('[role="tabpanel"]:visible')).toContainText('torch');
});
