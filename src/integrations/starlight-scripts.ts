import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Starlight's table-of-contents scroll spy module, as its components import it. */
const STARLIGHT_TOC = /components-internals\/TableOfContents\/starlight-toc(?:\.[jt]s)?$/;
/** The script block of Starlight's `Search.astro`, as Astro names it for the bundler. */
const STARLIGHT_SEARCH_SCRIPT =
	'@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts';

/**
 * A Vite plugin that swaps two of Starlight's client scripts for lighter versions of this site's,
 * leaving Starlight's components, markup and styles as they are:
 *
 * - the table of contents' scroll spy (`src/components/starlight-toc.ts`), and
 * - the search box's script (`src/components/site-search.ts`), which loads Pagefind's UI when
 *   search is opened instead of as soon as the page is idle.
 *
 * Why: both of Starlight's scripts run right after load on every page, and on these long pages
 * they were most of the main-thread work a slow phone does before the reader can scroll (the
 * README's gate section gives the Lighthouse figures with and without the swap).
 *
 * Starlight's file names are not a public interface, so the swap checks itself: a client build
 * that bundles Starlight but swapped neither script, or only one, fails with a message saying
 * which, instead of quietly shipping Starlight's scripts after an upgrade renamed them. `astro dev`
 * keeps Starlight's own scripts.
 */
export function lighterStarlightScripts(): Plugin {
	const toc = here('../components/starlight-toc.ts');
	const search = here('../components/site-search.ts');
	const swapped = { toc: false, search: false };
	return {
		name: 'cnn-notes:lighter-starlight-scripts',
		enforce: 'pre',
		// Only what readers download is swapped. In `astro dev` the dev server also evaluates the
		// swapped module on the server, where a custom element's `HTMLElement` does not exist.
		apply: 'build',
		buildStart() {
			swapped.toc = false;
			swapped.search = false;
		},
		resolveId(source, importer) {
			if (!STARLIGHT_TOC.test(source) || !importer?.includes('@astrojs/starlight')) return null;
			swapped.toc = true;
			return toc;
		},
		transform(_code, id) {
			if (!id.endsWith(STARLIGHT_SEARCH_SCRIPT)) return null;
			swapped.search = true;
			return `import ${JSON.stringify(search)};`;
		},
		buildEnd(error) {
			if (error || this.environment.mode !== 'build' || this.environment.name !== 'client') return;
			const bundlesStarlight = [...this.getModuleIds()].some((id) =>
				id.includes('@astrojs/starlight/'),
			);
			const missing = Object.entries(swapped)
				.filter(([, done]) => !done)
				.map(([name]) => name);
			if (bundlesStarlight && missing.length > 0) {
				this.error(
					`Starlight's ${missing.join(' and ')} script was not found under the name ` +
						'src/integrations/starlight-scripts.ts expects, so it was not swapped for the ' +
						"site's lighter one. Starlight has changed: update the pattern, or drop the swap.",
				);
			}
		},
	};
}
