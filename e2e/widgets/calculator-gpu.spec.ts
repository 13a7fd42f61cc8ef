import { expect, test, type Page } from '@playwright/test';
import { numberInputMessage } from '../../src/lib/i18n/number-input.ts';
import { LANGS, type Lang } from '../../src/lib/i18n/lang.ts';
import { defaultGpuState, estimate, scenarios } from '../../src/widgets/Calculator/gpu.ts';
import { exercise2 } from '../../src/lib/cnn/presets/exercise2.ts';
import { toBase64Url } from '../../src/widgets/Calculator/url.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';
import { SLUGS, megabytes, openCalculator, text, typeInto, widget } from './calculator-helpers.ts';

/**
 * Question 3's memory mode, in both languages: a setting that does not fit a 4 GB GPU, each
 * remedy's total against the GPU's line, the engine's memory model shown beside it, the link,
 * bad input, keyboard use, no JavaScript and reduced motion. Expected totals come from the same
 * pure functions the widget uses, run here in Node.
 */

const rows = (page: Page) => widget(page, 'gpu').getByTestId('scenarios');
const row = (page: Page, key: string) => rows(page).locator(`tr[data-key="${key}"]`);
const EXERCISE2 = exercise2();

const totalOf = (key: string, state = defaultGpuState(EXERCISE2)) => {
	const s = scenarios(EXERCISE2, state).find((x) => x.key === key);
	const e = s && estimate(s);
	if (!e?.ok) throw new Error(`no estimate for ${key}`);
	return e.report.total;
};
const yes = (lang: Lang) => text(lang).gpu.yes;
const no = (lang: Lang) => text(lang).gpu.no;

