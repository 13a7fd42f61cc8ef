/**
 * Scale benchmark for `npm run import-notes`: imports many synthetic chapters into a temporary
 * copy of the site, builds it, and measures what grows with the number of pages.
 *
 *   npm run bench:import [-- --chapters 20 --questions 8 --port 4425 --keep]
 *
 * It reports the import time, the build time and the time per built page, the size of the search
 * index, and the bytes the first search downloads (measured in Chromium: open a question page,
 * press Ctrl+K, type a query, and add up the transfer sizes of the `pagefind/` requests). Targets:
 * at least 160 question pages built in under 60 s, and a first search under 200 kB. The exit code
 * is 1 when a target is missed.
 *
 * The synthetic notes have the seed's shape (block-quoted lists, an unquoted paragraph, damaged
 * characters) and a vocabulary that grows with the number of pages, as real chapters would, so the
 * search index grows the way it would for real.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../e2e/browser.ts';
import { run } from './import-notes/run.ts';
import { buildSite, copySite, previewSite, removeSite } from './import-notes/temp-site.ts';

const BASE = '/cnn-notes/';
const BUILD_TARGET_MS = 60_000;
const PAGES_TARGET = 160;
const FIRST_SEARCH_BUDGET = 200_000;
/** Words found on most synthetic pages: many results, the most search data for a first query. */
const QUERIES = { id: 'gradien', en: 'gradient' } as const;

const { values } = parseArgs({
	options: {
		chapters: { type: 'string', default: '20' },
		questions: { type: 'string', default: '8' },
		port: { type: 'string', default: '4425' },
		keep: { type: 'boolean', default: false },
	},
});
const chapterCount = Number(values.chapters);
const questionCount = Number(values.questions);
const port = Number(values.port);
if (![chapterCount, questionCount, port].every((n) => Number.isInteger(n) && n > 0)) {
	process.stderr.write(
		'bench-import: --chapters, --questions and --port must be positive whole numbers\n',
	);
	process.exit(1);
}

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same notes. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const random = prng(14);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const COMMON = (
	'model layer neuron bobot gradien gradient loss fungsi aktivasi training data batch epoch ' +
	'optimizer learning rate parameter memori GPU konvolusi pooling dropout regularisasi fitur ' +
	'input output jaringan network dense embedding attention encoder decoder tensor matriks ' +
	'vektor akurasi presisi recall validasi overfitting underfitting normalisasi residual kernel'
).split(' ');
const SYLLABLES = 'ka ri to na me lu sa po de vi ra no mi ta ke su la bo ne gi'.split(' ');
/** Made-up terms, one set per chapter, so the vocabulary grows with the site as real topics do. */
const term = () =>
	Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
/** Characters that the notes' encoding damage turns into mojibake, the lost-byte `”` included. */
const SPECIAL = ['×', '→', '≈', '“istilah”', '–', '≥'];

