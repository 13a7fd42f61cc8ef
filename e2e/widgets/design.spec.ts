import { expect, test, type Locator, type Page } from '@playwright/test';
import { pathOf } from '../site.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';
import { STRINGS as ARCHITECTURE } from '../../src/widgets/ArchitectureExplorer/strings.ts';
import { STRINGS as CALCULATOR } from '../../src/widgets/Calculator/strings.ts';
import { STRINGS as LAB } from '../../src/widgets/CnnLab/strings.ts';
import { STRINGS as LRN } from '../../src/widgets/LrnExplorer/strings.ts';
import { STRINGS as POOLING } from '../../src/widgets/PoolingAnimation/strings.ts';
import { STRINGS as SEGMENTATION } from '../../src/widgets/SegmentationDemo/strings.ts';
import { SELF_CHECK_STRINGS } from '../../src/widgets/SelfCheck/strings.ts';

/**
 * The widgets' shared design (issue 13): each shows one primary action, in Starlight's accent,
 * and colours a layer type with the same shared custom property as every other widget.
 */

const LANGS: readonly Lang[] = ['id', 'en'];

// No autoplay: the pooling animation's Play button reads Pause while it plays.
test.use({ reducedMotion: 'reduce' });

/** Each widget's one primary action, by page and widget root, named in a language. */
const PRIMARY: readonly {
	slug: string;
	root: string;
	name: (lang: Lang) => string;
}[] = [
	{ slug: 'ch14/01-cnn-vs-dense', root: '.calc', name: (l) => CALCULATOR[l].common.copyLink },
	{ slug: 'ch14/02-parameters-and-memory', root: '.calc', name: (l) => CALCULATOR[l].full.add },
	{ slug: 'ch14/03-out-of-gpu-memory', root: '.calc', name: (l) => CALCULATOR[l].common.copyLink },
	{ slug: 'ch14/04-max-pooling-vs-strided-conv', root: '.pool', name: (l) => POOLING[l].play },
	{ slug: 'ch14/05-local-response-normalization', root: '.lrn', name: (l) => LRN[l].defaults },
	{
		slug: 'ch14/06-architecture-innovations',
		root: '.ax:not(.ax-chart)',
		name: (l) => ARCHITECTURE[l].expandAll,
	},
	{ slug: 'ch14/07-fully-convolutional-networks', root: '.d2c', name: () => '448' },
	{
		slug: 'ch14/08-semantic-segmentation',
		root: '.seg',
		name: (l) => SEGMENTATION[l].showErrors,
	},
	{ slug: 'ch14/09-lab-fashion-mnist', root: '.lab', name: (l) => LAB[l].train },
];

/** Opens a page and hydrates the island at `root` by scrolling it into view. */
async function openWidget(page: Page, lang: Lang, slug: string, root: string): Promise<Locator> {
	await page.goto(pathOf(lang, slug), { waitUntil: 'networkidle' });
	const widget = page.locator(root).first();
	await widget.scrollIntoViewIfNeeded();
	await expect(page.locator(`astro-island:has(${root})`).first()).not.toHaveAttribute('ssr', {
		timeout: 10_000,
	});
	return widget;
}

/** The colour a custom property resolves to inside `widget`, read through a probe element. */
function resolved(widget: Locator, property: string): Promise<string> {
	return widget.evaluate((root, prop) => {
		const probe = document.createElement('span');
		probe.style.color = `var(${prop})`;
		root.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	}, property);
}

for (const lang of LANGS) {
	test.describe(`widget design (${lang})`, () => {
		for (const { slug, root, name } of PRIMARY) {
			test(`${slug} shows exactly one primary action, "${name(lang)}", in the accent colour`, async ({
				page,
			}) => {
				const widget = await openWidget(page, lang, slug, root);
				// Primary by its look, not its class: the calculator marks it by position in its CSS.
				const accent = await resolved(widget, '--sl-color-text-accent');
				const buttons = widget.locator('button:visible');
				const fills = await buttons.evaluateAll((all) =>
					all.map((b) => getComputedStyle(b).backgroundColor),
				);
				const primaries = fills.flatMap((fill, i) => (fill === accent ? [i] : []));
				expect(primaries).toHaveLength(1);
				await expect(buttons.nth(primaries[0] ?? -1)).toHaveAccessibleName(
					new RegExp(`^${name(lang)}`),
				);
			});
		}

		test('the network chart is a static figure: no island, so no action to offer', async ({
			page,
		}) => {
			await page.goto(pathOf(lang, 'ch14/06-architecture-innovations'));
			const chart = page.locator('.ax-chart');
			await expect(chart.locator('svg[role="img"]')).toBeVisible();
			await expect(chart.locator('button, input, select')).toHaveCount(0);
			await expect(page.locator('astro-island:has(.ax-chart)')).toHaveCount(0);
		});

		test('every self-check question has exactly one primary action, Check', async ({ page }) => {
			await page.goto(pathOf(lang, 'ch14/04-max-pooling-vs-strided-conv'));
			const forms = page.locator('.sc form');
			const count = await forms.count();
			expect(count).toBeGreaterThanOrEqual(3);
			for (let i = 0; i < count; i++) {
				const primary = forms.nth(i).locator('button.cnn-btn-primary');
				await expect(primary).toHaveCount(1);
				await expect(primary).toBeVisible();
				await expect(primary).toHaveText(SELF_CHECK_STRINGS[lang].check);
			}
			await expect(page.locator('.sc [data-reset]')).not.toHaveClass(/cnn-btn-primary/);
		});
	});
}

for (const theme of ['light', 'dark'] as const) {
	test(`a convolution is filled with --cnn-layer-conv-low in two widgets (${theme})`, async ({
		page,
	}) => {
		test.setTimeout(60_000);
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const fills: string[] = [];

		const explorer = await openWidget(
			page,
			'en',
			'ch14/06-architecture-innovations',
			'.ax:not(.ax-chart)',
		);
		const expected = await resolved(explorer, '--cnn-layer-conv-low');
		fills.push(
			await explorer
				.locator('#ax-sig-title')
				.locator('xpath=..')
				.locator('.cnn-kind-conv > rect')
				.first()
				.evaluate((r) => getComputedStyle(r).fill),
		);
		await expect(explorer.locator('.cnn-legend [data-kind="conv"]').first()).toBeVisible();

		const converter = await openWidget(page, 'en', 'ch14/07-fully-convolutional-networks', '.d2c');
		expect(await resolved(converter, '--cnn-layer-conv-low')).toBe(expected);
		fills.push(
			await converter
				.locator('rect.cnn-kind-conv')
				.first()
				.evaluate((r) => getComputedStyle(r).fill),
		);
		await expect(converter.locator('.cnn-legend [data-kind="conv"]')).toBeVisible();

		// The same colour in both, and not the dense layers' colour.
		expect(fills).toEqual([expected, expected]);
		expect(await resolved(converter, '--cnn-layer-dense-low')).not.toBe(expected);
	});
}
