import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { INSPECT_STRINGS } from '../../src/widgets/CnnLab/inspect-strings.ts';
import { STRINGS } from '../../src/widgets/CnnLab/strings.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';

/**
 * The CNN lab on exercise 9's page, in both languages: the reference figures without JavaScript;
 * a short real training run (a few hundred images an epoch, through the reader's own "images per
 * epoch" setting) that lowers the loss and updates the chart, the filters and the status; pause,
 * resume and reset; looking inside the trained network (a test image's prediction and feature
 * maps, a keyboard drawing, the confusion matrix); bad settings and a model the lab cannot train,
 * refused before any download; all from the keyboard, with no console error.
 */

const SLUG = 'ch14/09-lab-fashion-mnist';
const DATA = /\/lab\/fashion-mnist\/\w+\.bin\.gz$/;

async function open(page: Page, lang: 'en' | 'id') {
	await page.goto(pathOf(lang, SLUG));
	const widget = page.locator('.lab');
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:not([ssr]) .lab')).toBeVisible();
	return widget;
}

/** Types a value into a labelled field from the keyboard: focus, select all, type. */
async function typeInto(field: Locator, value: string) {
	await field.focus();
	await field.press('ControlOrMeta+a');
	await field.pressSequentially(value);
}

/** The fills of every filter cell: what changes when the filters are redrawn. */
const filterFills = (widget: Locator) =>
	widget
		.getByTestId('lab-filters')
		.locator('rect[fill]')
		.evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));

/** The number in a table cell, in the page's format. */
const numberIn = (text: string, lang: 'en' | 'id') =>
	Number(lang === 'en' ? text.replace(/[,%]/g, '') : text.replace(/[.%]/g, '').replace(',', '.'));

