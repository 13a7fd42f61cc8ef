import { expect, test, type Page } from '@playwright/test';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import { ALEXNET_LRN, lrn } from '../../src/lib/normalization/lrn.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';

/**
 * The LRN explorer on question 5, in both languages: the sliders and fields for n, k, α and β,
 * dragging and keying the bars, typing a value, the formula of the channel under the pointer,
 * the batch-norm comparison, bad input, and the default figure without JavaScript. Expected
 * numbers come from `src/lib/normalization/lrn.ts`, which the unit tests hold to TensorFlow's definition.
 */

const SLUG = 'ch14/05-local-response-normalization';
const DEFAULT = [20, 20, 200, 20, 20, 20, 20, 20];

const TEXT = {
	en: {
		n: 'Window size n',
		k: 'Bias k',
		alpha: 'Scale α',
		beta: 'Exponent β',
		bar: (i: number) => `Map ${i} activation`,
		value: (i: number) => `Activation of map ${i}`,
		uniform: 'Uniform',
		compare: 'Compare with batch normalization',
		radius: 'r = ⌊n/2⌋ = 3',
		note: (i: number, lo: number, hi: number) =>
			`Map ${i} is divided by a sum over maps ${lo} to ${hi}`,
		notNumber: 'This is not a number.',
		tooLarge: 'It must be at most 1.',
		bnSentence: 'Batch normalization rescales each map on its own',
		stale: 'the last valid result is shown',
	},
	id: {
		n: 'Ukuran jendela n',
		k: 'Bias k',
		alpha: 'Skala α',
		beta: 'Eksponen β',
		bar: (i: number) => `Aktivasi peta ${i}`,
		value: (i: number) => `Ketik aktivasi peta ${i}`,
		uniform: 'Seragam',
		compare: 'Bandingkan dengan batch normalization',
		radius: 'r = ⌊n/2⌋ = 3',
		note: (i: number, lo: number, hi: number) =>
			`Peta ${i} dibagi dengan jumlah atas peta ${lo} sampai ${hi}`,
		notNumber: 'Ini bukan angka.',
		tooLarge: 'Paling besar 1.',
		bnSentence: 'Batch normalization mengubah skala setiap peta secara terpisah',
		stale: 'hasil valid terakhir ditampilkan',
	},
} as const;

async function open(page: Page, lang: 'en' | 'id') {
	await page.goto(pathOf(lang, SLUG));
	const widget = page.locator('.lrn');
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:not([ssr]) .lrn')).toBeVisible();
	return widget;
}

/** The values printed above the bars of a chart. */
const printed = (page: Page, chart: string) => page.getByTestId(chart).locator('.lrn-val');
const show = (values: number[], lang: 'en' | 'id') =>
	values.map((v) => formatNumber(v, lang, { maximumFractionDigits: 2 }));

