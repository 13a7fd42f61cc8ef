/**
 * Links gate: every internal link, anchor and asset in `dist/` must resolve under the base path,
 * as GitHub Pages will serve it. External links are listed but not fetched (there may be no
 * network). Run alone: `npm run check:quality -- links`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { BASE, DIST, builtHtmlFiles, readBuilt } from '../../e2e/site.ts';

const SITE_ORIGIN = new URL(process.env.SITE_URL || 'http://localhost:4321').origin;

/** Maps a URL path under the base to the file that serves it, or undefined if none does. */
function fileFor(pathname: string): string | undefined {
	if (!pathname.startsWith(BASE)) return undefined;
	const rel = decodeURIComponent(pathname.slice(BASE.length));
	const candidates =
		rel === '' || rel.endsWith('/')
			? [`${rel}index.html`]
			: [rel, `${rel}/index.html`, `${rel}.html`];
	return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let set = idCache.get(file);
	if (!set) {
		const root = parse(readBuilt(file));
		set = new Set(
			root
				.querySelectorAll('[id], a[name]')
				.map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''),
		);
		idCache.set(file, set);
	}
	return set;
}

function cssFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return cssFiles(full);
		return name.endsWith('.css') ? [full] : [];
	});
}

/** What the gate found: broken references (each naming page and target) and external URLs. */
export interface LinkReport {
	broken: string[];
	external: string[];
}

/** Checks every `a[href]`, `link[href]` and `[src]` of every page, and every `url()` in the CSS. */
export function checkLinks(): LinkReport {
	const broken: string[] = [];
	const external = new Set<string>();
	for (const file of builtHtmlFiles()) {
		const pageUrl = new URL(`${SITE_ORIGIN}${BASE}${file.replace(/index\.html$/, '')}`);
		const root = parse(readBuilt(file));
		const refs = [
			...root
				.querySelectorAll('a[href]')
				.map((el) => ({ kind: 'a', url: el.getAttribute('href') ?? '' })),
			...root.querySelectorAll('link[href]').map((el) => ({
				kind: `link[${el.getAttribute('rel')}]`,
				url: el.getAttribute('href') ?? '',
			})),
			...root
				.querySelectorAll('[src]')
				.map((el) => ({ kind: el.tagName.toLowerCase(), url: el.getAttribute('src') ?? '' })),
		];
		for (const { kind, url: raw } of refs) {
			if (/^(mailto|tel|javascript|data):/.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== SITE_ORIGIN) {
				external.add(url.href);
				continue;
			}
			// The 404 page is served for every missing path; its canonical and hreflang links name
			// its own URL, which by definition has no file of its own.
			if (file === '404.html' && /canonical|alternate/.test(kind)) continue;
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${file}: ${kind} ${raw} → no file`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
				broken.push(`${file}: ${kind} ${raw} → no #${anchor} in ${target}`);
			}
		}
	}
	// Assets referenced from CSS (KaTeX's fonts) must exist too.
	for (const css of cssFiles()) {
		for (const [, ref] of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
			if (!ref || /^(data:|#)/.test(ref)) continue;
			const url = new URL(ref, `${SITE_ORIGIN}${BASE}${css.slice(DIST.length + 1)}`);
			if (url.origin === SITE_ORIGIN && !fileFor(url.pathname)) {
				broken.push(`${css.slice(DIST.length + 1)}: url(${ref}) → no file`);
			}
		}
	}
	return { broken, external: [...external].sort() };
}

/** Runs the gate: prints the external links, returns the broken ones. */
export function linksGate(): string[] {
	const { broken, external } = checkLinks();
	console.log(
		`Internal links checked on ${builtHtmlFiles().length} pages; ${broken.length} broken.`,
	);
	console.log(`External links (listed, not fetched): ${external.length}`);
	for (const url of external) console.log(`  ${url}`);
	return broken;
}
