/**
 * Page-weight gate. For every page of the built site it records, in a real browser, which files
 * the page loads before any interaction (scrolling through it, so that `client:visible` widgets
 * load too), then sizes each file from `dist/` with gzip -9 and checks the budgets in
 * `budget.ts`. JavaScript is split into Starlight's own and the widgets' by following the static
 * and dynamic imports of the widgets' entry points: the page's `<astro-island>` components and
 * renderers, and the scripts bundled from Astro components in `src/widgets/` (see
 * `isWidgetScript`). A page counts as having widgets if it has an island or an element marked
 * `data-widget`.
 *
 * Run alone: `npm run check:quality -- weight`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { init, parse } from 'es-module-lexer';
import { CHROMIUM_ARGS, systemChromium } from '../../e2e/browser.ts';
import { BASE, DIST, ROOT, printPages, sitePages } from '../../e2e/site.ts';
import {
	checkWeight,
	isWidgetScript,
	weightTable,
	type Excess,
	type PageWeight,
} from './budget.ts';
import { startPreview } from './server.ts';

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipCache.set(file, size);
	}
	return size;
}

function fileOf(pathname: string): string {
	const rel = decodeURIComponent(pathname.slice(BASE.length));
	return join(DIST, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/** Names of the Astro components in `src/widgets/`, whose bundled scripts are widget code. */
function widgetComponents(dir = join(ROOT, 'src/widgets')): Set<string> {
	const names = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && entry.name.endsWith('.astro')) names.add(basename(entry.name, '.astro'));
	}
	return names;
}

/** Every module a set of entry modules can load, following static and dynamic imports. */
function closure(entries: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	for (let pathname = queue.pop(); pathname !== undefined; pathname = queue.pop()) {
		if (seen.has(pathname) || !pathname.endsWith('.js')) continue;
		seen.add(pathname);
		let source: string;
		try {
			source = readFileSync(fileOf(pathname), 'utf8');
		} catch {
			continue;
		}
		const [imports] = parse(source);
		for (const imp of imports) {
			if (imp.n) queue.push(new URL(imp.n, `http://x${pathname}`).pathname);
		}
		// Vite lists a dynamic import's dependencies in a __vite__mapDeps table of site-root paths.
		for (const [, dep] of source.matchAll(/"(_astro\/[^"]+\.js)"/g)) queue.push(`${BASE}${dep}`);
	}
	return seen;
}

/** Measures one page; `loaded` are the same-origin paths the browser fetched. */
function measure(
	page: string,
	loaded: Set<string>,
	widgetEntries: string[],
	otherEntries: string[],
	widgets: number,
): PageWeight {
	const widgetModules = closure(widgetEntries);
	const starlightModules = closure(otherEntries);
	let css = 0;
	let starlightJs = 0;
	let widgetJs = 0;
	for (const path of loaded) {
		if (path.startsWith(`${BASE}pagefind/`)) continue; // search data: its own gate
		const size = () => gzipSize(fileOf(path));
		if (path.endsWith('.css')) css += size();
		else if (path.endsWith('.js')) {
			if (starlightModules.has(path) && !widgetModules.has(path)) starlightJs += size();
			else widgetJs += size();
		}
	}
	return { page, html: gzipSize(fileOf(page)), css, starlightJs, widgetJs, widgets };
}

/** Runs the gate; resolves to the list of excesses (empty when every page is within budget). */
export async function weightGate(port = 4331): Promise<Excess[]> {
	await init;
	const preview = await startPreview(port);
	const executablePath = systemChromium();
	const browser = await chromium.launch({
		args: CHROMIUM_ARGS,
		...(executablePath ? { executablePath } : {}),
	});
	const rows: PageWeight[] = [];
	const components = widgetComponents();
	try {
		const pages = [...[...sitePages(), ...printPages()].map((p) => p.path), `${BASE}404.html`];
		for (const path of pages) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const tab = await context.newPage();
			const loaded = new Set<string>();
			tab.on('request', (req) => {
				const url = new URL(req.url());
				if (url.origin === preview.origin) loaded.add(url.pathname);
			});
			await tab.goto(`${preview.origin}${path}`, { waitUntil: 'networkidle' });
			// Bring every part of the page into view so client:visible widgets hydrate.
			await tab.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 50));
				}
			});
			await tab.waitForLoadState('networkidle');
			const entries = await tab.evaluate(() => {
				const islands = [...document.querySelectorAll('astro-island')];
				const islandUrls = islands.flatMap((el) => [
					el.getAttribute('component-url'),
					el.getAttribute('renderer-url'),
				]);
				const scripts = [
					...document.querySelectorAll('script[type="module"][src], link[rel="modulepreload"]'),
				].map((el) => el.getAttribute('src') ?? el.getAttribute('href'));
				const inline = [...document.querySelectorAll('script[type="module"]:not([src])')].flatMap(
					(el) => [...el.textContent.matchAll(/["'`](\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]),
				);
				// Widgets without a framework mark themselves; those inside an island are counted once.
				const marked = document.querySelectorAll('[data-widget]:not(astro-island [data-widget])');
				return {
					widgets: islands.length + marked.length,
					islandUrls,
					others: [...scripts, ...inline],
				};
			});
			const toPath = (u: string | null | undefined) =>
				u ? new URL(u, preview.origin).pathname : '';
			const others = entries.others.map(toPath).filter(Boolean);
			rows.push(
				measure(
					path.endsWith('404.html') ? path : path,
					loaded,
					[
						...entries.islandUrls.map(toPath).filter(Boolean),
						...others.filter((p) => isWidgetScript(p, components)),
					],
					others.filter((p) => !isWidgetScript(p, components)),
					entries.widgets,
				),
			);
			await context.close();
		}
	} finally {
		await browser.close();
		await preview.stop();
	}
	console.log(weightTable(rows));
	return rows.flatMap(checkWeight);
}
