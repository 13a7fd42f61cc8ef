/**
 * Whether a page's Markdown source holds a formula (`$…$` or `$$…$$`, as remark-math reads them).
 * The head preloads KaTeX's two main fonts only on such pages (see `src/components/Head.astro`):
 * a page without formulas never requests them, and a preload there would be wasted bytes. An
 * escaped `\$` is a dollar sign, not a formula.
 */
export function hasMath(markdown: string): boolean {
	return /\$\$[\s\S]+?\$\$|(?<![\\$])\$(?!\$)[^$\n]+?(?<!\\)\$/.test(markdown);
}
