import { expect, test, type Page } from '@playwright/test';
import { memory, parseModel, summary, type ModelJson } from '../../src/lib/cnn/index.ts';
import { exercise2 } from '../../src/lib/cnn/presets/exercise2.ts';
import { LANGS } from '../../src/lib/i18n/lang.ts';
import { defaultGpuState, estimate, scenarios } from '../../src/widgets/Calculator/gpu.ts';
import { watchProblems } from '../console.ts';
import { megabytes, num, openCalculator, text, typeInto } from './calculator-helpers.ts';

/**
 * Changes a reader makes right after the page loads, before the calculator's engine has arrived.
 * Every mode shows its build-time figures until the engine is there, and then applies each such
 * change, in order; none is lost. The engine's chunk (`summary.*.js`, which every mode's engine
 * module imports) is held back until the test lets it through.
 */

const ENGINE_CHUNK = '**/_astro/summary.*.js';

/**
 * Holds the engine's chunk: `requested` resolves once the page has asked for it, and `release`
 * lets it (and every later request for it) through.
 */
async function holdEngine(page: Page): Promise<{ requested: Promise<void>; release: () => void }> {
	let release: () => void = () => undefined;
	const released = new Promise<void>((resolve) => (release = resolve));
	let asked: () => void = () => undefined;
	const requested = new Promise<void>((resolve) => (asked = resolve));
	await page.route(ENGINE_CHUNK, async (route) => {
		asked();
		await released;
		await route.continue();
	});
	return { requested, release };
}

const EX2 = exercise2();

for (const lang of LANGS) {
	const t = text(lang);

	test.describe(`calculator, changes before the engine arrives (${lang})`, () => {
		test('question 2 applies a layer edit and a memory setting made while the engine loads', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const engine = await holdEngine(page);
			const root = await openCalculator(page, lang, 'full');
			const layer1 = root.getByRole('group', { name: t.full.layer.replace('{n}', '1') });
			const filters = layer1.getByLabel(t.full.fields.filters);
			await typeInto(filters, '50');
			await root.getByLabel(t.full.dtype, { exact: true }).selectOption('float16');
			await engine.requested;
			// The build-time figures stay until the engine is there; the reader's entries stay too.
			await expect(root.getByTestId('totals')).toContainText(num(903_400, lang));
			await expect(filters).toHaveValue('50');
			engine.release();
			const changed: ModelJson = {
				...EX2,
				layers: EX2.layers.map((l, i) => (i === 0 ? { ...l, filters: 50 } : l)),
			};
			const s = summary(parseModel(changed));
			const bytes = memory(s, { batch: 50, dtype: 'float16', mode: 'training' }).total;
			await expect(root.getByTestId('totals')).toContainText(num(s.totalParams, lang));
			await expect(root.getByTestId('memory-total')).toContainText(megabytes(bytes, lang));
			await expect(filters).toHaveValue('50');
			expect(problems).toEqual([]);
		});

		test('question 3 applies a GPU size and a batch chosen while the engine loads', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const engine = await holdEngine(page);
			const root = await openCalculator(page, lang, 'gpu');
			await root.getByLabel(t.gpu.gpu, { exact: true }).selectOption('8');
			await typeInto(root.getByLabel(t.gpu.batch, { exact: true }), '100');
			await engine.requested;
			const baseline = root.getByTestId('scenarios').locator('tr[data-key="baseline"]');
			const first = defaultGpuState(EX2);
			const totalFor = (state: typeof first) => {
				const scenario = scenarios(EX2, state).find((x) => x.key === 'baseline');
				const e = scenario && estimate(scenario);
				if (!e?.ok) throw new Error('exercise 2 has no baseline estimate');
				return e.report.total;
			};
			await expect(baseline).toContainText(megabytes(totalFor(first), lang));
			engine.release();
			const bytes = totalFor({ ...first, gpu: 8, batch: 100 });
			await expect(baseline).toContainText(megabytes(bytes, lang));
			await expect(baseline.locator('td').last()).toHaveText(
				bytes <= 8 * 2 ** 30 ? t.gpu.yes : t.gpu.no,
			);
			expect(problems).toEqual([]);
		});

		test('question 1 applies an image height typed while the engine loads', async ({ page }) => {
			const problems = watchProblems(page);
			const engine = await holdEngine(page);
			const root = await openCalculator(page, lang, 'compare');
			const dense = root.getByTestId('dense-params');
			await typeInto(root.getByLabel(t.compare.imageH, { exact: true }), '100');
			await engine.requested;
			await expect(dense).toHaveText(num(18_000_100, lang));
			engine.release();
			await expect(dense).toHaveText(num(100 * 300 * 3 * 100 + 100, lang));
			expect(problems).toEqual([]);
		});
	});
}
