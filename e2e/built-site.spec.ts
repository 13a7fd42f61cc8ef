/**
 * Checks on the built files in `dist/` that need no browser: what was built, damaged text,
 * formulas and short answers. They read the HTML as GitHub Pages would serve it. (Links are
 * checked by the quality gate in `scripts/quality/links.ts`.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { hasMojibake, MOJIBAKE_PATTERN } from '../src/lib/notes/mojibake.ts';
import { answerPlainText, parseNotes } from '../src/lib/notes/parse.ts';
import {
	BASE,
	DIST,
	ROOT,
	builtHtmlFiles,
	pathOf,
	printPages,
	readBuilt,
	sitePages,
	QUESTION_SLUGS,
} from './site.ts';

function textFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return textFiles(full);
		return /\.(html|xml|js|css|json|txt|svg)$/.test(name) ? [full] : [];
	});
}

test('the build holds the home page, the overview and eight questions in both languages, plus the 404 page', () => {
	const expected = [
		'404.html',
		...[...sitePages(), ...printPages()].map((p) => `${p.path.slice(BASE.length)}index.html`),
	].sort();
	expect(expected.length).toBeGreaterThanOrEqual(21);
	expect(builtHtmlFiles().sort()).toEqual(expected);
	for (const q of QUESTION_SLUGS) {
		expect(expected).toContain(`${q}/index.html`);
		expect(expected).toContain(`en/${q}/index.html`);
	}
});

test('no built file contains a mojibake sequence', () => {
	const damaged = textFiles()
		.map((file) => ({ file, match: MOJIBAKE_PATTERN.exec(readFileSync(file, 'utf8')) }))
		.filter((r) => r.match)
		.map((r) => `${r.file.slice(DIST.length)}: ${JSON.stringify(r.match?.[0])}`);
	expect(damaged).toEqual([]);
});

test('every formula in the content is rendered to KaTeX markup at build time', () => {
	for (const page of sitePages()) {
		const source = readFileSync(join(ROOT, page.source), 'utf8').replace(/^---[\s\S]*?---/, '');
		const formulas = source.match(/\$\$[\s\S]+?\$\$|(?<![\\$])\$(?!\$)[^$\n]+?\$/g) ?? [];
		if (formulas.length === 0) continue;
		const html = parse(readBuilt(`${page.path.slice(BASE.length)}index.html`));
		const main = html.querySelector('main');
		if (!main) throw new Error(`${page.path}: no <main>`);
		const rendered = main.querySelectorAll('.katex');
		expect(rendered.length, `${page.path}: KaTeX elements`).toBeGreaterThanOrEqual(formulas.length);
		expect(
			main.querySelectorAll('.katex math').length,
			`${page.path}: MathML for screen readers`,
		).toBe(rendered.length);
		expect(main.querySelectorAll('.katex-error'), `${page.path}: KaTeX errors`).toHaveLength(0);
		// The MathML keeps its TeX source for tools that read it, and stays out of the search index
		// (Pagefind skips `data-pagefind-ignore`), so no TeX reaches search results.
		const mathml = main.querySelectorAll('.katex-mathml');
		expect(mathml.length, `${page.path}: MathML copies`).toBe(rendered.length);
		for (const copy of mathml) {
			expect(copy.hasAttribute('data-pagefind-ignore'), `${page.path}: unindexed MathML`).toBe(
				true,
			);
			expect(
				copy.querySelector('annotation[encoding="application/x-tex"]')?.text,
				`${page.path}: TeX source`,
			).toMatch(/\S/);
		}
		for (const math of main.querySelectorAll('.katex')) math.remove();
		const text = main.text.replace(/\s+/g, ' ');
		expect(text, `${page.path}: raw TeX left in the text`).not.toMatch(
			/\$\$|\\frac|\\cdot|\\text\{/,
		);
	}
});

test('pages with formulas preload KaTeX’s two main fonts at low priority, and other pages none', () => {
	for (const page of sitePages()) {
		const html = parse(readBuilt(`${page.path.slice(BASE.length)}index.html`));
		const preloads = html.querySelectorAll('head link[rel="preload"][as="font"]');
		if (html.querySelector('main .katex') === null) {
			expect(preloads, `${page.path}: font preloads`).toHaveLength(0);
			continue;
		}
		const names = preloads.map((l) => (l.getAttribute('href') ?? '').split('/').pop() ?? '');
		expect(names.map((n) => n.split('.')[0]).sort(), page.path).toEqual([
			'KaTeX_Main-Regular',
			'KaTeX_Math-Italic',
		]);
		for (const link of preloads) {
			expect(link.getAttribute('fetchpriority'), page.path).toBe('low');
			expect(link.hasAttribute('crossorigin'), `${page.path}: crossorigin`).toBe(true);
			const href = link.getAttribute('href') ?? '';
			expect(() => readBuilt(href.slice(BASE.length)), href).not.toThrow();
		}
	}
});

test('each Indonesian question page shows the notes answer, repaired, as its short answer', () => {
	const notes = parseNotes(readFileSync(join(ROOT, 'content/_sources/ch14-cnn.md'), 'utf8'));
	expect(notes.questions).toHaveLength(8);
	QUESTION_SLUGS.forEach((slug, i) => {
		const html = parse(readBuilt(`${slug}/index.html`));
		const block = html.querySelector('[data-short-answer] .short-answer__body');
		expect(block, `${slug}: short answer block`).not.toBeNull();
		const shown = (block?.structuredText ?? '').replace(/\s+/g, ' ').trim();
		expect(shown).toBe(answerPlainText(notes.questions[i]?.answer ?? ''));
		expect(hasMojibake(shown)).toBe(false);
	});
});

test('each English question page has a short answer block too', () => {
	for (const slug of QUESTION_SLUGS) {
		const html = parse(readBuilt(`en/${slug}/index.html`));
		expect(
			html.querySelector('[data-short-answer] .short-answer__body')?.text.trim(),
			slug,
		).toBeTruthy();
	}
});

test('the test build really is served under a non-root base path', () => {
	expect(BASE).not.toBe('/');
	expect(readBuilt('index.html')).toContain(`href="${pathOf('id', 'ch14')}"`);
});

test('every page says when its source file was last committed, as git records it', () => {
	for (const page of sitePages()) {
		const committed = spawnSync('git', ['log', '-1', '--format=%ct', '--', page.source], {
			cwd: ROOT,
			encoding: 'utf8',
		}).stdout.trim();
		// A page created but not yet committed has no date to show.
		if (!committed) continue;
		const time = parse(readBuilt(`${page.path.slice(BASE.length)}index.html`)).querySelector(
			'footer time[datetime]',
		);
		expect(time?.getAttribute('datetime'), page.path).toBe(
			new Date(Number(committed) * 1000).toISOString(),
		);
	}
});