for (const lang of ['en', 'id'] as const) {
	const t = TEXT[lang];

	test.describe(`LRN explorer (${lang})`, () => {
		test('starts from the page’s example with AlexNet’s values', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			await expect(printed(page, 'lrn-input')).toHaveText(show(DEFAULT, lang));
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(DEFAULT, ALEXNET_LRN), lang));
			await expect(widget.getByLabel(t.k, { exact: true }).first()).toHaveValue('2');
			await expect(widget.getByTestId('lrn-formula')).toContainText(t.note(2, 0, 4));
			expect(problems).toEqual([]);
		});

		test('the sliders for n, k, α and β change the outputs', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			const sliders = widget.locator('input[type="range"]');
			await sliders.nth(0).focus();
			await page.keyboard.press('ArrowRight');
			await expect(widget.locator(`input[id$="-n"]`)).toHaveValue('7');
			await expect(widget.getByText(t.radius)).toBeVisible();
			await expect(printed(page, 'lrn-output')).toHaveText(
				show(lrn(DEFAULT, { ...ALEXNET_LRN, n: 7 }), lang),
			);
			await expect(widget.getByTestId('lrn-formula')).toContainText(t.note(2, 0, 5));

			await sliders.nth(3).focus();
			await page.keyboard.press('Home');
			await expect(widget.locator(`input[id$="-beta"]`)).toHaveValue('0');
			await expect(printed(page, 'lrn-output')).toHaveText(show(DEFAULT, lang));

			await sliders.nth(1).focus();
			await page.keyboard.press('End');
			await expect(widget.locator(`input[id$="-k"]`)).toHaveValue('10');
			await sliders.nth(2).focus();
			await page.keyboard.press('End');
			await expect(widget.locator(`input[id$="-alpha"]`)).toHaveValue('1');

			await widget.locator('.lrn-defaults').click();
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(DEFAULT, ALEXNET_LRN), lang));
			expect(problems).toEqual([]);
		});

		test('a bar can be dragged, keyed and typed, and its neighbours react', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			const strong = widget.getByRole('slider', { name: t.bar(2), exact: true });
			const box = await strong.boundingBox();
			if (!box) throw new Error('the bar has no box');
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40, { steps: 5 });
			await page.mouse.up();
			await expect(strong).toHaveAttribute('aria-valuenow', '0');
			const dragged = [20, 20, 0, 20, 20, 20, 20, 20];
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(dragged, ALEXNET_LRN), lang));

			await strong.focus();
			await page.keyboard.press('PageUp');
			await page.keyboard.press('PageUp');
			await expect(strong).toHaveAttribute('aria-valuenow', '20');
			const flat = lrn([20, 20, 20, 20, 20, 20, 20, 20], ALEXNET_LRN);
			await expect(printed(page, 'lrn-output')).toHaveText(show(flat, lang));

			const field = widget.getByRole('textbox', { name: t.value(2), exact: true });
			await field.fill('200');
			await expect(strong).toHaveAttribute('aria-valuenow', '200');
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(DEFAULT, ALEXNET_LRN), lang));
			expect(problems).toEqual([]);
		});

		test('pointing at a map outlines its window and writes its formula', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			await page.getByTestId('lrn-output').locator('.lrn-col').nth(6).hover();
			await expect(widget.getByTestId('lrn-formula')).toContainText(t.note(6, 4, 7));
			await expect(widget.getByTestId('lrn-formula')).toContainText('b₆ = 20 / (2 + ');
			await expect(page.getByTestId('lrn-input').locator('.lrn-col.is-in')).toHaveCount(4);
			expect(problems).toEqual([]);
		});

		test('the switch compares LRN with batch normalization on the same values', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			const toggle = widget.getByRole('switch', { name: t.compare });
			await toggle.focus();
			await page.keyboard.press('Space');
			await expect(toggle).toBeChecked();
			await expect(widget.getByText(t.bnSentence)).toBeVisible();
			await expect(printed(page, 'lrn-bn')).toHaveText(show([0, 0, 18, 0, 0, 0, 0, 0], lang));
			await expect(widget.getByTestId('lrn-formula')).toContainText('y₂ = (200 − 20)');
			expect(problems).toEqual([]);
		});

		test('presets and the channel count reshape the bars', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			await widget.getByRole('button', { name: t.uniform }).click();
			await expect(printed(page, 'lrn-input')).toHaveText(
				show(new Array<number>(8).fill(20), lang),
			);
			await widget.locator('input[id$="-channels"]').fill('16');
			await expect(printed(page, 'lrn-input')).toHaveCount(16);
			expect(problems).toEqual([]);
		});

		test('the engine loads on the first interaction; until then the first frame stays, dimmed', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			// The island imports the engine through `result.ts`, which Vite emits as `result.<hash>.js`.
			const engine = /\/_astro\/result\.[\w-]+\.js$/;
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
			await page.route(engine, async (route) => {
				await held;
				await route.continue();
			});
			const widget = await open(page, lang);
			expect(requested.filter((url) => engine.test(url))).toEqual([]);
			const strong = widget.getByRole('slider', { name: t.bar(2), exact: true });
			await strong.focus();
			await page.keyboard.press('Home');
			await expect.poll(() => requested.some((url) => engine.test(url))).toBe(true);
			// The engine is on its way: the wrapper's outputs stay, dimmed, never blank.
			await expect(strong).toHaveAttribute('aria-valuenow', '0');
			await expect(widget.locator('.lrn-charts')).toHaveClass(/cnn-stale/);
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(DEFAULT, ALEXNET_LRN), lang));
			release(undefined);
			const keyed = [20, 20, 0, 20, 20, 20, 20, 20];
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(keyed, ALEXNET_LRN), lang));
			await expect(widget.locator('.lrn-charts')).not.toHaveClass(/cnn-stale/);
			expect(problems).toEqual([]);
		});

		test('bad values get a message and leave the last result, dimmed', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			const k = widget.locator('input[id$="-k"]');
			await k.fill('abc');
			await expect(k).toHaveAttribute('aria-invalid', 'true');
			await expect(widget.getByText(t.notNumber)).toBeVisible();
			await expect(widget.locator('.lrn-charts')).toHaveClass(/cnn-stale/);
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(DEFAULT, ALEXNET_LRN), lang));
			await k.fill('2');
			await expect(widget.locator('.lrn-charts')).not.toHaveClass(/cnn-stale/);
			const alpha = widget.locator('input[id$="-alpha"]');
			await alpha.fill('5');
			await expect(widget.getByText(t.tooLarge)).toBeVisible();
			await expect(widget.getByText(t.stale)).toBeVisible();
			expect(problems).toEqual([]);
		});
	});

	test.describe(`LRN explorer without JavaScript (${lang})`, () => {
		test.use({ javaScriptEnabled: false });

		test('the bars, the formula and the table are in the HTML', async ({ page }) => {
			await page.goto(pathOf(lang, SLUG));
			await expect(printed(page, 'lrn-input')).toHaveText(show(DEFAULT, lang));
			await expect(printed(page, 'lrn-output')).toHaveText(show(lrn(DEFAULT, ALEXNET_LRN), lang));
			await expect(page.getByTestId('lrn-formula')).toContainText('b₂ = 200 /');
			await expect(page.locator('.lrn-table tbody tr')).toHaveCount(8);
		});
	});
}
