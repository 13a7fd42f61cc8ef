/**
 * Text measurement for server-rendered diagrams. An SVG laid out on the server cannot ask the
 * browser how wide a label is, yet the diagrams are set in the site's own text font (Starlight's
 * system stack: San Francisco, Segoe UI, Roboto, Noto Sans, Arial, or DejaVu Sans where nothing
 * else is installed), whose letters differ in width. So a label's width is estimated from a table
 * of advances that is an upper bound for the widest of those fonts in bold (DejaVu Sans Bold): the
 * estimate holds in any browser, in both themes and in exported files, and labels never spill out
 * of their boxes or over each other; in a narrower font they only get a little more room.
 */

/** Advance widths in ems, by character class (upper bounds; see the module comment). */
const NARROW = 0.35; // i l j . , : ; ' | ! I space
const THIN = 0.48; // f t r ( ) [ ] - / 1
const DIGIT = 0.7;
const LOWER = 0.69;
const WIDE_LOWER = 1.05; // m w
const UPPER = 0.86;
const WIDE_UPPER = 1.12; // M W
const SYMBOL = 0.86; // × → ≈ and anything else

const CLASSES: readonly (readonly [RegExp, number])[] = [
	[/[iljI.,:;'|! ·]/u, NARROW],
	[/[ftr()[\]\-/]/u, THIN],
	[/[0-9]/u, DIGIT],
	[/[mw]/u, WIDE_LOWER],
	[/[a-z]/u, LOWER],
	[/[MW]/u, WIDE_UPPER],
	[/[A-Z]/u, UPPER],
];

/** The advance of one character, in ems, from the table above. */
export function advance(char: string): number {
	for (const [pattern, width] of CLASSES) if (pattern.test(char)) return width;
	return SYMBOL;
}

/**
 * The font stack the diagrams use: Starlight's text font, spelled out for exported files, which
 * have no page stylesheet to read `--__sl-font` from.
 */
export const TEXT_FONT =
	"-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif";

/** Width of a one-line label in the site's text font of `fontSize` (user units), at most. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += advance(char);
	return ems * fontSize;
}

/** Width of the widest of several lines, so a box can be sized to hold all of them. */
export function linesWidth(lines: readonly string[], fontSize: number): number {
	return lines.reduce((widest, line) => Math.max(widest, textWidth(line, fontSize)), 0);
}

/** An axis-aligned rectangle in diagram units. */
export interface Box {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

/** Whether two boxes overlap (touching edges do not count); the tests of every layout use it. */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
