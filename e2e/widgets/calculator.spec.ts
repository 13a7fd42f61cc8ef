import { expect, test, type Page } from '@playwright/test';
import { memory, parseModel, summary, type ModelJson } from '../../src/lib/cnn/index.ts';
import { exercise2 } from '../../src/lib/cnn/presets/exercise2.ts';
import { vgg16 } from '../../src/lib/cnn/presets/vgg16.ts';
import { numberInputMessage } from '../../src/lib/i18n/number-input.ts';
import { LANGS, type Lang } from '../../src/lib/i18n/lang.ts';
import { toBase64Url } from '../../src/widgets/Calculator/url.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';
import {
	SLUGS,
	megabytes,
	num,
	openCalculator,
	text,
	typeInto,
	widget,
} from './calculator-helpers.ts';

/**
 * Question 2's full calculator, in both languages: the book's figures by default, editing,
 * adding, removing and reordering layers, the link round trip, every kind of bad input, keyboard
 * use, the page without JavaScript, reduced motion, and how fast a change reaches the figures.
 * Expected figures come from the engine itself, run here in Node.
 */

const total = (json: ModelJson) => summary(parseModel(json)).totalParams;
const trainBytes = (json: ModelJson) =>
	memory(summary(parseModel(json)), { batch: 50, mode: 'training' }).total;
const ex2 = exercise2();
const withLayer = (i: number, change: object): ModelJson => ({
	...ex2,
	layers: ex2.layers.map((l, j) => (j === i ? { ...l, ...change } : l)),
});

const layer = (page: Page, lang: Lang, n: number) =>
	widget(page, 'full').getByRole('group', {
		name: text(lang).full.layer.replace('{n}', String(n)),
	});
const totals = (page: Page) => widget(page, 'full').getByTestId('totals');
const memoryTotal = (page: Page) => widget(page, 'full').getByTestId('memory-total');

