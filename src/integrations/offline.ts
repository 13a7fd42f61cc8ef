import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { LANGS } from '../lib/i18n/lang.ts';
import { BRAND_COLOR, ICONS, manifestPath, webManifest } from '../lib/offline/manifest.ts';
import {
	HASHED_FILES,
	LAB_DATA_PREFIX,
	PRECACHE_GLOBS,
	PRECACHE_IGNORES,
	summarize,
	type OfflineSummary,
	type SizedEntry,
} from '../lib/offline/precache.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The service worker's source. */
const SW_SOURCE = here('../service-worker/sw.ts');
/** The favicon the app icons are drawn from. */
const FAVICON = here('../../public/favicon.svg');

/**
 * Makes the built site installable and readable offline (issue 16), after everything else has
 * written `dist/`: it must come after Starlight in `astro.config.mjs`, whose own build-end hook
 * writes the Pagefind index this one precaches (it checks the index is there).
 *
 * At the end of `astro build` it writes, into the output folder only:
 * - `icons/*.png`, drawn from `public/favicon.svg` with sharp, and one web app manifest per
 *   language (`manifest.webmanifest`, `en/manifest.webmanifest`; `src/lib/offline/manifest.ts`);
 * - `sw.js`, the service worker (`src/service-worker/sw.ts`) bundled with Vite, with the precache
 *   list (`src/lib/offline/precache.ts`) and each file's revision and size written in by Workbox's
 *   `injectManifest`;
 * - `offline.json`, the number of files and bytes that saving the site downloads, which the menu
 *   shows before the reader agrees.
 *
 * Why by hand: `@vite-pwa/astro` supports Astro 5 at most. In `astro dev` the integration does
 * nothing, and pages neither link the manifests nor register the worker (`Head.astro`,
 * `SocialIcons.astro` test `import.meta.env.PROD`).
 */
export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'cnn-notes:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				if (!existsSync(join(out, 'pagefind', 'pagefind.js'))) {
					throw new Error(
						'The offline integration found no Pagefind index in the build: it must come after starlight() in astro.config.mjs.',
					);
				}
				await writeIcons(out);
				for (const lang of LANGS) {
					const file = join(out, manifestPath(lang, base).slice(base.length));
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, `${JSON.stringify(webManifest(lang, base), null, '\t')}\n`);
				}
				const bundle = await bundleServiceWorker(labCacheName(out));
				const precached: SizedEntry[] = [];
				try {
					const result = await injectManifest({
						swSrc: bundle,
						swDest: join(out, 'sw.js'),
						globDirectory: out,
						globPatterns: [...PRECACHE_GLOBS],
						globIgnores: [...PRECACHE_IGNORES],
						dontCacheBustURLsMatching: HASHED_FILES,
						maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
						// Workbox drops each entry's size once it has summed them; the service worker
						// needs them for its progress reports, so they travel as `bytes`.
						manifestTransforms: [
							(entries) => {
								precached.push(...entries);
								return {
									manifest: entries.map((e) => ({ ...e, bytes: e.size })),
									warnings: [],
								};
							},
						],
					});
					for (const warning of result.warnings) logger.warn(warning);
					const summary: OfflineSummary = summarize(precached);
					writeFileSync(join(out, 'offline.json'), JSON.stringify(summary));
					logger.info(
						`Service worker written: ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) precached.`,
					);
				} finally {
					rmSync(dirname(bundle), { recursive: true, force: true });
				}
			},
		},
	};
}

/** Draws the app icons from the favicon: plain ones, and a maskable one with a safe margin. */
async function writeIcons(out: string): Promise<void> {
	const svg = readFileSync(FAVICON);
	mkdirSync(join(out, 'icons'), { recursive: true });
	for (const icon of ICONS) {
		const file = join(out, icon.file);
		if (icon.purpose === 'maskable') {
			// A maskable icon may be cut to a circle of 80 % of its width: the favicon sits inside it
			// on the favicon's own blue.
			const inner = Math.round(icon.size * 0.7);
			const glyph = await sharp(svg, { density: 1200 }).resize(inner, inner).png().toBuffer();
			await sharp({
				create: { width: icon.size, height: icon.size, channels: 4, background: BRAND_COLOR },
			})
				.composite([{ input: glyph, gravity: 'center' }])
				.png()
				.toFile(file);
		} else {
			await sharp(svg, { density: 1200 }).resize(icon.size, icon.size).png().toFile(file);
		}
	}
}

/**
 * The lab data's cache name, after a hash of its files: a deploy with new data gets a new cache,
 * and the service worker deletes the old one, so no reader keeps training on stale data.
 */
function labCacheName(out: string): string {
	const dir = join(out, LAB_DATA_PREFIX);
	const hash = createHash('sha256');
	if (existsSync(dir)) {
		for (const name of readdirSync(dir).sort()) {
			hash.update(name);
			hash.update(readFileSync(join(dir, name)));
		}
	}
	return `cnn-notes-lab-${hash.digest('hex').slice(0, 12)}`;
}

/** Bundles the service worker into one classic script in a temporary folder; returns its path. */
async function bundleServiceWorker(labCache: string): Promise<string> {
	const tmp = mkdtempSync(join(tmpdir(), 'cnn-notes-sw-'));
	await build({
		configFile: false,
		logLevel: 'silent',
		publicDir: false,
		define: {
			__LAB_CACHE__: JSON.stringify(labCache),
			// Workbox's modules log and assert only in development.
			'process.env.NODE_ENV': JSON.stringify('production'),
		},
		build: {
			outDir: tmp,
			emptyOutDir: false,
			write: true,
			minify: true,
			copyPublicDir: false,
			reportCompressedSize: false,
			lib: { entry: SW_SOURCE, formats: ['es'], fileName: () => 'sw.js' },
			// A library build in ES format keeps its whitespace unless the bundler is told otherwise.
			rolldownOptions: { output: { minify: true } },
		},
	});
	return join(tmp, 'sw.js');
}
