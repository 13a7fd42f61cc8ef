/**
 * Printing: a page printed or saved as a PDF holds the text, figures and code, fits the paper, and
 * carries none of the screen's chrome (`src/styles/print.css`, with Starlight's own print styles).
 */
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site.ts';

/** A4's printable width at 96 px per inch, less Chromium's default 1 cm margins. */
const PRINT_WIDTH = 718;

/**
 * What a printed page would show outside the paper: visible elements reaching past its edge once
 * clipped by their scrolling or clipping ancestors, and boxes whose content is cut off because it
 * is wider than they are. Visually hidden text (`sr-only`, KaTeX's MathML) is not printed.
 */
function offPaper(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
		for (const el of document.querySelectorAll('body *')) {
			const style = getComputedStyle(el);
			const rect = el.getBoundingClientRect();
			if (style.display === 'none' || style.visibility === 'hidden' || rect.width <= 1) continue;
			if (style.getPropertyValue('clip') !== 'auto') continue;
			let left = rect.left;
			let right = rect.right;
			let hidden = false;
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
				const as = getComputedStyle(a);
				if (
					as.display === 'none' ||
					as.getPropertyValue('clip') !== 'auto' ||
					as.clipPath !== 'none'
				) {
					hidden = true;
					break;
				}
				if (as.overflowX !== 'visible') {
					const box = a.getBoundingClientRect();
					left = Math.max(left, box.left);
					right = Math.min(right, box.right);
				}
			}
			if (hidden || right <= left) continue;
			if (right > width + 1 || left < -1) found.push(`${name(el)} spans ${left}–${right}`);
			// KaTeX clips its own stretchy glyphs on purpose; any other cut box loses content.
			const cut = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
			if (cut && !el.closest('.katex-html')) found.push(`${name(el)} cuts its content`);
		}
		return found;
	});
}

/** The text of the screen's chrome that must not reach paper, where it is visible in print. */
function chromeText(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll(
				'header, site-search, nav[aria-label], .right-sidebar-container, starlight-theme-select, starlight-lang-select',
			),
		]
			.filter((el) => el.getBoundingClientRect().height > 0 && el.checkVisibility())
			.map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 40)}`),
	);
}

const pages = sitePages();

for (const { path, lang, slug } of pages) {
	test(`printing ${lang} ${slug || 'home'} fits the paper and leaves the screen's chrome off`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
		await page.emulateMedia({ media: 'print' });
		await page.goto(path);
		expect(await chromeText(page)).toEqual([]);
		expect(await offPaper(page)).toEqual([]);
		await expect(page.locator('h1').first()).toBeVisible();
	});
}

test('a printed question page shows where its links go, but not each glossary term’s link', async ({
	page,
}) => {
	const question = pages.find(
		(p) => p.lang === 'en' && p.slug === 'ch14/06-architecture-innovations',
	);
	if (!question) throw new Error('question 6 (en) is missing');
	await page.emulateMedia({ media: 'print' });
	await page.goto(question.path);
	const after = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
	const external = page.locator('.sl-markdown-content a[href^="http"]:not(.gloss)').first();
	const href = await external.getAttribute('href');
	expect(await after('.sl-markdown-content a[href^="http"]:not(.gloss)')).toBe(`" (${href})"`);
	expect(await after('.sl-markdown-content a.gloss')).toBe('none');
	// A widget's buttons do nothing on paper; its figure stays.
	await expect(page.locator('.cnn-widget button').first()).toBeHidden();
	await expect(page.locator('.cnn-widget svg').first()).toBeVisible();
});

test('a question page prints to a PDF of several A4 pages', async ({ page, browserName }) => {
	test.skip(browserName !== 'chromium', 'page.pdf() is Chromium only');
	await page.goto(pages.find((p) => p.slug === 'ch14/02-parameters-and-memory')?.path ?? '/');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pageCount).toBeGreaterThan(2);
});