for (const lang of LANGS) {
	const t = text(lang).full;

	test.describe(`calculator (${lang})`, () => {
		test('shows 903,400 parameters, about 12.6 MB and about 565 MB by default', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			await expect(totals(page)).toContainText(num(903_400, lang));
			await expect(root.getByTestId('book-predict')).toHaveText(`≈ ${megabytes(12_613_600, lang)}`);
			await expect(root.getByTestId('book-train')).toHaveText(`≈ ${megabytes(565_613_600, lang)}`);
			await expect(memoryTotal(page)).toContainText(megabytes(565_613_600, lang));
			const table = root.getByRole('table', { name: t.summaryCaption });
			await expect(table.getByRole('row')).toHaveCount(5);
			for (const params of [2_800, 180_200, 720_400]) {
				await expect(table).toContainText(num(params, lang));
			}
			await expect(table).toContainText('25×38×400');
			// The notes' figures sit next to the book's, with why they are wrong.
			await expect(root.getByTestId('book')).toContainText(`${num(3.44, lang)}\u00a0MB`);
			await expect(root.getByTestId('book')).toContainText(`${num(172, lang)}\u00a0MB`);
			// "Show the working" expands each layer's arithmetic with its real numbers.
			await root.getByText(t.showWorking).click();
			await expect(root.locator('.calc-working')).toContainText(
				`(3×3×3 + 1) × 100 = ${num(2_800, lang)}`,
			);
			expect(problems).toEqual([]);
		});

		test('updates the table and totals when filters, kernel or stride change', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			await typeInto(layer(page, lang, 1).getByLabel(t.fields.filters), '50');
			const fewer = withLayer(0, { filters: 50 });
			await expect(totals(page)).toContainText(num(total(fewer), lang));
			await expect(root.getByRole('table', { name: t.summaryCaption })).toContainText(
				num(1_400, lang),
			);
			await expect(memoryTotal(page)).toContainText(megabytes(trainBytes(fewer), lang));

			await typeInto(layer(page, lang, 2).getByLabel(t.fields.kernel), '5');
			const kernel5: ModelJson = {
				...fewer,
				layers: fewer.layers.map((l, j) => (j === 1 ? { ...l, kernel: 5 } : l)),
			};
			await expect(totals(page)).toContainText(num(total(kernel5), lang));
			await expect(root).toContainText(num((5 * 5 * 50 + 1) * 200, lang));

			await typeInto(layer(page, lang, 1).getByLabel(t.fields.strides), '1');
			const stride1: ModelJson = {
				...kernel5,
				layers: kernel5.layers.map((l, j) => (j === 0 ? { ...l, strides: 1 } : l)),
			};
			// Same parameters, four times larger feature maps.
			await expect(totals(page)).toContainText(num(total(stride1), lang));
			await expect(root.getByRole('table', { name: t.summaryCaption })).toContainText('200×300×50');
			await expect(memoryTotal(page)).toContainText(megabytes(trainBytes(stride1), lang));
			expect(problems).toEqual([]);
		});

		test('adds, removes and reorders layers', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			const table = root.getByRole('table', { name: t.summaryCaption });
			const add = async (type: string) => {
				await root.getByLabel(t.newLayer).selectOption({ label: type });
				await root.getByRole('button', { name: t.add }).click();
			};
			await add(text(lang).full.types.flatten);
			await add(text(lang).full.types.dense);
			await expect(layer(page, lang, 5)).toBeVisible();
			// Dense's template is 10 softmax units: (25·38·400 + 1) · 10 more parameters.
			await expect(totals(page)).toContainText(num(903_400 + 3_800_010, lang));
			await expect(table.getByRole('row')).toHaveCount(7);

			// Move the dense layer above the flatten: it then acts on each position's 400 channels.
			await layer(page, lang, 5)
				.getByRole('button', { name: t.moveUp.replace('{n}', '5') })
				.click();
			await expect(totals(page)).toContainText(num(903_400 + 4_010, lang));
			await expect(table).toContainText('25×38×10');

			await layer(page, lang, 2)
				.getByRole('button', { name: t.remove.replace('{n}', '2') })
				.click();
			await expect(layer(page, lang, 5)).toHaveCount(0);
			await expect(table.getByRole('row')).toHaveCount(6);
			// Layer 3 now reads layer 1's 100 maps: (3·3·100 + 1) · 400.
			await expect(table).toContainText(num(360_400, lang));
			expect(problems).toEqual([]);
		});

		test('loads LeNet-5, AlexNet and VGG-16 with their reference totals', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			const preset = root.getByLabel(t.preset, { exact: true });
			for (const [id, params] of [
				['lenet5', 61_706],
				['alexnet', 61_100_840],
				['vgg16', 138_357_544],
				['exercise2', 903_400],
			] as const) {
				await preset.selectOption(id);
				await expect(totals(page)).toContainText(num(params, lang));
				await expect(preset).toHaveValue(id);
			}
			expect(problems).toEqual([]);
		});

		test('reproduces its state from the link after a reload', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			await typeInto(layer(page, lang, 1).getByLabel(t.fields.filters), '64');
			await layer(page, lang, 3).getByLabel(t.fields.padding).selectOption('valid');
			await root.getByLabel(t.optimizer, { exact: true }).selectOption('adam');
			await typeInto(root.getByLabel(t.batch, { exact: true }), '32');
			await root.getByRole('button', { name: text(lang).full.copyLink }).click();
			await expect(page).toHaveURL(/[?&]calc=/);
			const before = {
				totals: (await totals(page).textContent()) ?? '',
				memory: (await memoryTotal(page).textContent()) ?? '',
				table: (await root.getByRole('table', { name: t.summaryCaption }).textContent()) ?? '',
			};
			// Let the first load finish, so the reload aborts no pending request (the favicon).
			await page.waitForLoadState('networkidle');
			await page.reload();
			await root.scrollIntoViewIfNeeded();
			await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
			await expect(layer(page, lang, 1).getByLabel(t.fields.filters)).toHaveValue('64');
			await expect(layer(page, lang, 3).getByLabel(t.fields.padding)).toHaveValue('valid');
			await expect(root.getByLabel(t.optimizer, { exact: true })).toHaveValue('adam');
			await expect(root.getByLabel(t.batch, { exact: true })).toHaveValue('32');
			await expect(totals(page)).toHaveText(before.totals);
			await expect(memoryTotal(page)).toHaveText(before.memory);
			await expect(root.getByRole('table', { name: t.summaryCaption })).toHaveText(before.table);
			await expect(root.getByTestId('link-notice')).toHaveCount(0);
			expect(problems).toEqual([]);
		});

		test('answers every bad entry next to its field and keeps the last result, stale', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			const filters = layer(page, lang, 1).getByLabel(t.fields.filters);
			const cases: [string, Parameters<typeof numberInputMessage>[0]][] = [
				['', { code: 'empty' }],
				['0', { code: 'too-small', min: 1 }],
				['-3', { code: 'too-small', min: 1 }],
				['2.5', { code: 'not-integer' }],
				['abc', { code: 'not-a-number' }],
				['999999999', { code: 'too-large', max: 100_000 }],
			];
			for (const [entry, error] of cases) {
				// One input event per entry, as a paste does: typing would pass through valid prefixes.
				await filters.fill(lang === 'id' ? entry.replace('.', ',') : entry);
				await expect(filters).toHaveAttribute('aria-invalid', 'true');
				const described = await filters.getAttribute('aria-describedby');
				expect(described).toBeTruthy();
				await expect(page.locator(`[id="${described}"]`)).toHaveText(
					numberInputMessage(error, lang),
				);
				await expect(totals(page)).toContainText(num(903_400, lang));
				await expect(totals(page)).toHaveClass(/cnn-stale/);
				await expect(root).toContainText(t.stale);
				await expect(root).not.toContainText('NaN');
			}
			await typeInto(filters, '100');
			await expect(filters).not.toHaveAttribute('aria-invalid', 'true');
			await expect(totals(page)).not.toHaveClass(/cnn-stale/);

			// An output smaller than one pixel: the engine's message, in the table and at the layer.
			const first = layer(page, lang, 1);
			await first.getByLabel(t.fields.padding).selectOption('valid');
			await first.getByLabel(t.fields.kernel).fill('250');
			const error = summaryError({ ...withLayer(0, { kernel: 250, padding: 'valid' }) }, lang);
			await expect(root.getByRole('table', { name: t.summaryCaption })).toContainText(error);
			await expect(first).toContainText(error);
			await expect(totals(page)).toHaveClass(/cnn-stale/);
			await expect(totals(page)).toContainText(num(903_400, lang));

			// Removing every layer: the engine's own message, figures kept.
			for (let n = 3; n >= 1; n--) {
				await layer(page, lang, n)
					.getByRole('button', { name: t.remove.replace('{n}', String(n)) })
					.click();
			}
			await expect(root).toContainText(summaryError({ ...ex2, layers: [] }, lang));
			await expect(totals(page)).toContainText(num(903_400, lang));
			expect(problems).toEqual([]);
		});

		test('refuses pasted JSON the engine or the editor rejects, and loads valid JSON', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			await root.getByText(t.tools).click();
			const paste = root.getByLabel(t.paste);
			const load = root.getByRole('button', { name: t.load });
			const bad = [
				'{"input": [8, 8, 3], "layers": [',
				'{"input": [8, 8, 3], "layers": [{"type": "conv2d", "filter": 3, "kernel": 3}]}',
				'{"input": [8, 8, 3], "layers": [{"type": "activation", "fn": "relu"}]}',
				'<script>window.__calcXss = 1</script>',
			];
			for (const json of bad) {
				await paste.fill(json);
				await load.click();
				await expect(paste).toHaveAttribute('aria-invalid', 'true');
				await expect(
					root.locator(`[id="${await paste.getAttribute('aria-describedby')}"]`),
				).not.toBeEmpty();
			}
			await paste.fill(
				'{"input": [28, 28, 1], "layers": [{"type": "conv2d", "filters": 8, "kernel": 3}, {"type": "flatten"}, {"type": "dense", "units": 10}]}',
			);
			await load.click();
			await expect(paste).not.toHaveAttribute('aria-invalid', 'true');
			// (3·3·1 + 1)·8 + (26·26·8 + 1)·10
			await expect(totals(page)).toContainText(num(80 + 54_090, lang));
			expect(await page.evaluate(() => 'calcXss' in window || '__calcXss' in window)).toBe(false);
			expect(problems).toEqual([]);
		});

		test('exports JSON, Keras and PyTorch code with the same parameter count', async ({
			page,
			context,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			await root.getByText(t.tools).click();
			const output = root.getByTestId('export-output');
			await root.getByRole('button', { name: t.copyJson }).click();
			await expect(output).toHaveValue(/"filters": 100/);
			await root.getByRole('button', { name: t.copyKeras }).click();
			await expect(output).toHaveValue(/model\.summary\(\) {2}# Total params: 903,400/);
			await root.getByRole('button', { name: t.copyTorch }).click();
			await expect(output).toHaveValue(/parameters\(\)\)\) {2}# 903,400/);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('903,400');
			expect(problems).toEqual([]);
		});

		for (const [name, query] of hostileLinks()) {
			test(`falls back to the preset with a notice for a ${name} link`, async ({ page }) => {
				const problems = watchProblems(page);
				if (query.length > 8_000) {
					// Servers refuse such a request line (431); a browser can still hold the URL, so
					// the page is served from the test to check what the widget does with it.
					const html = await (await page.request.get(pathOf(lang, SLUGS.full))).text();
					await page.route(
						(url) => url.search.length > 8_000,
						(route) => route.fulfill({ body: html, contentType: 'text/html' }),
					);
				}
				const root = await openCalculator(page, lang, 'full', query);
				await expect(root.getByTestId('link-notice')).toBeVisible();
				await expect(root.getByTestId('link-notice').locator('*')).toHaveCount(0);
				await expect(totals(page)).toContainText(num(903_400, lang));
				expect(await page.evaluate(() => '__calcXss' in window)).toBe(false);
				expect(problems).toEqual([]);
			});
		}

		test('fills the working and the tools a reader opened before the widget hydrated', async ({
			page,
		}) => {
			// Their code loads when they are first opened; one opened early must still get it.
			const problems = watchProblems(page);
			await page.goto(pathOf(lang, SLUGS.full));
			const root = widget(page, 'full');
			// Below the fold, the island hydrates only when scrolled into view (client:visible).
			const island = page.locator('astro-island', { has: root });
			await expect(island).toHaveAttribute('ssr', '');
			for (const selector of ['.calc-working', '.calc-tools']) {
				await root.locator(selector).evaluate((el) => ((el as HTMLDetailsElement).open = true));
			}
			await root.scrollIntoViewIfNeeded();
			await expect(island).not.toHaveAttribute('ssr');
			await expect(root.locator('.calc-working')).toContainText(
				`(3×3×3 + 1) × 100 = ${num(2_800, lang)}`,
			);
			await expect(root.getByLabel(t.paste)).toBeVisible();
			expect(problems).toEqual([]);
		});

		test('can be used with the keyboard alone', async ({ page }) => {
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			// Every control is reached by Tab, in order, and shows a visible focus ring.
			const controls = root.locator(
				'input:visible, select:visible, button:visible:not([disabled]), textarea:visible, summary, a[href], [tabindex="0"]',
			);
			// "Open in the lab" writes the model into its address once focused: compare without it.
			const plain = (html: string) => html.replace(/\?lab=[\w-]*/, '');
			const expected = (await controls.evaluateAll((els) => els.map((e) => e.outerHTML))).map(
				plain,
			);
			await root.getByLabel(t.preset).focus();
			const reached: string[] = [];
			for (let i = 0; i < expected.length + 5; i++) {
				const info = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement;
					const inside = Boolean(el.closest('[data-calc="full"]'));
					return { inside, html: el.outerHTML, outline: getComputedStyle(el).outlineStyle };
				});
				if (!info.inside) break;
				expect(info.outline, info.html.slice(0, 80)).not.toBe('none');
				reached.push(plain(info.html));
				await page.keyboard.press('Tab');
			}
			expect(reached).toEqual(expected);

			// And every kind of control changes with keys only.
			const filters = layer(page, lang, 1).getByLabel(t.fields.filters);
			await filters.focus();
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.type('50');
			await expect(totals(page)).toContainText(num(total(withLayer(0, { filters: 50 })), lang));
			const activation = layer(page, lang, 1).getByLabel(t.fields.activation);
			await activation.focus();
			await page.keyboard.press('ArrowDown');
			await expect(activation).not.toHaveValue('relu');
			const bias = layer(page, lang, 1).getByLabel(t.fields.useBias);
			await bias.focus();
			await page.keyboard.press('Space');
			await expect(bias).not.toBeChecked();
			await expect(totals(page)).toContainText(
				num(total(withLayer(0, { filters: 50, useBias: false })), lang),
			);
			await root.getByLabel(t.newLayer).focus();
			await page.keyboard.press('ArrowDown');
			await root.getByRole('button', { name: t.add }).focus();
			await page.keyboard.press('Enter');
			await expect(layer(page, lang, 4)).toBeVisible();
			await expect(layer(page, lang, 4).getByLabel(t.type)).toBeFocused();
			await page.keyboard.press('Tab');
			const up = layer(page, lang, 4).getByRole('button', { name: t.moveUp.replace('{n}', '4') });
			await up.focus();
			await page.keyboard.press('Enter');
			// Focus follows the moved layer.
			await expect(
				layer(page, lang, 3).getByRole('button', { name: t.moveUp.replace('{n}', '3') }),
			).toBeFocused();
			await layer(page, lang, 3)
				.getByRole('button', { name: t.remove.replace('{n}', '3') })
				.press('Enter');
			await expect(layer(page, lang, 4)).toHaveCount(0);
			const mode = root.getByLabel(t.mode, { exact: true });
			await mode.focus();
			await page.keyboard.press('ArrowUp');
			await expect(mode).toHaveValue('inference');
			await root.getByText(t.showWorking).focus();
			await page.keyboard.press('Enter');
			await expect(root.locator('.calc-working')).toHaveAttribute('open', '');
			expect(problems).toEqual([]);
		});

		test('renders the full table and memory figures without JavaScript', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(pathOf(lang, SLUGS.full));
			const root = widget(page, 'full');
			const table = root.getByRole('table', { name: t.summaryCaption });
			await expect(table.getByRole('row')).toHaveCount(5);
			await expect(table).toContainText(num(720_400, lang));
			await expect(totals(page)).toContainText(num(903_400, lang));
			await expect(memoryTotal(page)).toContainText(megabytes(565_613_600, lang));
			await expect(root.getByTestId('book-predict')).toContainText(megabytes(12_613_600, lang));
			await context.close();
		});

		test('respects reduced motion', async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const problems = watchProblems(page);
			const root = await openCalculator(page, lang, 'full');
			const duration = () =>
				root
					.locator('.calc-seg')
					.first()
					.evaluate((el) => getComputedStyle(el).transitionDuration);
			expect(await duration()).toBe('0s');
			await typeInto(layer(page, lang, 1).getByLabel(t.fields.filters), '50');
			await expect(totals(page)).toContainText(num(total(withLayer(0, { filters: 50 })), lang));
			expect(await duration()).toBe('0s');
			await page.emulateMedia({ reducedMotion: 'no-preference' });
			expect(await duration()).not.toBe('0s');
			expect(problems).toEqual([]);
		});

		test('measures how fast a field change reaches the figures', async ({ page }) => {
			const root = await openCalculator(page, lang, 'full');
			const measure = async (group: string, value: number, expected: string) => {
				const input = root
					.getByRole('group', { name: group, exact: true })
					.getByLabel(t.fields.filters);
				const id = await input.getAttribute('id');
				if (id === null) throw new Error(`the ${group} filters field has no id`);
				return page.evaluate(
					async ({ id, value, expected }) => {
						const field = document.getElementById(id) as HTMLInputElement;
						const totalsEl = document.querySelector('[data-calc="full"] [data-testid="totals"]');
						let frames = 0;
						let counting = true;
						const count = () => {
							if (!counting) return;
							frames++;
							requestAnimationFrame(count);
						};
						requestAnimationFrame(count);
						const start = performance.now();
						field.value = String(value);
						field.dispatchEvent(new Event('input', { bubbles: true }));
						return new Promise<{ ms: number; frames: number }>((resolve) => {
							const check = () => {
								if (totalsEl?.textContent.includes(expected)) {
									counting = false;
									resolve({ ms: performance.now() - start, frames });
								} else requestAnimationFrame(check);
							};
							queueMicrotask(check);
						});
					},
					{ id, value, expected },
				);
			};
			/** Five changes in a row, alternating two values; the median and the slowest. */
			const series = async (group: string, json: ModelJson, values: [number, number]) => {
				const runs: { ms: number; frames: number }[] = [];
				for (let i = 0; i < 5; i++) {
					const value = i % 2 === 0 ? values[0] : values[1];
					const changed = {
						...json,
						layers: json.layers.map((l, j) =>
							j === 0 ? ({ ...l, filters: value } as typeof l) : l,
						),
					};
					runs.push(await measure(group, value, num(total(changed), lang)));
				}
				const [, , median, , max] = runs.map((r) => r.ms).sort((a, b) => a - b);
				if (median === undefined || max === undefined) throw new Error('five runs were timed');
				return { median, max, frames: Math.max(...runs.map((r) => r.frames)) };
			};
			const label = t.layer.replace('{n}', '1');
			const ex2Timing = await series(label, ex2, [50, 100]);
			await root.getByLabel(t.preset, { exact: true }).selectOption('vgg16');
			await expect(totals(page)).toContainText(num(138_357_544, lang));
			const vggTiming = await series(`${label} · block1_conv1`, vgg16(), [32, 64]);
			for (const [name, timing] of [
				['exercise 2', ex2Timing],
				['VGG-16', vggTiming],
			] as const) {
				const line = `${lang}, ${name}: median ${timing.median.toFixed(1)} ms, slowest ${timing.max.toFixed(1)} ms, at most ${timing.frames} animation frame(s) before the new total was in the DOM`;
				console.log(`[calculator timing] ${line}`);
				test.info().annotations.push({ type: 'timing', description: line });
			}
		});
	});
}

