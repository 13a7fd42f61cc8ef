import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from '../console.ts';
import { layerRow, parseModel, summary, working } from '../../src/lib/cnn/index.ts';
import { weightedDepth } from '../../src/lib/diagram/depth.ts';
import { formatNumber } from '../../src/lib/i18n/format.ts';
import type { Lang } from '../../src/lib/i18n/lang.ts';
import { compareBlock } from '../../src/widgets/ArchitectureExplorer/compare.ts';
import { presetOf } from '../../src/widgets/ArchitectureExplorer/load-network.ts';
import { NETWORK_IDS, type NetworkId } from '../../src/widgets/ArchitectureExplorer/network.ts';
import { networkTree } from '../../src/widgets/ArchitectureExplorer/network-figure.ts';
import { stagePaths } from '../../src/widgets/ArchitectureExplorer/stages.ts';
import { groupIds, visibleRows } from '../../src/lib/diagram/tree.ts';
import { pathOf } from '../site.ts';
import {
	LANGS,
	SLUG,
	openWidget,
	overlappingLabels,
	pageScrollsSideways,
} from './architecture-helpers.ts';

/** A network as the engine summarises its preset from the registry: the test's own expectation. */
const summarise = async (id: NetworkId) => summary(parseModel(await presetOf(id).load()));

const n = (value: number, lang: Lang) => formatNumber(value, lang);

async function open(page: Page, lang: Lang) {
	return openWidget(page, lang, SLUG.explorer, '.cnn-widget.ax:not(.ax-chart)');
}

/** Picks a network and waits until its facts are shown. */
async function pick(page: Page, id: NetworkId) {
	await page.locator(`.ax-networks input[value="${id}"]`).check();
	await expect(page.locator(`.ax-facts[data-network="${id}"]`)).toBeVisible();
}

