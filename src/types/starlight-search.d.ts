/**
 * Types for the two modules the site's search script (`src/components/site-search.ts`) shares
 * with Starlight's: Pagefind's UI, which ships no types, and Starlight's virtual module holding
 * the user's `pagefind` options.
 */
declare module '@pagefind/default-ui' {
	/** Builds the search form into `options.element`; the instance itself is never used. */
	export const PagefindUI: new (options: Record<string, unknown>) => object;
}

declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