/** The engine's sentence for a model that does not compute, in a language. */
function summaryError(json: ModelJson, lang: Lang): string {
	try {
		summary(parseModel(json));
	} catch (error) {
		return (error as { describe: (l: Lang) => string }).describe(lang);
	}
	throw new Error('expected the model to fail');
}

/** Broken and hostile links: truncated, wrong types, 100 kB long, script text. */
function hostileLinks(): [string, string][] {
	const valid = toBase64Url(
		JSON.stringify({
			v: 1,
			k: 'full',
			p: 'custom',
			m: exercise2(),
			b: 50,
			d: 'float32',
			t: 'training',
			o: 'none',
		}),
	);
	return [
		['truncated', `?calc=${valid.slice(0, valid.length - 20)}`],
		[
			'wrong-typed',
			`?calc=${toBase64Url(JSON.stringify({ v: 1, k: 'full', p: 1, m: [], b: '50' }))}`,
		],
		['100 kB', `?calc=${'A'.repeat(100_000)}`],
		['script', `?calc=${encodeURIComponent('<script>window.__calcXss=1</script>')}`],
		[
			'script-in-JSON',
			`?calc=${toBase64Url(
				JSON.stringify({
					v: 1,
					k: 'full',
					p: 'custom',
					m: { input: [8, 8, 3], layers: [{ type: '<img src=x onerror="window.__calcXss=1">' }] },
					b: 50,
					d: 'float32',
					t: 'training',
					o: 'none',
				}),
			)}`,
		],
	];
}