function sentence(words: readonly string[], length: number): string {
	const out = Array.from({ length }, () => (random() < 0.35 ? pick(words) : pick(COMMON)));
	if (random() < 0.5) out.splice(Math.floor(random() * out.length), 0, pick(SPECIAL));
	const text = out.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Damages text the way the author's notes were damaged: UTF-8 read as Windows-1252. */
function damage(text: string): string {
	const cp1252 = new TextDecoder('windows-1252');
	return [...new TextEncoder().encode(text)]
		.map((b) =>
			[0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? '' : cp1252.decode(new Uint8Array([b])),
		)
		.join('');
}

function notesFile(chapter: number): string {
	const words = Array.from({ length: 40 }, term);
	const lines = [`# 📘 Chapter ${chapter} – ${sentence(words, 3)}`, '', '---', ''];
	for (let q = 1; q <= questionCount; q++) {
		lines.push(`### ${q}. ${sentence(words, 8)}?`, '');
		for (let i = 0; i < 4; i++) lines.push(`> - ${sentence(words, 10)}  `);
		lines.push('', sentence(words, 25), '', '---', '');
	}
	return damage(lines.join('\n'));
}

function sizeOf(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function countHtml(dir: string): number {
	return readdirSync(dir).reduce((n, name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return n + countHtml(full);
		return n + (name.endsWith('.html') ? 1 : 0);
	}, 0);
}

interface SearchCost {
	before: number;
	files: number;
	bytes: number;
	results: number;
}

async function firstSearch(pageUrl: string, query: string): Promise<SearchCost> {
	const executablePath = systemChromium();
	const browser = await chromium.launch({
		args: CHROMIUM_ARGS,
		...(executablePath ? { executablePath } : {}),
	});
	try {
		const page = await browser.newPage();
		const transfers = new Map<string, number>();
		const pending: Promise<void>[] = [];
		page.on('requestfinished', (req) => {
			const path = new URL(req.url()).pathname;
			if (!path.startsWith(`${BASE}pagefind/`)) return;
			pending.push(
				req.sizes().then((s) => {
					transfers.set(path, s.responseBodySize + s.responseHeadersSize);
				}),
			);
		});
		await page.goto(pageUrl, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		const before = transfers.size;
		// Starlight's search builds Pagefind's UI once the page is idle; Ctrl+K opens the dialog and
		// focuses its input.
		const input = page.locator('#starlight__search input.pagefind-ui__search-input');
		await page.keyboard.press('Control+k');
		await input.waitFor({ state: 'visible', timeout: 20_000 });
		await page.waitForFunction(
			() => document.activeElement?.matches('#starlight__search input.pagefind-ui__search-input'),
			undefined,
			{ timeout: 20_000 },
		);
		await input.fill(query);
		await page
			.locator('#starlight__search .pagefind-ui__result')
			.first()
			.waitFor({ state: 'visible', timeout: 20_000 });
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		const results = await page.locator('#starlight__search .pagefind-ui__result').count();
		const bytes = [...transfers.values()].reduce((a, b) => a + b, 0);
		return { before, files: transfers.size, bytes, results };
	} finally {
		await browser.close();
	}
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const site = copySite('bench-import');
try {
	const notesDir = join(site, 'bench-notes');
	mkdirSync(notesDir);
	const chapters: number[] = [];
	for (let n = 1; chapters.length < chapterCount; n++) if (n !== 14) chapters.push(n);

	const importStart = performance.now();
	let repairs = 0;
	for (const chapter of chapters) {
		const file = join(notesDir, `ch${chapter}.md`);
		writeFileSync(file, notesFile(chapter));
		const result = run([file, '--root', site]);
		if (result.code !== 0) throw new Error(result.stderr.join('\n'));
		repairs += Number(/; (\d+) repairs$/.exec(result.stdout.at(-1) ?? '')?.[1] ?? 0);
	}
	const importMs = performance.now() - importStart;
	const questionPages = chapters.length * questionCount;

	process.stdout.write(
		`Imported ${chapters.length} chapters × ${questionCount} questions in ${s(importMs)}; building…\n`,
	);
	const build = await buildSite(site, { base: BASE });
	const dist = join(site, 'dist');
	const htmlPages = countHtml(dist);
	const pagefind = join(dist, 'pagefind');
	const index = sizeOf(join(pagefind, 'index'));
	const fragments = sizeOf(join(pagefind, 'fragment'));
	const total = sizeOf(pagefind);

	const server = await previewSite(
		site,
		Array.from({ length: 5 }, (_, i) => port + i),
		BASE,
	);
	let id: SearchCost;
	let en: SearchCost;
	try {
		const first = `ch${String(chapters[0]).padStart(2, '0')}`;
		const slug = readdirSync(join(dist, first)).find((name) => name.startsWith('01-')) ?? '';
		id = await firstSearch(`${server.url}${first}/${slug}/`, QUERIES.id);
		en = await firstSearch(`${server.url}en/${first}/${slug}/`, QUERIES.en);
	} finally {
		await server.stop();
	}

	const buildOk = questionPages >= PAGES_TARGET && build.ms < BUILD_TARGET_MS;
	const searchOk = [id, en].every((c) => c.before === 0 && c.bytes <= FIRST_SEARCH_BUDGET);
	const rows: [string, string][] = [
		['Machine', `Node ${process.version}, ${cpus().length} CPUs`],
		[
			'Imported',
			`${chapters.length} chapters × ${questionCount} = ${questionPages} question pages (Indonesian; English served as fallbacks)`,
		],
		['Import time', `${s(importMs)} (${repairs} mojibake sequences repaired)`],
		['HTML pages built', `${htmlPages} (both languages, chapter 14 and the home pages included)`],
		[
			'Build time',
			`${s(build.ms)}${build.waitedMs > 1000 ? ` (after ${s(build.waitedMs)} waiting for the build lock)` : ''}`,
		],
		[
			'Time per page',
			`${(build.ms / htmlPages).toFixed(0)} ms per HTML page, ${(build.ms / questionPages).toFixed(0)} ms per question page`,
		],
		[
			'Search index',
			`${kB(total)} in pagefind/ (index chunks ${kB(index)}, fragments ${kB(fragments)})`,
		],
		[
			'First search (id)',
			`"${QUERIES.id}": ${kB(id.bytes)} in ${id.files} files, ${id.results} results; ${id.before} search files before it`,
		],
		[
			'First search (en)',
			`"${QUERIES.en}": ${kB(en.bytes)} in ${en.files} files, ${en.results} results; ${en.before} search files before it`,
		],
		[
			'Build target',
			`${buildOk ? 'met' : 'MISSED'}: ≥ ${PAGES_TARGET} question pages in < ${s(BUILD_TARGET_MS)}`,
		],
		[
			'Search target',
			`${searchOk ? 'met' : 'MISSED'}: nothing before the first search, ≤ ${kB(FIRST_SEARCH_BUDGET)} for it`,
		],
	];
	const width = Math.max(...rows.map(([k]) => k.length));
	for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
	process.exitCode = buildOk && searchOk ? 0 : 1;
} finally {
	if (values.keep) process.stdout.write(`Kept the site in ${site}\n`);
	else removeSite(site);
}
