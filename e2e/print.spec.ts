/**
 * Printing: a page printed or saved as a PDF holds the text, figures and code, fits the paper, and
 * carries none of the screen's chrome (`src/styles/print.css`, with Starlight's own print styles).
 */
import { expect, test, type Page } from '@playwright/test';
import { printPages, sitePages } from './site.ts';

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

for (const { lang, path } of printPages()) {
	test(`the printable chapter (${lang}) gathers every page of the chapter, in order, onto paper`, async ({
		page,
	}) => {
		test.slow();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(path);
		const contents = page.locator('.print-chapter__contents a');
		const titles = await contents.allInnerTexts();
		expect(titles.length).toBeGreaterThanOrEqual(11);

		const controls = page.locator('.print-chapter__controls');
		await controls.getByRole('button').first().click();
		const printButton = controls.getByRole('button', { name: lang === 'id' ? /Cetak/ : /Print/ });
		await expect(printButton).toBeVisible({ timeout: 60_000 });
		await expect(controls.getByRole('status')).toContainText(
			lang === 'id' ? `Siap: ${titles.length} halaman` : `Ready: ${titles.length} pages`,
		);
		await expect(printButton).toBeFocused();

		// Every page, in the order of the contents, each under its own title.
		const articles = page.locator('article.print-chapter__page > h2');
		expect(await articles.allInnerTexts()).toEqual(titles);
		// Ten pages in one document, and still no id twice.
		const repeated = await page.evaluate(() => {
			const seen = new Map<string, number>();
			for (const el of document.querySelectorAll('[id]'))
				seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
			return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
		});
		expect(repeated).toEqual([]);
		// A link within a gathered page still lands inside that page.
		const inPage = page.locator('article.print-chapter__page a[href^="#"]').first();
		const target = (await inPage.getAttribute('href'))?.slice(1) ?? '';
		expect(await page.locator(`[id="${target}"]`).count()).toBe(1);

		await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
		await page.emulateMedia({ media: 'print' });
		expect(await chromeText(page)).toEqual([]);
		expect(await offPaper(page)).toEqual([]);
		await expect(controls).toBeHidden();
		const pdf = await page.pdf({ format: 'A4' });
		const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pageCount).toBeGreaterThan(40);
		expect(errors).toEqual([]);
	});
}

test('the printable chapter says which page failed to download, and gathers the rest on retry', async ({
	page,
}) => {
	const chapter = printPages().find((p) => p.lang === 'en');
	if (!chapter) throw new Error('no English printable chapter');
	await page.goto(chapter.path);
	const third =
		(await page.locator('.print-chapter__contents a').nth(2).getAttribute('href')) ?? '';
	await page.route(`**${third}`, (route) => route.abort());
	const controls = page.locator('.print-chapter__controls');
	await controls.getByRole('button', { name: /Gather/ }).click();
	await expect(controls.getByRole('status')).toContainText('could not be downloaded');
	await expect(page.locator('article.print-chapter__page')).toHaveCount(2);
	await page.unroute(`**${third}`);
	await controls.getByRole('button', { name: 'Try again' }).click();
	await expect(controls.getByRole('status')).toContainText('Ready', { timeout: 60_000 });
	const count = await page.locator('.print-chapter__contents a').count();
	await expect(page.locator('article.print-chapter__page')).toHaveCount(count);
});
