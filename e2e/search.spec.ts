import { expect, test } from '@playwright/test';
import { GLOSSARY, GLOSSARY_SLUG } from '../src/lib/content/glossary.ts';
import type { Lang } from '../src/lib/i18n/lang.ts';
import { foldAlias } from '../src/lib/content/term-matcher.ts';
import { expectFirstResult, searchSite } from './search.ts';
import { pathOf, QUESTION_SLUGS } from './site.ts';

/**
 * Two queries a student would type for each question, in each language, and the page they must
 * find first. At least one of the two is a glossary term in that language, so the glossary page,
 * which defines every term, does not push the page that explains it out of first place.
 */
interface SearchCase {
	lang: Lang;
	slug: (typeof QUESTION_SLUGS)[number];
	queries: readonly [string, string];
}

const CASES: readonly SearchCase[] = [
	{ lang: 'id', slug: 'ch14/01-cnn-vs-dense', queries: ['ekuivarian', 'parameter sharing'] },
	{ lang: 'en', slug: 'ch14/01-cnn-vs-dense', queries: ['equivariance', 'sparsity'] },
	{
		lang: 'id',
		slug: 'ch14/02-parameters-and-memory',
		queries: ['RAM mini-batch 50 gambar', 'mebibita'],
	},
	{
		lang: 'en',
		slug: 'ch14/02-parameters-and-memory',
		queries: ['RAM mini-batch of 50 images', 'mebibyte'],
	},
	{
		lang: 'id',
		slug: 'ch14/03-out-of-gpu-memory',
		queries: ['kehabisan memori GPU', 'gradient checkpointing'],
	},
	{
		lang: 'en',
		slug: 'ch14/03-out-of-gpu-memory',
		queries: ['GPU runs out of memory', 'gradient checkpointing'],
	},
	{
		lang: 'id',
		slug: 'ch14/04-max-pooling-vs-strided-conv',
		queries: ['max pooling', 'konvolusi ber-stride'],
	},
	{
		lang: 'en',
		slug: 'ch14/04-max-pooling-vs-strided-conv',
		queries: ['max pooling', 'strided convolution'],
	},
	{
		lang: 'id',
		slug: 'ch14/05-local-response-normalization',
		queries: ['LRN', 'inhibisi lateral'],
	},
	{
		lang: 'en',
		slug: 'ch14/05-local-response-normalization',
		queries: ['LRN', 'lateral inhibition'],
	},
	{
		lang: 'id',
		slug: 'ch14/06-architecture-innovations',
		queries: ['Xception SENet', 'konvolusi terpisah per kedalaman'],
	},
	{
		lang: 'en',
		slug: 'ch14/06-architecture-innovations',
		queries: ['Xception SENet', 'depthwise separable convolution'],
	},
	{
		lang: 'id',
		slug: 'ch14/07-fully-convolutional-networks',
		queries: ['fully convolutional', 'jaringan konvolusi penuh'],
	},
	{
		lang: 'en',
		slug: 'ch14/07-fully-convolutional-networks',
		queries: ['dense layer into a convolution', 'fully convolutional network'],
	},
	{
		lang: 'id',
		slug: 'ch14/08-semantic-segmentation',
		queries: ['segmentasi semantik', 'konvolusi transpos'],
	},
	{
		lang: 'en',
		slug: 'ch14/08-semantic-segmentation',
		queries: ['semantic segmentation', 'transposed convolution'],
	},
];

/** Whether a query is, as typed, one of a glossary term's spellings in that language. */
const isGlossaryTerm = (lang: Lang, query: string) =>
	GLOSSARY.some((e) => e.aliases[lang].some((a) => foldAlias(a) === foldAlias(query)));

test('the search table covers every question in both languages, each with a glossary term', () => {
	for (const slug of QUESTION_SLUGS) {
		for (const lang of ['id', 'en'] as const) {
			const found = CASES.filter((c) => c.slug === slug && c.lang === lang);
			expect(found, `${lang} ${slug}`).toHaveLength(1);
			expect(
				found[0]?.queries.some((q) => isGlossaryTerm(lang, q)),
				`${lang} ${slug}: a glossary term among ${found[0]?.queries.join(', ')}`,
			).toBe(true);
		}
	}
});

for (const { lang, slug, queries } of CASES) {
	test(`Ctrl+K search finds ${slug} (${lang}) first for ${queries.map((q) => `“${q}”`).join(' and ')}`, async ({
		page,
	}) => {
		await page.goto(pathOf(lang, 'ch14'));
		await expectFirstResult(page, queries, pathOf(lang, slug));
	});
}

/**
 * A term in the other language, searched from each site, finds that site's glossary. The question
 * pages that use the term come first (their first use indexes the other language's spelling, see
 * `e2e/search-vocabulary.spec.ts`), so the glossary may be past the first page of results.
 */
const CROSS_LANGUAGE = [
	{ lang: 'en', query: 'peta fitur' },
	{ lang: 'id', query: 'feature map' },
] as const;

for (const { lang, query } of CROSS_LANGUAGE) {
	test(`searching “${query}” on the ${lang} site finds the ${lang} glossary`, async ({ page }) => {
		await page.goto(pathOf(lang, 'ch14'));
		await searchSite(page, query);
		const more = page.locator('#starlight__search button.pagefind-ui__button');
		while (await more.isVisible()) await more.click();
		const glossary = page.locator(
			`#starlight__search .pagefind-ui__result-link[href^="${pathOf(lang, GLOSSARY_SLUG)}"]`,
		);
		await expect(glossary.first()).toBeAttached();
	});
}

test('Ctrl+K pressed before the search box is built focuses the box as soon as it appears', async ({
	page,
}) => {
	// Hold back Pagefind's UI, which Starlight loads once the page is idle, as a slow phone would.
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/ui-core.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(pathOf('en', 'ch14'));
	await page.keyboard.press('Control+k');
	await expect(page.locator('site-search dialog')).toBeVisible();
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await expect(input).toHaveCount(0);
	release();
	await expect(input).toBeFocused();
	await page.keyboard.type('stride');
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('stride');
});
