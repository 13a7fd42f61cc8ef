import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatBytes } from '../src/lib/i18n/format.ts';
import { OFFLINE_STRINGS } from '../src/lib/offline/strings.ts';
import type { OfflineSummary } from '../src/lib/offline/precache.ts';
import { watchProblems } from './console.ts';
import { startSwappableSite } from './offline-server.ts';
import { searchSite } from './search.ts';
import { BASE, DIST, builtHtmlFiles, pathOf, printPages, sitePages } from './site.ts';

/**
 * Offline reading (issue 16): the service worker the build writes (`src/service-worker/sw.ts`,
 * `src/integrations/offline.ts`), registered after `load` by `src/components/SocialIcons.astro`.
 * The other specs block service workers (playwright.config.ts); these allow them.
 */
test.use({ serviceWorkers: 'allow' });

test('the built service worker precaches every page and no lab data, woff or ttf font', () => {
	const script = readFileSync(join(DIST, 'sw.js'), 'utf8');
	const urls = [...script.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
	for (const html of builtHtmlFiles()) expect(urls).toContain(html);
	expect(urls).toContain('pagefind/wasm.id.pagefind');
	expect(urls).toContain('pagefind/wasm.en.pagefind');
	expect(urls).toContain('en/manifest.webmanifest');
	expect(urls.filter((u) => u.startsWith('lab/') || /\.(?:woff|ttf)$/.test(u))).toEqual([]);
	const summary = JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as OfflineSummary;
	expect(summary.files).toBe(urls.length);
});

/** The accessibility rules of the quality gate (`e2e/quality/a11y.spec.ts`), on one element. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
	const result = await new AxeBuilder({ page })
		.include(selector)
		.withTags(['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Resolves once a service worker is active for the site, i.e. its precache is complete. */
async function precached(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/**
 * Uses the page's first widget the way a reader would and expects it to answer: an island's first
 * unchosen option or first button, else the self-check's first question answered and checked. Offline, that needs the
 * widget's code, and the engine's, from the precache.
 */
async function useOneWidget(page: Page, where: string): Promise<void> {
	const island = page.locator('astro-island').first();
	if ((await island.count()) > 0) {
		await island.scrollIntoViewIfNeeded();
		await expect(island, `${where}: hydrated`).not.toHaveAttribute('ssr', /.*/, {
			timeout: 15_000,
		});
		await changes(island, where, async () => {
			// A choice of another network, layer or preset if the widget offers one, else its first button.
			const radio = island.locator('input[type="radio"]:not(:checked):visible').first();
			if ((await radio.count()) > 0) await radio.check();
			else await island.locator('button:enabled:visible').first().click();
		});
		return;
	}
	const check = page.locator('[data-self-check]');
	if ((await check.count()) === 0) return;
	await check.scrollIntoViewIfNeeded();
	const form = check.locator('form[data-item]').first();
	await expect(form.locator('input').first(), `${where}: self-check enhanced`).toBeVisible();
	await changes(check, where, async () => {
		const radio = form.locator('input[type="radio"]').first();
		if ((await radio.count()) > 0) await radio.check();
		else await form.locator('input').first().fill('1');
		await form.locator('button[type="submit"], button:not([type])').first().click();
	});
}

async function changes(root: Locator, where: string, act: () => Promise<void>): Promise<void> {
	const before = await root.innerHTML();
	await act();
	await expect
		.poll(() => root.innerHTML(), { message: `${where}: the widget answered` })
		.not.toBe(before);
}

test('after one visit every page of both languages, search and a widget per page work offline', async ({
	page,
	context,
}) => {
	test.setTimeout(240_000);
	const problems = watchProblems(page);
	await page.goto(BASE);
	await precached(page);
	// The lab's data set is saved only once the reader has loaded it (its own test is below): here
	// they have, so the lab can be used offline too.
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	await page.evaluate(async (dir) => {
		for (const file of ['train.bin.gz', 'test.bin.gz'])
			await (await fetch(dir + file)).arrayBuffer();
	}, `${BASE}lab/fashion-mnist/`);
	await context.setOffline(true);
	for (const { path } of [...sitePages(), ...printPages()]) {
		await page.goto(path);
		await expect(page.locator('h1').first(), path).toBeVisible();
		await useOneWidget(page, path);
	}
	for (const [lang, query] of [
		['id', 'pooling'],
		['en', 'pooling'],
	] as const) {
		await page.goto(pathOf(lang, 'ch14'));
		const found = await searchSite(page, query);
		expect(found.length, `search "${query}" in ${lang}`).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
	}
	// A page that does not exist gets the site's own 404 page, not the browser's offline error.
	await page.goto(`${BASE}no-such-page/`);
	await expect(page.locator('h1').first()).toBeVisible();
	// Moving on while a page still fetches (search's UI, built when idle) aborts that fetch: the
	// test's doing, not a request that failed for the reader; offline failures are other errors.
	expect(problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
});

test('the lab’s data is not precached, and once loaded it is cached and read offline', async ({
	page,
	context,
}) => {
	const data = `${BASE}lab/fashion-mnist/`;
	await page.goto(pathOf('en', 'ch14/09-lab-fashion-mnist'));
	await precached(page);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	const cachedUrls = () =>
		page.evaluate(async () => {
			const urls: string[] = [];
			for (const key of await caches.keys()) {
				const cache = await caches.open(key);
				for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
			}
			return urls;
		});
	expect((await cachedUrls()).filter((u) => u.startsWith(data))).toEqual([]);
	const load = (file: string) =>
		page.evaluate(async (url) => {
			const response = await fetch(url);
			return { ok: response.ok, bytes: (await response.arrayBuffer()).byteLength };
		}, `${data}${file}`);
	const online = await load('test.bin.gz');
	expect(online.ok).toBe(true);
	await context.setOffline(true);
	expect(await load('test.bin.gz')).toEqual(online);
	expect((await cachedUrls()).filter((u) => u.startsWith(data))).toEqual([`${data}test.bin.gz`]);
});

test('nothing is registered or cached before the load event', async ({ page }) => {
	await page.addInitScript(() => {
		const calls: string[] = [];
		(window as unknown as { swCalls: string[] }).swCalls = calls;
		const container = navigator.serviceWorker;
		const register = container.register.bind(container);
		container.register = (...args) => {
			calls.push(document.readyState);
			return register(...args);
		};
		document.addEventListener('DOMContentLoaded', () => {
			void caches.keys().then((keys) => {
				(window as unknown as { cachesAtReady: number }).cachesAtReady = keys.length;
			});
		});
	});
	await page.goto(BASE);
	await precached(page);
	const { calls, cachesAtReady } = await page.evaluate(() => ({
		calls: (window as unknown as { swCalls: string[] }).swCalls,
		cachesAtReady: (window as unknown as { cachesAtReady: number }).cachesAtReady,
	}));
	expect(calls).toEqual(['complete']);
	expect(cachesAtReady).toBe(0);
});

for (const lang of ['id', 'en'] as const) {
	const t = OFFLINE_STRINGS[lang];
	test(`on a 2G connection nothing is saved until the reader asks, then the menu shows the size, progress and "saved" (${lang})`, async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'connection', {
				value: { saveData: false, effectiveType: '2g' },
			});
			const reports: unknown[] = [];
			(window as unknown as { reports: unknown[] }).reports = reports;
			navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
				reports.push(event.data);
			});
		});
		const problems = watchProblems(page);
		await page.setViewportSize({ width: 360, height: 740 });
		// One language in each theme, so the dialog's colours are checked in both.
		await page.emulateMedia({ colorScheme: lang === 'id' ? 'light' : 'dark' });
		await page.goto(pathOf(lang, 'ch14'));
		await page.waitForLoadState('load');
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
		expect(await page.evaluate(() => caches.keys())).toEqual([]);

		const summary = JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as OfflineSummary;
		await page.locator('button.sl-menu-button').click();
		await page.getByRole('button', { name: t.save }).click();
		const dialog = page.getByRole('dialog', { name: t.save });
		await expect(dialog.getByRole('status')).toContainText(formatBytes(summary.bytes, lang));
		await expectAccessible(page, '.offline-dialog');
		await dialog.getByRole('button', { name: t.download }).click();
		await expect(dialog.getByRole('status')).toHaveText(t.saved, { timeout: 30_000 });
		await expect(dialog.locator('progress')).toHaveJSProperty('value', 100);
		// The service worker reported its progress in bytes on the way, up to the total.
		const reports = (await page.evaluate(
			() => (window as unknown as { reports: unknown[] }).reports,
		)) as { done: number; total: number }[];
		expect(reports.length).toBeGreaterThan(10);
		expect(reports.some((r) => r.done < r.total)).toBe(true);
		expect(reports.at(-1)).toEqual({
			type: 'offline-progress',
			done: summary.bytes,
			total: summary.bytes,
		});
		expect(problems).toEqual([]);
	});
}

