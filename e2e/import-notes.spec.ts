/**
 * `npm run import-notes` end to end: import notes into a temporary copy of the site, build it
 * under the test base path, serve it, and find the new chapter where a reader looks for it: the
 * sidebar, the home page and search. This spec builds and serves its own site (in the git-ignored
 * `.cache/`), so it does not depend on, or touch, the main build the other specs use.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { run } from '../scripts/import-notes/run.ts';
import {
	buildSite,
	copySite,
	previewSite,
	removeSite,
	type PreviewServer,
} from '../scripts/import-notes/temp-site.ts';
import { searchSite } from './search.ts';
import { ROOT } from './site.ts';

const BASE = '/cnn-notes/';
/** Ports this spec may serve on (the benchmark uses 4425–4429). */
const PORTS = [4421, 4422, 4423, 4424];
const FIXTURES = join(ROOT, 'scripts/fixtures/notes');

/** Chapter 10 fixture pages in question order, as the importer names them. */
const CH10 = [
	'ch10/01-perceptron-xor',
	'ch10/02-logistic-activation-function-key',
	'ch10/03-name-three-popular-activation',
	'ch10/04-mlp-input-10-neuron',
	'ch10/05-many-neurons-output-layer',
	'ch10/06-backpropagation-bedanya-reverse',
];

// One site for the whole file: build it once, in one worker.
test.describe.configure({ mode: 'serial' });

let site: string;
let server: PreviewServer | undefined;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	site = copySite('import-e2e');
	for (const args of [
		[join(FIXTURES, 'ch10-ann.md')],
		[join(FIXTURES, 'ch16-mdx-hazards.md')],
		// The seed again, as a chapter of its own, to compare its pages with chapter 14's.
		[join(ROOT, 'content/_sources/ch14-cnn.md'), '--chapter', '90'],
	]) {
		const result = run([...args, '--root', site]);
		expect(result.code, result.stderr.join('\n')).toBe(0);
	}
	await buildSite(site, { base: BASE });
	server = await previewSite(site, PORTS, BASE);
});

test.afterAll(async () => {
	await server?.stop();
	if (site) removeSite(site);
});

const url = (path: string) => {
	if (!server) throw new Error('the preview server did not start');
	return `${server.url}${path}`;
};
const built = (path: string) => parse(readFileSync(join(site, 'dist', path, 'index.html'), 'utf8'));

test('the imported chapter is a sidebar group with its overview and questions in order', async ({
	page,
}) => {
	await page.goto(url('ch10/01-perceptron-xor/'));
	const group = page.locator('nav.sidebar details', {
		has: page.locator('summary', {
			hasText: 'Bab 10 – Introduction to Artificial Neural Networks with Keras',
		}),
	});
	await expect(group).toHaveCount(1);
	const hrefs = await group
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual([`${BASE}ch10/`, ...CH10.map((slug) => `${BASE}${slug}/`)]);
	await expect(group.locator('a[aria-current="page"]')).toHaveText(
		'1. Kenapa perceptron tidak bisa…',
	);
	// Chapters are ordered by number: the new chapter 10 comes before chapter 14.
	const labels = await page.locator('nav.sidebar details > summary').allInnerTexts();
	const at = (prefix: string) => labels.findIndex((l) => l.trim().startsWith(prefix));
	expect(at('Bab 10')).toBeGreaterThanOrEqual(0);
	expect(at('Bab 10')).toBeLessThan(at('Bab 14'));
});

test('the English site lists the chapter too, and shows the Indonesian pages with a fallback notice', async ({
	page,
}) => {
	await page.goto(url('en/ch10/02-logistic-activation-function-key/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('main')).toContainText('not available in your language yet');
	await expect(page.locator('[data-short-answer]')).toContainText('selalu bisa “bergerak”');
	await expect(
		page.locator('nav.sidebar summary', { hasText: 'Bab 10 – Introduction' }),
	).toHaveCount(1);
});

test('the home page and the chapter overview list the new questions', async ({ page }) => {
	await page.goto(url(''));
	const heading = page.locator('[data-chapter-contents] h2', { hasText: 'Bab 10' });
	await expect(heading).toContainText('6 soal');
	await expect(heading.locator('a')).toHaveAttribute('href', `${BASE}ch10/`);
	await page.goto(url('ch10/'));
	const links = page.locator('[data-chapter-contents] li > a');
	await expect(links).toHaveCount(6);
	await expect(links.first()).toHaveText('Kenapa perceptron tidak bisa menyelesaikan masalah XOR?');
});

test('search finds the imported questions', async ({ page }) => {
	await page.goto(url('ch14/'));
	expect((await searchSite(page, 'perceptron XOR'))[0]).toBe(`${BASE}ch10/01-perceptron-xor/`);
	await page.keyboard.press('Escape');
	expect((await searchSite(page, 'backpropagation autodiff'))[0]).toBe(
		`${BASE}ch10/06-backpropagation-bedanya-reverse/`,
	);
});

test("the seed's notes, imported again, show exactly chapter 14's short answers", () => {
	const text = (path: string) =>
		(built(path).querySelector('[data-short-answer] .short-answer__body')?.structuredText ?? '')
			.replace(/\s+/g, ' ')
			.trim();
	// The notes answer exercises 1 to 8; the overview also links the hands-on exercises after them.
	const ch14 = parse(readFileSync(join(site, 'dist/ch14/index.html'), 'utf8'))
		.querySelectorAll('[data-chapter-contents] li > a')
		.map((a) => (a.getAttribute('href') ?? '').slice(BASE.length, -1))
		.filter((slug) => /^ch14\/0[1-8]-/.test(slug));
	const ch90 = built('ch90')
		.querySelectorAll('[data-chapter-contents] li > a')
		.map((a) => (a.getAttribute('href') ?? '').slice(BASE.length, -1));
	expect(ch14).toHaveLength(8);
	expect(ch90).toHaveLength(8);
	ch90.forEach((slug, i) => {
		expect(text(slug), slug).not.toBe('');
		expect(text(slug), slug).toBe(text(ch14[i] ?? ''));
	});
	expect(text(ch90[1] ?? '')).toContain('≈ 903,400 parameters');
	expect(built(ch90[1] ?? '').querySelector('h1')?.text).toContain('padding “same”');
});

test('notes full of MDX-significant characters build and read as written', async ({ page }) => {
	await page.goto(url('ch16/01-mask-token-bert-gpt/'));
	await expect(page.locator('h1')).toHaveText(
		'What does a <mask> token {do} in \'BERT\' & "GPT": pre-training #1?',
	);
	const answer = page.locator('[data-short-answer]');
	await expect(answer).toContainText(
		'Token <mask> menggantikan {kata} yang disembunyikan; 5 < 7 > 3',
	);
	await expect(answer).toContainText('Biaya $5 per jam, bukan $x^2$ dan &copy; bukan ©');
	await expect(answer.locator('code').first()).toHaveText('tokens = {"a": 1}');
	await expect(answer.locator('a[href="https://arxiv.org/abs/1810.04805"]')).toHaveCount(1);
	await page.goto(url('ch16/02-terjadi-baris-mirip-kode/'));
	await expect(page.locator('[data-short-answer]')).toContainText('import tensorflow as tf');
	await expect(page.locator('[data-short-answer]')).toContainText(
		'Satu } kurawal tutup dan satu { buka.',
	);
	await expect(page.locator('[data-short-answer] aside')).toHaveCount(0);
});
