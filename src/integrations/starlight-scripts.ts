import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Starlight's table-of-contents scroll spy module, as its components import it. */
const STARLIGHT_TOC = /components-internals\/TableOfContents\/starlight-toc(?:\.[jt]s)?$/;
/** The script block of Starlight's `Search.astro`, as Astro names it for the bundler. */
const STARLIGHT_SEARCH_SCRIPT =
	/@astrojs\/starlight\/dist\/components\/Search\.astro\?astro&type=script&index=0&lang\.ts$/;

/**
 * A Vite plugin that swaps two of Starlight's client scripts for lighter versions of this site's,
 * leaving Starlight's components, markup and styles as they are:
 *
 * - the table of contents' scroll spy (`src/components/starlight-toc.ts`), and
 * - the search box's script (`src/components/site-search.ts`), which loads Pagefind's UI when
 *   search is opened instead of as soon as the page is idle.
 *
 * Both replacements document why, with what Lighthouse measured. Keeping Starlight's components
 * means a Starlight upgrade still brings its markup and styling; the test suite (search, table of
 * contents, accessibility) checks the pieces still fit.
 */
export function lighterStarlightScripts(): Plugin {
	const toc = here('../components/starlight-toc.ts');
	const search = here('../components/site-search.ts');
	return {
		name: 'cnn-notes:lighter-starlight-scripts',
		enforce: 'pre',
		resolveId(source, importer) {
			if (STARLIGHT_TOC.test(source) && importer?.includes('@astrojs/starlight')) return toc;
			return null;
		},
		transform(_code, id) {
			if (STARLIGHT_SEARCH_SCRIPT.test(id)) return `import ${JSON.stringify(search)};`;
			return null;
		},
	};
}