test('a new deploy is announced on the open page and reloading shows it', async ({ browser }) => {
	test.setTimeout(120_000);
	const work = mkdtempSync(join(tmpdir(), 'cnn-notes-deploy-'));
	const next = join(work, 'dist');
	cpSync(DIST, next, { recursive: true });
	// The next deploy changes one page: its HTML, and so its revision in the service worker.
	const home = join(next, 'index.html');
	writeFileSync(home, readFileSync(home, 'utf8').replace('<h1', '<p id="next-deploy">v2</p><h1'));
	const sw = join(next, 'sw.js');
	const script = readFileSync(sw, 'utf8');
	const changed = script.replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, '$1next$2');
	expect(changed).not.toBe(script);
	writeFileSync(sw, changed);

	const site = await startSwappableSite(DIST);
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		const page = await context.newPage();
		const t = OFFLINE_STRINGS.id;
		await page.goto(`${site.origin}${BASE}`);
		await precached(page);
		site.serve(next);
		// The reader comes back to the site: the page checks for a new version and offers it.
		await page.goto(`${site.origin}${pathOf('id', 'ch14')}`);
		const notice = page.getByRole('status').filter({ hasText: t.updateReady });
		await expect(notice).toBeVisible({ timeout: 30_000 });
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await expectAccessible(page, '.offline-update');
		}
		await page.goto(`${site.origin}${BASE}`);
		await expect(page.locator('#next-deploy')).toHaveCount(0);
		await page.getByRole('button', { name: t.reload }).click();
		await expect(page.locator('#next-deploy')).toBeVisible({ timeout: 30_000 });
	} finally {
		await context.close();
		await site.stop();
		rmSync(work, { recursive: true, force: true });
	}
});
