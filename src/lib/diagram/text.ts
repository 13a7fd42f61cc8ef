/**
 * Text measurement for server-rendered diagrams. An SVG laid out on the server cannot ask the
 * browser how wide a label is, so every diagram on the site sets its labels in a monospace font and
 * sizes its boxes from the number of characters: the estimate then holds in any browser, in both
 * themes, and in exported files, and labels never spill out of their boxes or over each other.
 */

/**
 * Advance width of one character of a monospace font, in ems. DejaVu Sans Mono, Menlo, SF Mono,
 * Consolas and Liberation Mono all advance 0.55–0.602 em; 0.62 leaves a margin for the widest.
 */
export const MONO_ADVANCE = 0.62;

/** The font stack the diagrams use; Starlight's monospace stack, spelled out for exported files. */
export const MONO_FONT =
	"ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

/** Width of a one-line label in a monospace font of `fontSize` (user units). */
export function textWidth(text: string, fontSize: number): number {
	return Array.from(text).length * fontSize * MONO_ADVANCE;
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
