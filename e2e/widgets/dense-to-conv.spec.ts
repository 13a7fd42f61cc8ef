import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from '../console.ts';
import { convOutputSize, layerRow, parseModel, summary } from '../../src/lib/cnn/index.ts';
import { vgg16 } from '../../src/lib/cnn/presets/vgg16.ts';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';
import { VGG_HEAD, convert } from '../../src/widgets/DenseToConv/conversion.ts';
import {
	LANGS,
	SLUG,
	openWidget,
	overlappingLabels,
	pageScrollsSideways,
} from './architecture-helpers.ts';

const n = (value: number, lang: Lang) => formatNumber(value, lang);

async function open(page: Page, lang: Lang) {
	return openWidget(page, lang, SLUG.converter, '.d2c');
}

/** The counts shown for one kind of head, layer by layer. */
const counts = (page: Page, kind: 'dense' | 'conv') =>
	page.locator(`.d2c-count[data-kind="${kind}"]`).allInnerTexts();

for (const lang of LANGS) {
	test.describe(`dense-to-convolution converter (${lang})`, () => {
		test('the convolutional head has the dense head’s counts, which are VGG-16’s own', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			// Expected from the engine and the VGG-16 preset, not from the widget.
			const preset = summary(parseModel(vgg16()));
			const dense = ['fc1', 'fc2', 'predictions'].map((name) => layerRow(preset, name).params);
			expect(dense[0]).toBe(7 * 7 * 512 * 4096 + 4096);
			expect(await counts(page, 'dense')).toEqual(dense.map((v) => n(v, lang)));
			expect(await counts(page, 'conv')).toEqual(dense.map((v) => n(v, lang)));
			await expect(page.locator('.d2c-total[data-kind="conv"]')).toHaveText(
				n(
					dense.reduce((a, b) => a + b, 0),
					lang,
				),
			);
			await expect(page.locator('.d2c-reshapes')).toContainText(
				`(${n(25_088, lang)}, ${n(4096, lang)}) → (7, 7, 512, ${n(4096, lang)})`,
			);
			await expect(page.locator('.d2c-reshapes')).toContainText(
				`(${n(4096, lang)}, ${n(25_088, lang)}) → (${n(4096, lang)}, 512, 7, 7)`,
			);
			expect(problems).toEqual([]);
		});

		test('a 448-pixel input gives an 8×8 grid of predictions, 32 pixels apart', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await page.locator('#d2c-size').fill('448');
			await expect(page.locator('.d2c-grid')).toHaveAttribute('data-grid', '8x8');
			await expect(page.locator('.d2c-grid')).toContainText(`8×8×${n(1000, lang)}`);
			await expect(page.locator('.d2c-grid')).toContainText('64');
			await expect(page.locator('.d2c-explain')).toContainText('32');
			// The grid the engine computes, pool by pool, agrees.
			let side = 448;
			for (let i = 0; i < 5; i++) side = convOutputSize(side, { kernel: 2, stride: 2 });
			expect(convOutputSize(side, { kernel: 7 })).toBe(8);
			await expect(page.locator('svg[aria-labelledby="d2c-grid-title"]')).toContainText('8×8');
			// The counts do not change with the input size.
			expect(await counts(page, 'conv')).toEqual(await counts(page, 'dense'));
			await page.getByRole('button', { name: n(640, lang), exact: true }).click();
			await expect(page.locator('.d2c-grid')).toHaveAttribute('data-grid', '14x14');
			expect(problems).toEqual([]);
		});

		test('the reader’s head keeps the counts equal, layer by layer', async ({ page }) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await page.locator('#d2c-dense').fill('2');
			await page.locator('#d2c-units').fill('512');
			await page.locator('#d2c-classes').fill('10');
			const expected = convert({ dense: 2, units: 512, classes: 10 }, 224);
			if (!expected.ok) throw expected.error;
			const values = expected.value.pairs.map((p) => n(p.dense.params, lang));
			await expect(page.locator('.d2c-count[data-kind="conv"]')).toHaveText(values);
			expect(await counts(page, 'dense')).toEqual(values);
			expect(problems).toEqual([]);
		});

		test('an impossible size gets the engine’s message and the last grid stays, marked stale', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await page.locator('#d2c-size').fill('448');
			await expect(page.locator('.d2c-grid')).toHaveAttribute('data-grid', '8x8');
			await page.locator('#d2c-size').fill('100');
			const result = convert(VGG_HEAD, 100);
			if (result.ok) throw new Error('100 pixels should not fit');
			await expect(page.locator('.d2c-error')).toHaveText(result.error.describe(lang));
			await expect(page.locator('.d2c .cnn-stale')).toBeVisible();
			await expect(page.locator('.d2c-grid')).toHaveAttribute('data-grid', '8x8');
			// Text that is not a number is refused by the field itself, next to it.
			await page.locator('#d2c-size').fill('abc');
			await expect(page.locator('#d2c-size')).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator('#d2c-size-message')).toBeVisible();
			await page.locator('#d2c-size').fill('224');
			await expect(page.locator('.d2c .cnn-stale')).toHaveCount(0);
			await expect(page.locator('.d2c-error')).toHaveCount(0);
			expect(problems).toEqual([]);
		});

		test('the engine loads on the first interaction; until then the first frame stays, dimmed', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			// The island imports the engine through `view.ts`, which Vite emits as `view.<hash>.js`.
			const engine = /\/_astro\/view\.[\w-]+\.js$/;
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			const { promise: held, resolve: release } = Promise.withResolvers<undefined>();
			await page.route(engine, async (route) => {
				await held;
				await route.continue();
			});
			await open(page, lang);
			expect(requested.filter((url) => engine.test(url))).toEqual([]);
			await page.locator('#d2c-size').fill('448');
			await expect.poll(() => requested.some((url) => engine.test(url))).toBe(true);
			// The engine is on its way: the wrapper's 224-pixel result stays, dimmed, never blank.
			await expect(page.locator('.d2c .cnn-stale')).toBeVisible();
			await expect(page.locator('.d2c-grid')).toHaveAttribute('data-grid', '1x1');
			expect(await counts(page, 'conv')).toEqual(await counts(page, 'dense'));
			release(undefined);
			await expect(page.locator('.d2c-grid')).toHaveAttribute('data-grid', '8x8');
			await expect(page.locator('.d2c .cnn-stale')).toHaveCount(0);
			expect(problems).toEqual([]);
		});

		test('on a 360-pixel phone no labels overlap and the page does not scroll sideways', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await page.setViewportSize({ width: 360, height: 800 });
			await open(page, lang);
			for (const size of ['224', '448', '2048']) {
				await page.locator('#d2c-size').fill(size);
				await expect(page.locator('.d2c-grid')).toBeVisible();
				expect(await overlappingLabels(page.locator('.d2c svg')), size).toEqual([]);
			}
			expect(await pageScrollsSideways(page)).toBe(false);
			expect(problems).toEqual([]);
		});
	});
}