for (const lang of LANGS) {
	const t = text(lang).gpu;

	test.describe(`calculator, GPU memory (${lang})`, () => {
		test('shows each remedy against a 4 GB GPU, starting from a setting that does not fit', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'gpu');
			await expect(row(page, 'baseline')).toContainText(megabytes(totalOf('baseline'), lang));
			await expect(row(page, 'baseline').locator('td').last()).toHaveText(no(lang));
			for (const key of ['batch', 'stride', 'layers', 'half', 'checkpoint', 'combined']) {
				await expect(row(page, key)).toContainText(megabytes(totalOf(key), lang));
				await expect(row(page, key).locator('td').last()).toHaveText(yes(lang));
			}
			// The chart has the GPU's line and one bar per setting; the model is documented beside it.
			await expect(root.locator('.calc-gpu-line')).toHaveCount(1);
			await expect(root.locator('svg[role="img"] desc')).toContainText(t.tooBig);
			await root.getByText(t.howTitle).click();
			await expect(root.locator('.calc-how')).toContainText('⌈√n⌉');
			await expect(root.getByTestId('checkpoint-info')).not.toBeEmpty();
			expect(problems).toEqual([]);
		});

		test('follows the GPU size, the batch and each remedy’s setting', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'gpu');
			await root.getByLabel(t.gpu, { exact: true }).selectOption('8');
			await expect(row(page, 'baseline').locator('td').last()).toHaveText(yes(lang));
			await typeInto(root.getByLabel(t.batch, { exact: true }), '50');
			const state = { ...defaultGpuState(EXERCISE2), batch: 50, gpu: 8 as const };
			await expect(row(page, 'baseline')).toContainText(
				megabytes(totalOf('baseline', state), lang),
			);
			await typeInto(root.getByLabel(t.newStride, { exact: true }), '8');
			await expect(row(page, 'stride')).toContainText(
				megabytes(totalOf('stride', { ...state, stride: 8 }), lang),
			);
			await root.getByLabel(t.halfKind, { exact: true }).selectOption('mixed');
			await expect(row(page, 'half')).toContainText(
				megabytes(totalOf('half', { ...state, stride: 8, half: 'mixed' }), lang),
			);
			// Checking a remedy adds it to the combined bar.
			await root.getByLabel(t.remedyNames.checkpoint, { exact: true }).check();
			const combined = {
				...state,
				stride: 8,
				half: 'mixed' as const,
				applied: ['batch', 'half', 'checkpoint'] as const,
			};
			await expect(row(page, 'combined')).toContainText(
				megabytes(totalOf('combined', { ...combined, applied: [...combined.applied] }), lang),
			);
			expect(problems).toEqual([]);
		});

		test('reproduces its state from the link, preset included, after a reload', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'gpu');
			await root.getByLabel(t.network, { exact: true }).selectOption('vgg16');
			await expect(root.getByLabel(t.removeLayer, { exact: true })).toContainText('block5_conv3');
			await root.getByLabel(t.gpu, { exact: true }).selectOption('24');
			await root.getByLabel(t.remedyNames.stride, { exact: true }).check();
			await root.getByRole('button', { name: t.copyLink }).click();
			const before = (await rows(page).textContent()) ?? '';
			// Let the first load finish, so the reload aborts no pending request (the favicon).
			await page.waitForLoadState('networkidle');
			await page.reload();
			await root.scrollIntoViewIfNeeded();
			await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
			await expect(root.getByLabel(t.network, { exact: true })).toHaveValue('vgg16');
			await expect(root.getByLabel(t.gpu, { exact: true })).toHaveValue('24');
			await expect(root.getByLabel(t.remedyNames.stride, { exact: true })).toBeChecked();
			await expect(rows(page)).toHaveText(before);
			expect(problems).toEqual([]);
		});

		test('answers bad entries and broken links without losing the figures', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'gpu');
			const batch = root.getByLabel(t.batch, { exact: true });
			for (const [entry, error] of [
				['', { code: 'empty' }],
				['0', { code: 'too-small', min: 1 }],
				['-1', { code: 'too-small', min: 1 }],
				['0.5', { code: 'not-integer' }],
				['many', { code: 'not-a-number' }],
				['1e9', { code: 'too-large', max: 100_000 }],
			] as const) {
				await batch.fill(lang === 'id' ? entry.replace('.', ',') : entry);
				await expect(batch).toHaveAttribute('aria-invalid', 'true');
				const message = root.locator(`[id="${await batch.getAttribute('aria-describedby')}"]`);
				await expect(message).toHaveText(numberInputMessage(error, lang));
				await expect(row(page, 'baseline')).toContainText(megabytes(totalOf('baseline'), lang));
				await expect(root).toContainText(t.stale);
			}
			expect(problems).toEqual([]);

			for (const value of [
				'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
				toBase64Url(JSON.stringify({ ...defaultGpuState(EXERCISE2), v: 1, k: 'gpu', gpu: 6 })),
				toBase64Url('{"v":1,"k":"gpu"'),
			]) {
				const broken = watchProblems(page);
				await openCalculator(page, lang, 'gpu', `?calc=${value}`);
				await expect(root.getByTestId('link-notice')).toBeVisible();
				await expect(row(page, 'baseline')).toContainText(megabytes(totalOf('baseline'), lang));
				expect(broken).toEqual([]);
			}
		});

		test('can be used with the keyboard alone', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'gpu');
			const controls = root.locator(
				'input:visible, select:visible, button:visible, summary, [tabindex="0"]',
			);
			const expected = await controls.evaluateAll((els) => els.map((e) => e.outerHTML));
			await root.getByLabel(t.network, { exact: true }).focus();
			const reached: string[] = [];
			for (let i = 0; i < expected.length + 3; i++) {
				const html = await page.evaluate(() =>
					document.activeElement?.closest('[data-calc="gpu"]')
						? document.activeElement.outerHTML
						: '',
				);
				if (!html) break;
				reached.push(html);
				await page.keyboard.press('Tab');
			}
			expect(reached).toEqual(expected);
			const gpu = root.getByLabel(t.gpu, { exact: true });
			await gpu.focus();
			await page.keyboard.press('ArrowDown');
			await expect(gpu).toHaveValue('8');
			const check = root.getByLabel(t.remedyNames.layers, { exact: true });
			await check.focus();
			await page.keyboard.press('Space');
			await expect(check).toBeChecked();
			await root.getByText(t.howTitle).focus();
			await page.keyboard.press('Enter');
			await expect(root.locator('.calc-how')).toHaveAttribute('open', '');
			expect(problems).toEqual([]);
		});

		test('renders its figures without JavaScript and respects reduced motion', async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(pathOf(lang, SLUGS.gpu));
			await expect(row(page, 'baseline')).toContainText(megabytes(totalOf('baseline'), lang));
			await expect(widget(page, 'gpu').locator('.calc-seg').first()).toBeVisible();
			await context.close();

			const reduced = await browser.newPage();
			await reduced.emulateMedia({ reducedMotion: 'reduce' });
			await openCalculator(reduced, lang, 'gpu');
			const duration = () =>
				widget(reduced, 'gpu')
					.locator('.calc-seg')
					.first()
					.evaluate((el) => getComputedStyle(el).transitionDuration);
			expect(await duration()).toBe('0s');
			await reduced.emulateMedia({ reducedMotion: 'no-preference' });
			expect(await duration()).not.toBe('0s');
			await reduced.close();
		});
	});
}
