import { expect, test, type Page } from '@playwright/test';
import type { Lang } from '../src/lib/lang.ts';
import { pathOf, QUESTION_SLUGS } from './site.ts';

/** One query per question and language that a student would type, and the page it must find first. */
const QUERIES: Record<(typeof QUESTION_SLUGS)[number], Record<Lang, string>> = {
	'ch14/01-cnn-vs-dense': { id: 'ekuivarian', en: 'equivariance' },
	'ch14/02-parameters-and-memory': {
		id: 'RAM mini-batch 50 gambar',
		en: 'RAM mini-batch of 50 images',
	},
	'ch14/03-out-of-gpu-memory': { id: 'kehabisan memori GPU', en: 'GPU runs out of memory' },
	'ch14/04-max-pooling-vs-strided-conv': { id: 'max pooling', en: 'max pooling' },
	'ch14/05-local-response-normalization': { id: 'LRN', en: 'LRN' },
	'ch14/06-architecture-innovations': { id: 'Xception SENet', en: 'Xception SENet' },
	'ch14/07-fully-convolutional-networks': { id: 'fully convolutional', en: 'fully convolutional' },
	'ch14/08-semantic-segmentation': { id: 'segmentasi semantik', en: 'semantic segmentation' },
};

async function search(page: Page, query: string): Promise<string[]> {
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	// Pagefind's UI is created once the page is idle; a reader cannot type faster than that.
	await input.waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(input).toBeFocused();
	await input.fill(query);
	// The message names the query once Pagefind has answered it, so stale results are not read.
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText(query, {
		timeout: 10_000,
	});
	// Results fill in one by one as their data arrives; read them only once every one has its link.
	const items = page.locator('#starlight__search .pagefind-ui__result');
	await expect(items.first()).toBeVisible({ timeout: 10_000 });
	await expect(async () => {
		const count = await items.count();
		expect(
			await items
				.locator(
					':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
				)
				.count(),
		).toBe(count);
	}).toPass({ timeout: 10_000 });
	return items
		.locator(
			':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
		)
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

for (const lang of ['id', 'en'] as const) {
	test(`Ctrl+K search finds the right question first for each question in ${lang}`, async ({
		page,
	}) => {
		await page.goto(pathOf(lang, 'ch14'));
		for (const slug of QUESTION_SLUGS) {
			const query = QUERIES[slug][lang];
			const found = await search(page, query);
			expect(found[0], `"${query}" should find ${slug} first, found ${found.join(', ')}`).toBe(
				pathOf(lang, slug),
			);
			await page.keyboard.press('Escape');
		}
	});
}
