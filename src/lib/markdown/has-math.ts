import { lexMdx } from './mdx-source.ts';

/**
 * Whether a page's MDX source holds a formula (`$…$` or `$$…$$`), read by the same lexer the
 * page checks use, so a dollar sign in code, an escaped `\$` or an unclosed `$` does not count.
 * The head preloads KaTeX's two main fonts only on such pages (see `src/components/Head.astro`):
 * a page without formulas never requests them, and a preload there would be wasted bytes.
 */
export function hasMath(source: string): boolean {
	return lexMdx(source).some(
		(piece) => piece.kind === 'inlineMath' || piece.kind === 'displayMath',
	);
}
