/**
 * Search in both vocabularies: queries typed the way students type them, each with the question
 * page that teaches it and must come first. On each site they mix the site's own terms, the other
 * language's terms (found through the glossary's pairs, indexed hidden where a page first uses a
 * term), abbreviations, lower case, and a few typos Pagefind still matches (a word cut short is
 * matched as the start of the whole word; a later word spelt wrong is carried by the others).
 */
import { expect, test } from '@playwright/test';
import type { Lang } from '../src/lib/i18n/lang.ts';
import { expectFirstResult } from './search.ts';
import { PAGE_SLUGS, pathOf } from './site.ts';

type Slug = (typeof PAGE_SLUGS)[number];

const QUERIES: Record<Lang, Record<Slug, readonly string[]>> = {
	id: {
		// "berbagi" is stemmed to "bagi", as "bagian" and "dibagi" on every page: the page's subjects
		// (`subjectsMetaElement`) carry this query, not its text.
		'ch14/01-cnn-vs-dense': [
			'berbagi parameter',
			'parameter sharing',
			'ekuivarian',
			'equivariance',
			'sparsitas koneksi',
			'sparse connectivity',
		],
		'ch14/02-parameters-and-memory': ['mebibita', 'ram mini-batch 50 gambar', 'mebibit'],
		'ch14/03-out-of-gpu-memory': [
			'kehabisan memori gpu',
			'gpu out of memory',
			'gradient checkpointing',
			'mixed precision',
			'kehabisan memor',
		],
		'ch14/04-max-pooling-vs-strided-conv': [
			'max pooling',
			'konvolusi ber-stride',
			'strided convolution',
		],
		'ch14/05-local-response-normalization': [
			'normalisasi respons lokal',
			'LRN',
			'lrn',
			'local response normalization',
			'inhibisi lateral',
			'lateral inhibition',
			'normalisasi respon lokal',
		],
		'ch14/06-architecture-innovations': [
			'Xception SENet',
			'modul inception',
			'inception module',
			'blok SE',
			'squeeze-and-excitation',
			'konvolusi terpisah per kedalaman',
			'depthwise separable convolution',
			'unit residual',
			'residual unit',
			'EfficientNet',
			'penskalaan majemuk',
		],
		'ch14/07-fully-convolutional-networks': [
			'FCN',
			'jaringan konvolusi penuh',
			'fully convolutional network',
			'fully convolutiona',
			'konvolusi 1x1',
		],
		'ch14/08-semantic-segmentation': [
			'segmentasi semantik',
			'semantic segmentation',
			'konvolusi transpos',
			'transposed convolution',
			'ketidakseimbangan kelas',
			'class imbalance',
			'mean iou',
			'segmentasi semanti',
		],
		'ch14/09-lab-fashion-mnist': ['Fashion MNIST', 'lab CNN', 'kurva belajar'],
		'ch14/10-transfer-learning-large-images': [
			'transfer learning',
			'pembelajaran alih',
			'fine-tuning',
		],
		'ch14/11-style-transfer-tutorial': ['style transfer', 'transfer gaya', 'matriks Gram'],
	},
	en: {
		'ch14/01-cnn-vs-dense': [
			'parameter sharing',
			'berbagi parameter',
			'equivariance',
			'ekuivariansi translasi',
			'sparse connectivity',
			'sparsitas koneksi',
		],
		'ch14/02-parameters-and-memory': ['mebibyte', 'ram mini-batch of 50 images', 'mebibytes'],
		'ch14/03-out-of-gpu-memory': [
			'gpu runs out of memory',
			'kehabisan memori gpu',
			'gradient checkpointing',
			'mixed precision',
		],
		'ch14/04-max-pooling-vs-strided-conv': ['max pooling', 'strided convolution', 'max-pooling'],
		'ch14/05-local-response-normalization': [
			'LRN',
			'lrn',
			'local response normalization',
			'normalisasi respons lokal',
			'lateral inhibition',
			'inhibisi lateral',
			'lateral inhibitio',
		],
		'ch14/06-architecture-innovations': [
			'Xception SENet',
			'inception module',
			'modul inception',
			'SE block',
			'squeeze-and-excitation',
			'depthwise separable convolution',
			'konvolusi terpisah per kedalaman',
			'residual unit',
			'unit residual',
			'depthwise separable convolutoin',
			'EfficientNet',
			'compound scaling',
		],
		'ch14/07-fully-convolutional-networks': [
			'FCN',
			'fully convolutional network',
			'jaringan konvolusi penuh',
			'dense layer into a convolution',
			'1x1 convolution',
		],
		'ch14/08-semantic-segmentation': [
			'semantic segmentation',
			'segmentasi semantik',
			'transposed convolution',
			'konvolusi transpos',
			'class imbalance',
			'ketidakseimbangan kelas',
			'mean iou',
			'semantic segmentatio',
		],
		'ch14/09-lab-fashion-mnist': ['Fashion MNIST', 'CNN lab', 'learning curve'],
		'ch14/10-transfer-learning-large-images': [
			'transfer learning',
			'pembelajaran alih',
			'fine-tuning',
		],
		'ch14/11-style-transfer-tutorial': ['style transfer', 'transfer gaya', 'gram matrix'],
	},
};

for (const lang of ['id', 'en'] as const) {
	test(`the ${lang} site's search table has at least 30 queries, covering every page`, () => {
		const table = QUERIES[lang];
		expect(Object.keys(table).sort()).toEqual([...PAGE_SLUGS].sort());
		expect(Object.values(table).flat().length).toBeGreaterThanOrEqual(30);
	});

	for (const slug of PAGE_SLUGS) {
		const queries = QUERIES[lang][slug];
		test(`on the ${lang} site, ${queries.map((q) => `“${q}”`).join(', ')} find ${slug} first`, async ({
			page,
		}) => {
			test.slow(queries.length > 6);
			await page.goto(pathOf(lang, 'ch14'));
			await expectFirstResult(page, queries, pathOf(lang, slug));
		});
	}
}