for (const lang of ['en', 'id'] as const) {
	const t = STRINGS[lang];
	const it = INSPECT_STRINGS[lang];

	test.describe(`CNN lab (${lang})`, () => {
		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test('shows the default model’s table, the reference learning curve and its filters', async ({
				page,
			}) => {
				const requests: string[] = [];
				page.on('request', (r) => requests.push(r.url()));
				await page.goto(pathOf(lang, SLUG));
				const widget = page.locator('.lab');
				await expect(widget.getByTestId('lab-summary')).toContainText(
					lang === 'en' ? '5,258' : '5.258',
				);
				await expect(widget.getByTestId('lab-curve').locator('svg')).toBeVisible();
				await expect(widget.locator('.lab-loss-point')).toHaveCount(3);
				await expect(widget.getByText(t.curveReference)).toBeVisible();
				await expect(widget.getByTestId('lab-filters').locator('[data-filter]')).toHaveCount(8);
				await expect(widget.getByTestId('lab-inspect')).toContainText(t.inspectPending);
				expect(requests.filter((url) => DATA.test(url))).toEqual([]);
			});
		});

		test('a short run from the keyboard lowers the loss and updates chart, filters and status', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			const widget = await open(page, lang);
			const before = await filterFills(widget);
			expect(requests.filter((url) => DATA.test(url))).toEqual([]);

			await typeInto(widget.getByLabel(t.epochs, { exact: true }), '2');
			await typeInto(widget.getByLabel(t.imagesPerEpoch), '320');
			const train = widget.getByRole('button', { name: t.train, exact: true });
			await train.focus();
			await page.keyboard.press('Enter');

			const status = widget.getByTestId('lab-status');
			await expect(status).toContainText(lang === 'en' ? 'Done: 2 epochs' : 'Selesai: 2 epoch', {
				timeout: 60_000,
			});
			expect(requests.filter((url) => DATA.test(url)).length).toBeGreaterThanOrEqual(2);
			await expect(widget.getByText(t.curveLive)).toBeVisible();
			await expect(widget.locator('.lab-loss-point')).toHaveCount(2);
			await expect(widget.getByTestId('lab-running')).toHaveAttribute('d', /^M[\d.]+ [\d.]+/);
			expect(await filterFills(widget)).not.toEqual(before);

			// The epochs' table: the training loss fell from epoch 1 to epoch 2, and the held-out
			// accuracy is well above chance (10%) after 640 images.
			const rows = widget.getByTestId('lab-epochs').locator('tbody tr');
			await expect(rows).toHaveCount(2);
			const cell = async (i: number, column: number) =>
				numberIn((await rows.nth(i).locator('td').nth(column).textContent()) ?? '', lang);
			const [first, second] = [await cell(0, 0), await cell(1, 0)];
			expect(Number.isFinite(first)).toBe(true);
			expect(second).toBeLessThan(first);
			expect(await cell(1, 3)).toBeGreaterThan(30);
			await expect(widget).not.toContainText('NaN');
			await expect(page.locator(`#lab-${lang}-announce`)).toContainText(
				lang === 'en' ? 'Done' : 'Selesai',
			);
			expect(problems).toEqual([]);
		});

		test('after a short run, a test image, then a keyboard drawing, get a prediction and feature maps, beside a 10 × 10 confusion matrix', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			const section = widget.getByTestId('lab-inspect');
			await expect(section).toContainText(t.inspectPending);
			await typeInto(widget.getByLabel(t.epochs, { exact: true }), '1');
			await typeInto(widget.getByLabel(t.imagesPerEpoch), '320');
			await widget.getByRole('button', { name: t.train, exact: true }).press('Enter');
			await expect(widget.getByTestId('lab-status')).toContainText(
				lang === 'en' ? 'Done: 1 epoch' : 'Selesai: 1 epoch',
				{ timeout: 60_000 },
			);
			await expect(section).not.toContainText(t.inspectPending);

			// Choose test image 5 from the keyboard: its true class, ten probabilities, the maps.
			const number = section.getByLabel(it.testLabel);
			await typeInto(number, '5');
			const truth = section.getByTestId('lab-test-truth');
			await expect(truth).toBeVisible();
			const bars = section.locator('.inspect-pred__bars li');
			await expect(bars).toHaveCount(10);
			const percents = async () =>
				(await bars.locator('.inspect-pred__value').allTextContents()).map((p) =>
					numberIn(p, lang),
				);
			const sum = (await percents()).reduce((a, b) => a + b, 0);
			expect(sum).toBeGreaterThan(99);
			expect(sum).toBeLessThan(101);
			await expect(section.locator('.inspect-pred__sentence')).toContainText(
				it.predTruth.split('{')[0] ?? '',
			);
			await expect(section.locator('.inspect-maps__layer').first()).toBeVisible();
			expect(await section.locator('canvas.inspect-maps__map').count()).toBeGreaterThan(8);

			// Next, from the keyboard, picks image 6.
			await section.getByRole('button', { name: it.testNext }).press('Enter');
			await expect(number).toHaveValue('6');

			// Draw on the pad with the keyboard: Space paints, Shift+arrows paint along.
			await section.getByRole('button', { name: it.padClear }).press('Enter');
			await expect(truth).toBeHidden();
			// The blank pad's answer has arrived once the bars stop changing.
			const barsText = () => section.locator('.inspect-pred__bars').textContent();
			let blank = await barsText();
			await expect
				.poll(async () => {
					const now = await barsText();
					const same = now === blank;
					blank = now;
					return same;
				})
				.toBe(true);
			const pad = section.getByRole('application', { name: it.padLabel });
			await pad.focus();
			for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
			for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Space');
			// One announcement says what was painted and what the network now says, in one live
			// region; the prediction is not announced a second time on its own.
			const live = section.locator('[aria-live]');
			const painted = it.padPainted.split('{')[0] ?? '';
			const says = it.predSentence.split('{')[0] ?? '';
			await expect(live.filter({ hasText: painted })).toHaveCount(1);
			await expect(live.filter({ hasText: painted })).toContainText(says);
			await expect(live.filter({ hasText: says })).toHaveCount(1);
			for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
			for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowDown');
			await expect(section.locator('.inspect-pred__bars')).not.toHaveText(blank ?? '');
			await expect(bars).toHaveCount(10);
			await expect(section.locator('.inspect-pred__sentence')).not.toContainText(
				it.predTruth.split('{')[0] ?? '',
			);

			// The held-out confusion matrix: 10 × 10 counts (and a recall column).
			const table = section.locator('.inspect-cm__table');
			await expect(table.locator('tbody tr')).toHaveCount(10);
			await expect(table.locator('tbody td:not(.inspect-cm__recall)')).toHaveCount(100);
			await expect(widget).not.toContainText('NaN');
			expect(problems).toEqual([]);
		});

		test('pause stops the curve, resume continues it, and reset brings back the reference run', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			await typeInto(widget.getByLabel(t.imagesPerEpoch), '10000');
			await widget.getByRole('button', { name: t.train, exact: true }).click();
			const status = widget.getByTestId('lab-status');
			const running = widget.getByTestId('lab-running');
			// Training has started and reported its running loss (the curve now shows this run).
			await expect(widget.getByText(t.curveLive)).toBeVisible({ timeout: 60_000 });
			await expect(status).toContainText(lang === 'en' ? 'running loss' : 'loss berjalan', {
				timeout: 30_000,
			});

			const pause = widget.getByRole('button', { name: t.pause });
			await pause.focus();
			await page.keyboard.press('Space');
			await expect(status).toContainText(lang === 'en' ? 'Paused after' : 'Dijeda setelah');
			const paused = await running.getAttribute('d');
			await page.waitForTimeout(1000);
			expect(await running.getAttribute('d')).toBe(paused);
			// Paused mid-epoch, the network can be looked into: a prediction and the matrix.
			const section = widget.getByTestId('lab-inspect');
			await expect(section.locator('.inspect-pred__bars li')).toHaveCount(10);
			await expect(section.locator('.inspect-cm__table tbody tr')).toHaveCount(10);

			await widget.getByRole('button', { name: t.resume }).click();
			await expect(running).not.toHaveAttribute('d', paused ?? '', { timeout: 10_000 });
			// Resumed mid-epoch, the section the reader was looking at stays.
			await expect(status).toContainText(lang === 'en' ? 'epoch 1 of' : 'epoch 1 dari');
			await expect(section).not.toContainText(t.inspectPending);
			await expect(section.locator('.inspect-pred__bars li')).toHaveCount(10);

			await widget.getByRole('button', { name: t.reset }).click();
			await expect(status).toHaveText(t.statusReset);
			await expect(widget.getByText(t.curveReference)).toBeVisible();
			await expect(widget.locator('.lab-loss-point')).toHaveCount(3);
			await expect(widget.getByRole('button', { name: t.train, exact: true })).toBeEnabled();
			expect(problems).toEqual([]);
		});

		test('exports the model as JSON, Keras and PyTorch code, and the figures as PNG files, loading the exporters only then', async ({
			page,
			context,
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const problems = watchProblems(page);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			const widget = await open(page, lang);
			const exporters = /(LabExportTools|keras|pytorch|svg-png)[^/]*\.js$/;
			expect(requests.filter((url) => exporters.test(url))).toEqual([]);

			await widget.getByText(t.exportSummary).click();
			const output = widget.getByTestId('export-output');
			await widget.getByRole('button', { name: t.copyJson }).press('Enter');
			await expect(output).toHaveValue(/"filters": 8/);
			await widget.getByRole('button', { name: t.copyKeras }).click();
			await expect(output).toHaveValue(/model\.summary\(\) {2}# Total params: 5,258/);
			await widget.getByRole('button', { name: t.copyTorch }).click();
			await expect(output).toHaveValue(/parameters\(\)\)\) {2}# 5,258/);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('5,258');
			await expect(widget.locator('.lab-export .cnn-live')).toHaveText(t.copied);

			// Each figure downloads as a PNG, three times its drawn size plus margins.
			for (const [name, file] of [
				[t.pngCurve, 'cnn-lab-learning-curve.png'],
				[t.pngFilters, 'cnn-lab-filters.png'],
			] as const) {
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					widget.getByRole('button', { name }).click(),
				]);
				expect(download.suggestedFilename()).toBe(file);
				const png = await readFile(await download.path());
				expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
				expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(3 * 360);
				await expect(widget.locator('.lab-export .cnn-live')).toContainText(file);
			}
			expect(problems).toEqual([]);
		});

		test('a learning rate that diverges stops the run, says so without NaN, and the offered lower rate sets the field', async ({
			page,
		}) => {
			test.setTimeout(60_000);
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			// The default model does not diverge at any allowed rate (its loss is computed stably and
			// its ReLUs die instead); LeNet with SGD at η = 1, one image a batch, does within 10 steps.
			await widget.getByLabel(t.preset, { exact: true }).selectOption('fashion-lenet');
			await widget.getByLabel(t.optimizer, { exact: true }).selectOption('sgd');
			const rate = widget.getByLabel(t.learningRate);
			await typeInto(rate, '1');
			await typeInto(widget.getByLabel(t.batchSize), '1');
			await typeInto(widget.getByLabel(t.epochs, { exact: true }), '1');
			await typeInto(widget.getByLabel(t.imagesPerEpoch), '1000');
			await widget.getByRole('button', { name: t.train, exact: true }).click();

			const status = widget.getByTestId('lab-status');
			const stopped = t.diverged.split('{')[0] ?? '';
			await expect(status).toContainText(stopped, { timeout: 50_000 });
			await expect(page.locator(`#lab-${lang}-announce`)).toContainText(stopped);
			await expect(widget.getByRole('button', { name: t.train, exact: true })).toBeEnabled();
			await expect(widget.getByRole('button', { name: t.pause })).toBeDisabled();
			await expect(widget.getByTestId('lab-inspect')).toContainText(t.inspectPending);
			await expect(widget).not.toContainText('NaN');
			await expect(widget).not.toContainText('Infinity');

			await widget.getByRole('button', { name: t.lowerRate }).click();
			await expect(rate).toHaveValue(lang === 'en' ? '0.1' : '0,1');
			await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
			expect(problems).toEqual([]);
		});

		test('an uploaded picture is shrunk onto the pad and gets a prediction and feature maps', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			await typeInto(widget.getByLabel(t.epochs, { exact: true }), '1');
			await typeInto(widget.getByLabel(t.imagesPerEpoch), '320');
			await widget.getByRole('button', { name: t.train, exact: true }).click();
			await expect(widget.getByTestId('lab-status')).toContainText(
				lang === 'en' ? 'Done: 1 epoch' : 'Selesai: 1 epoch',
				{ timeout: 60_000 },
			);
			const section = widget.getByTestId('lab-inspect');
			await expect(section.getByTestId('lab-test-truth')).toBeVisible();

			// A 120 × 90 photo-like picture: a dark trouser shape on a light background, made by the
			// browser's own canvas (the pad inverts a light background, as Fashion MNIST's images are).
			const base64 = await page.evaluate(() => {
				const canvas = document.createElement('canvas');
				canvas.width = 120;
				canvas.height = 90;
				const c = canvas.getContext('2d');
				if (!c) throw new Error('no canvas');
				c.fillStyle = '#f4f4f4';
				c.fillRect(0, 0, 120, 90);
				c.fillStyle = '#202020';
				c.fillRect(45, 10, 30, 20);
				c.fillRect(45, 30, 12, 55);
				c.fillRect(63, 30, 12, 55);
				return canvas.toDataURL('image/png').split(',')[1] ?? '';
			});
			await section.getByLabel(it.padUpload).setInputFiles({
				name: 'trousers.png',
				mimeType: 'image/png',
				buffer: Buffer.from(base64, 'base64'),
			});
			// A drawing or upload has no true class; the prediction and the maps are for it.
			await expect(section.getByTestId('lab-test-truth')).toBeHidden();
			await expect(
				section.locator('[aria-live]').filter({ hasText: it.padUploaded }),
			).toContainText(it.predSentence.split('{')[0] ?? '');
			await expect(section.locator('.inspect-pred__bars li')).toHaveCount(10);
			expect(await section.locator('canvas.inspect-maps__map').count()).toBeGreaterThan(8);
			await expect(section.getByLabel(it.padUpload)).not.toHaveAttribute('aria-invalid', 'true');
			// The pad shows ink where the trousers were (its canvas is no longer all black).
			const ink = await section.locator('.inspect-pad__box canvas').evaluate((canvas) => {
				const c = (canvas as HTMLCanvasElement).getContext('2d');
				const data = c?.getImageData(0, 0, 28, 28).data ?? new Uint8ClampedArray();
				let lit = 0;
				for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) > 128) lit += 1;
				return lit;
			});
			expect(ink).toBeGreaterThan(40);
			expect(problems).toEqual([]);
		});

		test('bad settings are answered next to their field, and Train refuses them', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			const widget = await open(page, lang);
			const batch = widget.getByLabel(t.batchSize);
			await typeInto(batch, '0');
			await expect(batch).toHaveAttribute('aria-invalid', 'true');
			const message = widget.locator(`#lab-${lang}-batchSize-message`);
			await expect(message).toBeVisible();
			await typeInto(widget.getByLabel(t.learningRate), 'abc');
			await expect(widget.locator(`#lab-${lang}-learningRate-message`)).toBeVisible();
			await widget.getByRole('button', { name: t.train, exact: true }).click();
			await expect(widget.getByTestId('lab-status')).toHaveText(t.invalidSettings);
			expect(requests.filter((url) => DATA.test(url))).toEqual([]);
			expect(problems).toEqual([]);
		});

		test('a model without a 10-unit softmax output is refused with the trainer’s reason, before any download', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			const widget = await open(page, lang);
			await widget.getByText(t.jsonSummary).click();
			const json = widget.getByLabel(t.jsonLabel);
			const text = (await json.inputValue()).replace('"units": 10', '"units": 5');
			await json.fill(text);
			await widget.getByRole('button', { name: t.jsonApply }).click();
			await expect(widget.getByTestId('lab-summary')).toContainText(t.customName);
			await widget.getByRole('button', { name: t.train, exact: true }).click();
			const status = widget.getByTestId('lab-status');
			await expect(status).toContainText(
				lang === 'en' ? 'cannot be trained here' : 'tidak bisa dilatih',
			);
			await expect(status).toContainText(lang === 'en' ? 'must end with 10' : 'harus diakhiri 10');
			expect(requests.filter((url) => DATA.test(url))).toEqual([]);

			// Broken JSON is answered next to the field with the engine's message.
			await json.fill('{ "layers": [');
			await widget.getByRole('button', { name: t.jsonApply }).click();
			await expect(json).toHaveAttribute('aria-invalid', 'true');
			await expect(widget.locator(`#lab-${lang}-json-message`)).toBeVisible();
			expect(problems).toEqual([]);
		});
	});
}
