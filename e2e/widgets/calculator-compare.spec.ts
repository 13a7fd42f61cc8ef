import { expect, test, type Page } from '@playwright/test';
import { numberInputMessage } from '../../src/lib/i18n/number-input.ts';
import { LANGS } from '../../src/lib/i18n/lang.ts';
import { toBase64Url } from '../../src/widgets/Calculator/url.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';
import { SLUGS, num, openCalculator, text, typeInto, widget } from './calculator-helpers.ts';

/**
 * Question 1's compact mode, in both languages: 18,000,100 against 2,800 at the exercise-2
 * input, sliders and fields, the growth chart and its table, the link, bad input, keyboard use,
 * no JavaScript and reduced motion.
 */

const dense = (page: Page) => widget(page, 'compare').getByTestId('dense-params');
const conv = (page: Page) => widget(page, 'compare').getByTestId('conv-params');

for (const lang of LANGS) {
	const t = text(lang).compare;

	test.describe(`calculator, dense versus convolution (${lang})`, () => {
		test('gives 18,000,100 against 2,800 at the exercise-2 input', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'compare');
			await expect(dense(page)).toHaveText(num(18_000_100, lang));
			await expect(conv(page)).toHaveText(num(2_800, lang));
			await expect(root).toContainText(`(180${lang === 'id' ? '.' : ','}000 + 1) × 100`);
			await expect(root).toContainText(t.ratio.replace('{x}', num(6_429, lang)));
			// The chart's table: the dense count grows with H × W, the convolution's stays flat.
			const table = root.getByRole('table', { name: t.growthTitle });
			await expect(table.getByRole('row')).toHaveCount(7);
			await expect(table).toContainText(num(400 * 600 * 3 * 100 + 100, lang));
			await expect(root.locator('svg[role="img"] title')).toHaveText(t.growthTitle);
			expect(problems).toEqual([]);
		});

		test('moves the dense count with the image size and leaves the convolution alone', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'compare');
			const heightSlider = root.getByLabel(t.slider.replace('{label}', t.imageH));
			await heightSlider.fill('100');
			await expect(dense(page)).toHaveText(num(100 * 300 * 3 * 100 + 100, lang));
			await expect(conv(page)).toHaveText(num(2_800, lang));
			await expect(root.getByLabel(t.imageH, { exact: true })).toHaveValue('100');
			await typeInto(root.getByLabel(t.imageW, { exact: true }), '150');
			await expect(dense(page)).toHaveText(num(100 * 150 * 3 * 100 + 100, lang));
			await typeInto(root.getByLabel(t.filters, { exact: true }), '64');
			await expect(conv(page)).toHaveText(num((3 * 3 * 3 + 1) * 64, lang));
			await typeInto(root.getByLabel(t.kernelSize, { exact: true }), '5');
			await expect(conv(page)).toHaveText(num((5 * 5 * 3 + 1) * 64, lang));
			expect(problems).toEqual([]);
		});

		test('reproduces its state from the link after a reload', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'compare');
			await typeInto(root.getByLabel(t.units, { exact: true }), '10');
			await root.getByRole('button', { name: text(lang).compare.copyLink }).click();
			await expect(page).toHaveURL(/calc=/);
			// Let the first load finish, so the reload aborts no pending request (the favicon).
			await page.waitForLoadState('networkidle');
			await page.reload();
			await root.scrollIntoViewIfNeeded();
			await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
			await expect(root.getByLabel(t.units, { exact: true })).toHaveValue('10');
			await expect(dense(page)).toHaveText(num(180_000 * 10 + 10, lang));
			expect(problems).toEqual([]);
		});

		test('answers bad entries and broken links without losing the figures', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'compare');
			const height = root.getByLabel(t.imageH, { exact: true });
			for (const [entry, error] of [
				['', { code: 'empty' }],
				['0', { code: 'too-small', min: 1 }],
				['-5', { code: 'too-small', min: 1 }],
				['1.5', { code: 'not-integer' }],
				['x', { code: 'not-a-number' }],
				['100000', { code: 'too-large', max: 8192 }],
			] as const) {
				await height.fill(lang === 'id' ? entry.replace('.', ',') : entry);
				await expect(height).toHaveAttribute('aria-invalid', 'true');
				const message = root.locator(`[id="${await height.getAttribute('aria-describedby')}"]`);
				await expect(message).toHaveText(numberInputMessage(error, lang));
				await expect(dense(page)).toHaveText(num(18_000_100, lang));
				await expect(root).toContainText(t.stale);
			}
			// A count past 2⁵³ is the engine's message, not a wrong number.
			await height.fill('8192');
			await root.getByLabel(t.imageW, { exact: true }).fill('8192');
			await root.getByLabel(t.channels, { exact: true }).fill('4096');
			await root.getByLabel(t.units, { exact: true }).fill('100000');
			await expect(root.getByRole('alert').first()).toBeVisible();
			await expect(root).not.toContainText('NaN');
			expect(problems).toEqual([]);

			const broken = watchProblems(page);
			await openCalculator(
				page,
				lang,
				'compare',
				`?calc=${toBase64Url('{"v":1,"k":"compare","h":"200"}')}`,
			);
			await expect(root.getByTestId('link-notice')).toBeVisible();
			await expect(dense(page)).toHaveText(num(18_000_100, lang));
			expect(broken).toEqual([]);
		});

		test('can be used with the keyboard alone', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'compare');
			const controls = root.locator('input, select, button:not([disabled]), [tabindex="0"]');
			const expected = await controls.evaluateAll((els) => els.map((e) => e.outerHTML));
			await root.getByLabel(t.imageH, { exact: true }).focus();
			const reached: string[] = [];
			for (let i = 0; i < expected.length + 3; i++) {
				const html = await page.evaluate(() =>
					document.activeElement?.closest('[data-calc="compare"]')
						? document.activeElement.outerHTML
						: '',
				);
				if (!html) break;
				reached.push(html);
				await page.keyboard.press('Tab');
			}
			expect(reached).toEqual(expected);
			// The slider moves with arrow keys, the field follows.
			const slider = root.getByLabel(t.slider.replace('{label}', t.units));
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			await expect(root.getByLabel(t.units, { exact: true })).toHaveValue('101');
			await expect(dense(page)).toHaveText(num(180_000 * 101 + 101, lang));
			await page.keyboard.press('Home');
			await expect(dense(page)).toHaveText(num(180_000 + 1, lang));
			expect(problems).toEqual([]);
		});

		test('renders its figures without JavaScript and respects reduced motion', async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(pathOf(lang, SLUGS.compare));
			await expect(dense(page)).toHaveText(num(18_000_100, lang));
			await expect(conv(page)).toHaveText(num(2_800, lang));
			await expect(widget(page, 'compare').locator('svg polyline')).toHaveCount(2);
			await context.close();

			const reduced = await browser.newPage();
			await reduced.emulateMedia({ reducedMotion: 'reduce' });
			await openCalculator(reduced, lang, 'compare');
			const duration = await widget(reduced, 'compare')
				.locator('.calc-series')
				.first()
				.evaluate((el) => getComputedStyle(el).transitionDuration);
			expect(duration).toBe('0s');
			await reduced.emulateMedia({ reducedMotion: 'no-preference' });
			const normal = await widget(reduced, 'compare')
				.locator('.calc-series')
				.first()
				.evaluate((el) => getComputedStyle(el).transitionDuration);
			expect(normal).not.toBe('0s');
			await reduced.close();
		});
	});
}
