import { expect, test, type Page } from '@playwright/test';
import { parseModel, summary } from '../../src/lib/cnn/index.ts';
import { exercise2 } from '../../src/lib/cnn/presets/exercise2.ts';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import { LANGS, type Lang } from '../../src/lib/i18n/lang.ts';
import { ALEXNET_LRN, lrn } from '../../src/lib/normalization/lrn.ts';
import { codec as fullLink } from '../../src/widgets/Calculator/full-link.ts';
import { fromModelJson } from '../../src/widgets/Calculator/full-state.ts';
import { lrnPreset } from '../../src/widgets/LrnExplorer/state.ts';
import { STRINGS as LRN } from '../../src/widgets/LrnExplorer/strings.ts';
import { STRINGS as POOL } from '../../src/widgets/PoolingAnimation/strings.ts';
import { fill } from '../../src/lib/i18n/fill.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';
import { SLUGS, text, widget } from './calculator-helpers.ts';

/**
 * The widgets' `client:widget` directive (`src/widgets/shared/widget-directive.ts`): a link with
 * the calculator's state scrolls to it and restores that state without the reader scrolling; a
 * widget far down a plain page stays unhydrated until seen; and what a reader types or clicks in a
 * widget's server HTML while its code is still on the way is replayed once it has hydrated, the
 * island's code being held back by the test until then.
 */

const LRN_SLUG = 'ch14/05-local-response-normalization';
const POOL_SLUG = 'ch14/04-max-pooling-vs-strided-conv';
const DEFAULT_LRN = [20, 20, 200, 20, 20, 20, 20, 20];

/**
 * Holds back the island chunk whose file name starts with `name` until the returned function is
 * called, as a slow connection would.
 */
async function holdIsland(page: Page, name: string): Promise<() => void> {
	let release: () => void = () => undefined;
	const released = new Promise<void>((resolve) => {
		release = resolve;
	});
	await page.route(
		(url) => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`).test(url.pathname),
		async (route) => {
			await released;
			await route.continue();
		},
	);
	return release;
}

/** The values printed above the bars of one of the LRN explorer's charts. */
const printed = (page: Page, chart: string) => page.getByTestId(chart).locator('.lrn-val');
const shown = (values: readonly number[], lang: Lang) =>
	values.map((v) => formatNumber(v, lang, { maximumFractionDigits: 2 }));

for (const lang of LANGS) {
	test.describe(`widget hydration (${lang})`, () => {
		test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

		test('a link with the calculator’s state opens on the widget, state restored, without scrolling', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const model = {
				...exercise2(),
				layers: exercise2().layers.map((l, i) => (i === 0 ? { ...l, filters: 64 } : l)),
			};
			const link = fullLink.encode({
				preset: 'custom',
				model: fromModelJson(model),
				memory: { batch: 32, dtype: 'float32', mode: 'training', optimizer: 'adam' },
			});
			await page.goto(`${pathOf(lang, SLUGS.full)}?calc=${link}`);
			const root = widget(page, 'full');
			const t = text(lang).full;
			await expect(root.getByLabel(t.batch, { exact: true })).toHaveValue('32');
			await expect(root.getByLabel(t.optimizer, { exact: true })).toHaveValue('adam');
			const params = summary(parseModel(model)).totalParams;
			await expect(root.getByTestId('totals')).toContainText(formatNumber(params, lang));
			await expect(root.getByTestId('totals')).not.toContainText(formatNumber(903_400, lang));
			await expect(root).toBeInViewport();
			expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
			expect(problems).toEqual([]);
		});

		test('without a link the page opens at its top, and a widget hydrates only once seen', async ({
			page,
		}) => {
			await page.goto(pathOf(lang, SLUGS.full));
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
			await widget(page, 'full').scrollIntoViewIfNeeded();
			await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		});

		test('a number typed before the island hydrated is kept, computed, and typing goes on', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const release = await holdIsland(page, 'LrnExplorer');
			await page.goto(pathOf(lang, LRN_SLUG));
			const root = page.locator('.lrn');
			const k = root.getByLabel(LRN[lang].k, { exact: true }).first();
			await k.scrollIntoViewIfNeeded();
			await k.focus();
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.type('1');
			await expect(page.locator('astro-island[ssr] .lrn')).toHaveCount(1);
			release();
			await expect(page.locator('astro-island:not([ssr]) .lrn')).toHaveCount(1);
			await expect(k).toHaveValue('1');
			await expect(printed(page, 'lrn-output')).toHaveText(
				shown(lrn(DEFAULT_LRN, { ...ALEXNET_LRN, k: 1 }), lang),
			);
			// The field kept the focus and the caret after the typed text.
			await expect(k).toBeFocused();
			await page.keyboard.type('0');
			await expect(k).toHaveValue('10');
			await expect(printed(page, 'lrn-output')).toHaveText(
				shown(lrn(DEFAULT_LRN, { ...ALEXNET_LRN, k: 10 }), lang),
			);
			expect(problems).toEqual([]);
		});

		test('a button pressed before the island hydrated acts once it has, engine included', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const release = await holdIsland(page, 'LrnExplorer');
			await page.goto(pathOf(lang, LRN_SLUG));
			const root = page.locator('.lrn');
			const uniform = root.getByRole('button', { name: LRN[lang].presets.uniform });
			await uniform.click();
			await expect(page.locator('astro-island[ssr] .lrn')).toHaveCount(1);
			release();
			await expect(uniform).toHaveAttribute('aria-pressed', 'true');
			const values = lrnPreset('uniform', 8);
			await expect(printed(page, 'lrn-input')).toHaveText(shown(values, lang));
			await expect(printed(page, 'lrn-output')).toHaveText(shown(lrn(values, ALEXNET_LRN), lang));
			expect(problems).toEqual([]);
		});

		test('a click before hydration is replayed exactly once', async ({ page }) => {
			const problems = watchProblems(page);
			const release = await holdIsland(page, 'PoolingAnimation');
			await page.goto(pathOf(lang, POOL_SLUG));
			const root = page.locator('.pool');
			const step = root.getByTestId('step');
			await expect(step).toHaveText(fill(POOL[lang].stepOf, { step: 9, total: 9 }));
			await root.getByRole('button', { name: POOL[lang].back }).click();
			await expect(page.locator('astro-island[ssr] .pool')).toHaveCount(1);
			release();
			await expect(page.locator('astro-island:not([ssr]) .pool')).toHaveCount(1);
			await expect(step).toHaveText(fill(POOL[lang].stepOf, { step: 8, total: 9 }));
			await page.waitForTimeout(300);
			await expect(step).toHaveText(fill(POOL[lang].stepOf, { step: 8, total: 9 }));
			expect(problems).toEqual([]);
		});
	});
}
