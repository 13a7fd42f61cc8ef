import { expect, test, type Page } from '@playwright/test';
import { downsampleStages, type DownsampleRule } from '../../src/lib/segmentation/downsample.ts';
import { recover, RECOVERIES } from '../../src/lib/segmentation/fcn.ts';
import { evaluate } from '../../src/lib/segmentation/metrics.ts';
import { CLASS_COUNT, SCENE_SIZE, sceneLabels } from '../../src/lib/segmentation/scene.ts';
import { percent, score } from '../../src/widgets/SegmentationDemo/numbers.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';

/**
 * The resolution demo on question 8, in both languages: the downsampled stages, each recovery
 * method's pixel accuracy and mean IoU (checked against the library that computes them), the
 * switch between downsampling rules, the wrong-pixel overlay, keyboard use, and the default
 * figure without JavaScript.
 */

const SLUG = 'ch14/08-semantic-segmentation';

const TEXT = {
	en: {
		subsample: 'Keep every second pixel',
		errors: 'Mark the wrong pixels',
		survival: (p: number, c: number) =>
			`Stages the thin pole survives: ${p} of 5; the distant car: ${c} of 5.`,
		simulation: 'No trained network runs here',
	},
	id: {
		subsample: 'Ambil setiap piksel kedua',
		errors: 'Tandai piksel yang salah',
		survival: (p: number, c: number) =>
			`Tahap yang dilewati tiang tipis: ${p} dari 5; mobil yang jauh: ${c} dari 5.`,
		simulation: 'Tidak ada jaringan terlatih yang berjalan di sini',
	},
} as const;

/** Each method's pixel accuracy and mean IoU as the widget prints them. */
function expectedScores(rule: DownsampleRule, lang: 'en' | 'id') {
	const truth = sceneLabels();
	const stages = downsampleStages(truth, CLASS_COUNT, 5, rule);
	return RECOVERIES.map((m) => {
		const s = evaluate(truth, recover(stages, m, SCENE_SIZE), CLASS_COUNT);
		return { method: m, accuracy: percent(s.pixelAccuracy, lang), miou: score(s.meanIoU, lang) };
	});
}

async function checkScores(page: Page, rule: DownsampleRule, lang: 'en' | 'id') {
	const table = page.getByTestId('scores');
	for (const e of expectedScores(rule, lang)) {
		const row = table.locator(`tr[data-row="${e.method}"]`);
		await expect(row.locator('[data-score="accuracy"]')).toHaveText(e.accuracy);
		await expect(row.locator('[data-score="miou"]')).toHaveText(e.miou);
	}
}

async function open(page: Page, lang: 'en' | 'id') {
	await page.goto(pathOf(lang, SLUG));
	const widget = page.locator('.seg');
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:not([ssr]) .seg')).toBeVisible();
	return widget;
}

for (const lang of ['en', 'id'] as const) {
	const t = TEXT[lang];

	test.describe(`segmentation demo (${lang})`, () => {
		test('shows every stage and each method’s scores, rising with each skip connection', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			await expect(widget.getByText(t.simulation)).toBeVisible();
			await expect(widget.locator('.seg-strip svg[role="img"]')).toHaveCount(5);
			await expect(widget.locator('.seg-grid svg[role="img"]')).toHaveCount(4);
			await expect(widget.getByTestId('survival')).toHaveText(t.survival(2, 1));
			await checkScores(page, 'average', lang);
			const scores = expectedScores('average', lang).map((s) => s.miou);
			expect([...scores].sort()).toEqual(scores);
			expect(problems).toEqual([]);
		});

		test('the downsampling rule and the error overlay work from the keyboard', async ({ page }) => {
			const problems = watchProblems(page);
			const widget = await open(page, lang);
			const average = widget.getByRole('radio').first();
			await average.focus();
			await page.keyboard.press('ArrowDown');
			await expect(widget.getByRole('radio', { name: t.subsample })).toBeChecked();
			await expect(widget.getByTestId('survival')).toHaveText(t.survival(1, 3));
			await checkScores(page, 'subsample', lang);

			const errors = widget.getByRole('button', { name: t.errors });
			await expect(errors).toHaveAttribute('aria-pressed', 'false');
			await expect(widget.locator('.seg-err-box')).toHaveCount(0);
			await errors.focus();
			await page.keyboard.press('Space');
			await expect(errors).toHaveAttribute('aria-pressed', 'true');
			expect(await widget.locator('.seg-err-box').count()).toBeGreaterThan(10);
			expect(problems).toEqual([]);
		});
	});

	test.describe(`segmentation demo without JavaScript (${lang})`, () => {
		test.use({ javaScriptEnabled: false });

		test('the maps, the scores and the histogram are in the HTML', async ({ page }) => {
			await page.goto(pathOf(lang, SLUG));
			const widget = page.locator('.seg');
			await expect(widget.locator('svg[role="img"]')).toHaveCount(10);
			await expect(widget.locator('svg[role="img"] rect').first()).toBeAttached();
			await checkScores(page, 'average', lang);
			await expect(widget.locator('.seg-histogram li')).toHaveCount(4);
			await expect(widget.getByTestId('baseline')).toBeVisible();
		});
	});
}