for (const lang of LANGS) {
	test.describe(`architecture explorer (${lang})`, () => {
		test('shows each network’s total and depth exactly as the engine computes them from the preset', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			for (const id of NETWORK_IDS) {
				await pick(page, id);
				const s = await summarise(id);
				await expect(page.locator('.ax-total')).toHaveText(n(s.totalParams, lang));
				await expect(page.locator('.ax-depth')).toHaveText(n(weightedDepth(s), lang));
				await expect(page.locator('.ax-facts')).toContainText(s.name);
				await expect(page.locator('.ax-paper a')).toHaveAttribute('href', /^https:\/\//);
			}
			expect(problems).toEqual([]);
		});

		test('the arrow keys reach every box of the signature block', async ({ page }) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await pick(page, 'googlenet');
			const svg = page.locator('svg[aria-labelledby="ax-sig-title"]');
			const boxes = await svg
				.locator('[role="treeitem"]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-box')));
			expect(boxes.length).toBe(9);
			await svg.locator('[tabindex="0"]').focus();
			const reached = new Set<string | null>();
			for (let i = 0; i < boxes.length + 1; i++) {
				reached.add(
					await page.evaluate(() => document.activeElement?.getAttribute('data-box') ?? null),
				);
				await page.keyboard.press('ArrowDown');
			}
			expect([...reached].sort()).toEqual([...boxes].sort());
			expect(problems).toEqual([]);
		});

		test('the keyboard alone opens every stage of ResNet-50 and reaches every block', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await pick(page, 'resnet50');
			const tree = page.locator('svg[aria-labelledby="ax-net-title"]');
			// Tab into the diagram: exactly one box is a tab stop.
			await tree.locator('[tabindex="0"]').focus();
			const reached = new Set<string>();
			for (let step = 0; step < 600; step++) {
				const current = await page.evaluate(() => {
					const el = document.activeElement;
					return {
						id: el?.getAttribute('data-box') ?? '',
						expanded: el?.getAttribute('aria-expanded'),
					};
				});
				reached.add(current.id);
				if (current.expanded === 'false') await page.keyboard.press('Enter');
				await page.keyboard.press('ArrowDown');
				const next = await page.evaluate(() => document.activeElement?.getAttribute('data-box'));
				if (next === current.id) break;
			}
			const all = await tree
				.locator('[role="treeitem"]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-box') ?? ''));
			await expect(tree.locator('[aria-expanded="false"]')).toHaveCount(0);
			// As many blocks as the stage tree of the engine's summary has, every group open.
			const s = await summarise('resnet50');
			const paths = stagePaths(
				'resnet50',
				s.layers.map((row) => row.name),
			);
			const nodes = networkTree(s, paths);
			expect(all).toHaveLength(visibleRows(nodes, new Set(groupIds(nodes))).length);
			expect([...reached].sort()).toEqual([...all].sort());
			// ← closes the stage the focus is in, from one of its layers.
			await tree.locator('[data-box="layer4/layer4.2"]').focus();
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await expect(tree.locator('[data-box="layer4/layer4.2"]')).toHaveAttribute(
				'aria-expanded',
				'false',
			);
			expect(problems).toEqual([]);
		});

		test('hovering or focusing a block shows its output shape, count and working', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await pick(page, 'alexnet');
			const s = await summarise('alexnet');
			const details = page.locator('.ax-details');
			// Hover a box of the signature block: the dense layer after dropout.
			await page.locator('svg[aria-labelledby="ax-sig-title"] [data-box="fc6"]').hover();
			await expect(details.first()).toContainText(n(6 * 6 * 256, lang));
			await expect(details.first()).toContainText(n(37_752_832, lang));
			await expect(details.first()).toContainText(`(${n(9216, lang)} + 1) × ${n(4096, lang)}`);
			// Focus a row of the network with the keyboard: its working is the engine's.
			const tree = page.locator('svg[aria-labelledby="ax-net-title"]');
			await tree.locator('[tabindex="0"]').focus();
			await page.keyboard.press('End');
			await page.keyboard.press('Enter');
			await page.keyboard.press('End');
			const last = layerRow(s, -1);
			await expect(details.last()).toContainText(working(last, lang));
			await expect(details.last()).toContainText(n(last.params, lang));
			await expect(tree.locator(':focus')).toHaveAttribute('data-box', last.name);
			expect(problems).toEqual([]);
		});

		test('compares blocks for the same channels with the engine’s counts', async ({ page }) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await page.locator('.ax-toggle input').check();
			const count = (kind: Parameters<typeof compareBlock>[0], cin: number, cout: number) =>
				n(summary(parseModel(compareBlock(kind, cin, cout))).totalParams, lang);
			await expect(page.locator('.ax-ratio')).toContainText(
				`${count('conv3', 128, 128)} / ${count('separable', 128, 128)}`,
			);
			await page.locator('#ax-left').selectOption('inception');
			await page.locator('#ax-cout').fill('256');
			await expect(page.locator('.ax-ratio')).toContainText(
				`${count('inception', 128, 256)} / ${count('separable', 128, 256)}`,
			);
			await page.locator('#ax-cout').fill('2');
			await expect(page.locator('#ax-cout')).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator('.ax-compare .cnn-stale')).toBeVisible();
			await expect(page.locator('.ax-ratio')).toContainText(count('inception', 128, 256));
			expect(problems).toEqual([]);
		});

		test('exports the diagram as an SVG that parses, with labels and the skip connection, and as a PNG', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			await pick(page, 'resnet50');
			const figure = page.locator('.ax-figure').first();
			const [svgFile] = await Promise.all([
				page.waitForEvent('download'),
				figure.locator('[data-export="svg"]').click(),
			]);
			expect(svgFile.suggestedFilename()).toBe('resnet50-signature-block.svg');
			const text = readFileSync(await svgFile.path(), 'utf8');
			expect(text.length).toBeGreaterThan(1000);
			const parsed = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				return {
					error: doc.querySelector('parsererror')?.textContent ?? '',
					root: doc.documentElement.nodeName,
					title: doc.querySelector('title')?.textContent ?? '',
					labels: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
					skips: doc.querySelectorAll('.dg-skip').length,
					style: doc.querySelector('style')?.textContent ?? '',
				};
			}, text);
			expect(parsed.error).toBe('');
			expect(parsed.root).toBe('svg');
			expect(parsed.title).toContain('ResNet-50');
			expect(parsed.labels).toContain(n(16_512, lang) + (lang === 'en' ? ' params' : ' param'));
			expect(parsed.skips).toBe(1);
			// Explicit colours, so the file renders the same outside the page.
			expect(parsed.style).toMatch(/fill: #[0-9a-f]{6}/);
			expect(parsed.style).not.toContain('var(');

			const [pngFile] = await Promise.all([
				page.waitForEvent('download'),
				figure.locator('[data-export="png"]').click(),
			]);
			const png = readFileSync(await pngFile.path());
			expect(pngFile.suggestedFilename()).toBe('resnet50-signature-block.png');
			expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
			expect(png.length).toBeGreaterThan(5000);
			expect(problems).toEqual([]);
		});

		test('on a 360-pixel phone no labels overlap and only the diagrams scroll sideways', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await page.setViewportSize({ width: 360, height: 800 });
			await open(page, lang);
			const svgs = page.locator('.ax svg');
			for (const id of NETWORK_IDS) {
				await pick(page, id);
				await page.locator('[data-action="expand-all"]').click();
				expect(await overlappingLabels(svgs), id).toEqual([]);
			}
			await page.locator('.ax-toggle input').check();
			await page.locator('#ax-left').selectOption('se');
			await page.locator('#ax-right').selectOption('inception');
			await expect(page.locator('svg[aria-labelledby="ax-cmp-title"]')).toBeVisible();
			expect(await overlappingLabels(svgs)).toEqual([]);
			expect(await pageScrollsSideways(page)).toBe(false);
			// A diagram never shrinks below 85 % of its size: its text stays at least 10 px.
			const tiny = await page
				.locator('.ax svg text')
				.evaluateAll((texts) =>
					texts
						.filter((t) => t.textContent.trim() && t.getBoundingClientRect().height < 10)
						.map((t) => t.textContent),
				);
			expect(tiny).toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}

test('the server renders LeNet-5’s diagrams, facts and chart for readers without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(pathOf('en', SLUG.explorer));
	await expect(page.locator('.ax-total')).toHaveText('61,706');
	await expect(page.locator('svg[aria-labelledby="ax-sig-title"] text').first()).toBeVisible();
	await expect(page.locator('svg[aria-labelledby="ax-net-title"]')).toContainText('C1 + S2');
	await expect(page.locator('.ax-chart svg')).toContainText('SE-ResNet-50');
	await expect(page.locator('.ax-chart tr[data-network="xception"]')).toContainText('22,910,480');
	await context.close();
});
