import { expect, test } from '@playwright/test';
import type { Lang } from '../src/lib/lang.ts';
import { searchSite } from './search.ts';
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

for (const lang of ['id', 'en'] as const) {
	test(`Ctrl+K search finds the right question first for each question in ${lang}`, async ({
		page,
	}) => {
		await page.goto(pathOf(lang, 'ch14'));
		for (const slug of QUESTION_SLUGS) {
			const query = QUERIES[slug][lang];
			const found = await searchSite(page, query);
			expect(found[0], `"${query}" should find ${slug} first, found ${found.join(', ')}`).toBe(
				pathOf(lang, slug),
			);
			await page.keyboard.press('Escape');
		}
	});
}
