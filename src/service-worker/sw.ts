/// <reference lib="webworker" />
/**
 * The service worker that keeps the site readable offline. The build bundles it and writes the
 * precache list into it (`src/integrations/offline.ts`); it is never part of `astro dev`.
 *
 * - Precache: every page of both languages, the code and styles, KaTeX's woff2 fonts, Pagefind's
 *   index of both languages, the icons and manifests (`src/lib/offline/precache.ts`). Pages are
 *   served from it, so a reader offline opens any page; a page not in it goes to the network, and
 *   offline to the site's bilingual 404 page.
 * - While precaching, every page of the site hears how many bytes are saved, for the menu's
 *   progress bar.
 * - The CNN lab's data set is cached when the lab first loads it, in a cache named after the data
 *   files' hash, so a deploy with new data drops the old.
 * - A new deploy installs next to the running one and waits; the page offers a reload, which
 *   sends `SKIP_WAITING`. Caches of earlier Workbox versions are cleaned up on activation.
 */
import { clientsClaim } from 'workbox-core';
import {
	addPlugins,
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { LAB_DATA_PREFIX } from '../lib/offline/precache.ts';
import type { ProgressMessage } from '../lib/offline/messages.ts';

declare const self: ServiceWorkerGlobalScope;

/** Replaced by the build: the lab data's cache, named after a hash of the data files. */
declare const __LAB_CACHE__: string;

/** Every cache of the lab's data starts with this; the current one is `__LAB_CACHE__`. */
const LAB_CACHE_PREFIX = 'cnn-notes-lab-';

/**
 * The precache list, which the build writes in place of `self.__WB_MANIFEST`: objects only, each
 * with its size in bytes (`src/integrations/offline.ts`).
 */
const manifest = self.__WB_MANIFEST.filter(
	(entry): entry is PrecacheEntry & { bytes?: number } => typeof entry !== 'string',
);

/** Each precached URL's size, keyed without Workbox's revision parameter. */
const sizes = new Map<string, number>();
for (const entry of manifest)
	sizes.set(new URL(entry.url, self.location.href).href, entry.bytes ?? 0);
let total = 0;
for (const size of sizes.values()) total += size;
let done = 0;

/** Tells every open page of the site how far precaching has got. */
async function report(): Promise<void> {
	const message: ProgressMessage = { type: 'offline-progress', done, total };
	const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	for (const client of clients) client.postMessage(message);
}

addPlugins([
	{
		cacheDidUpdate: async ({ request }) => {
			const url = new URL(request.url);
			url.searchParams.delete('__WB_REVISION__');
			done += sizes.get(url.href) ?? 0;
			await report();
		},
	},
]);

precacheAndRoute(
	manifest.map(({ url, revision }) => ({ url, revision: revision ?? null })),
	{
		// Pagefind asks for its entry file with `?ts=` and the index's build time.
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
	},
);
cleanupOutdatedCaches();

// A page that is not in the precache (a mistyped address) comes from the network; offline, the
// site's 404 page says so in both languages instead of the browser's error page.
registerRoute(new NavigationRoute(new NetworkOnly()));
setCatchHandler(async ({ request }) => {
	if (request.destination === 'document') {
		const notFound = await matchPrecache('404.html');
		if (notFound) return notFound;
	}
	return Response.error();
});

const labData = new URL(LAB_DATA_PREFIX, self.registration.scope).href;
registerRoute(
	({ url }) => url.href.startsWith(labData),
	// A handful of files, replaced as a whole when the data changes (the activate handler below), so
	// the cache needs no expiry.
	new CacheFirst({ cacheName: __LAB_CACHE__ }),
);

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith(LAB_CACHE_PREFIX) && key !== __LAB_CACHE__)
						.map((key) => caches.delete(key)),
				),
			),
	);
});

self.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first version takes charge of the page that installed it, so the lab's data loaded on that
// page is cached too; later versions wait for the reader's reload (above).
clientsClaim();
