import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { lexMdx, lineAt, lineStarts, type Piece } from '../../markdown/mdx-source.ts';

/**
 * Finds every figure a page states in its prose, and checks each one against a table that
 * recomputes it with the engine. A figure is what a reader would copy into a calculation:
 *
 * - a number with a thousands separator or of four digits or more (`903.400`, `25088`);
 * - a number with a decimal part (`12,6`, `3.9101`), with its unit when one follows (`MB`);
 * - any number followed by a unit: a percentage (`27%`, `4,5%`) or a size (`526 MB`, `4 bytes`);
 * - a shape or grid size written `A×B` or `A×B×C` without spaces (`100×150×100`).
 *
 * Not figures: numbers of one to three digits (layer numbers, "3 channels"), products written
 * with spaces (`200 · 300`, `7 \times 7`), digits inside names (`VGG-16`, `FCN-32s`, `float32`) and
 * years (see {@link isYear}). Read: prose, inline maths, code spans and the notes' `claim`
 * quotations. Skipped: frontmatter, `import` lines, fenced code, JSX props other than `claim`, and
 * everything inside components that render their own engine output ({@link RENDERED_COMPONENTS}).
 */

/** Units a figure may carry; `B` stands for "bytes" / "bita" in either language. */
export type FigureUnit = '%' | 'B' | 'kB' | 'KiB' | 'MB' | 'MiB' | 'GB' | 'GiB' | 'TB';

/** One figure found on a page. */
export interface PageFigure {
	/** As written, separators included (`903.400`, `100×150×100`), without the unit. */
	readonly text: string;
	readonly unit?: FigureUnit | undefined;
	/** The number(s) read in the page's locale; NaN when the text is not valid in that locale. */
	readonly values: readonly number[];
	readonly line: number;
	/** Inside `<ShortAnswer>` or a `claim`: the author's notes in their own words. */
	readonly quoted: boolean;
	/**
	 * The number format it is written in: the page's language in prose, English in the notes
	 * ({@link NOTES_LANG}) and in code spans, where `beta=0.75` is Python, not Indonesian.
	 */
	readonly format: Lang;
}

/** Options of {@link extractFigures}. */
export interface ExtractOptions {
	/** Also return numbers below the figure threshold (`156`, `38`), for checking that a page states them. */
	readonly every?: boolean;
}

/**
 * Components whose content is generated or checked elsewhere: code listings and self-check
 * questions render their numbers from the engine, and their tests check them.
 */
export const RENDERED_COMPONENTS: ReadonlySet<string> = new Set(['CodeTabs', 'SelfCheck']);

/** Components that hold the author's notes verbatim. */
export const QUOTING_COMPONENTS: ReadonlySet<string> = new Set(['ShortAnswer']);

const UNITS: Readonly<Record<string, FigureUnit>> = {
	'%': '%',
	bytes: 'B',
	byte: 'B',
	bita: 'B',
	kB: 'kB',
	KiB: 'KiB',
	MB: 'MB',
	MiB: 'MiB',
	GB: 'GB',
	GiB: 'GiB',
	TB: 'TB',
};

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
	id: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' },
};

/** The author's notes write numbers the English way (`903,400`, `3.44 MB`) on both sites. */
export const NOTES_LANG: Lang = 'en';

/**
 * Reads a number written in `lang` (`903.400` or `12,6` in Indonesian), or NaN if the text is
 * not a well-formed number there (`3.61` on an Indonesian page is a typo, not 361).
 */
export function parseFigure(text: string, lang: Lang): number {
	const { group, decimal } = SEPARATORS[lang];
	const g = group === '.' ? '\\.' : group;
	const d = decimal === '.' ? '\\.' : decimal;
	const valid = new RegExp(`^(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d+)?$`);
	if (!valid.test(text)) return Number.NaN;
	return Number(text.split(group).join('').replace(decimal, '.'));
}

/**
 * Whether a four-digit integer is a year rather than a figure. Only these cases, nothing looser:
 * a number from 1998 to 2026 (the chapter's citations run from LeNet-5, 1998, to today) that
 *
 * 1. closes a parenthesis, as in a citation or a heading: `(2019)`, `(LeCun et al., 1998)`;
 * 2. follows `ILSVRC`, as an edition of the competition: `ILSVRC 2012`;
 * 3. sits in a table column headed `Year` or `Tahun`;
 * 4. directly follows the word `year`/`tahun`, or precedes `year`.
 */
export function isYear(text: string, before: string, after: string, column?: string): boolean {
	if (!/^\d{4}$/.test(text)) return false;
	const n = Number(text);
	if (n < 1998 || n > 2026) return false;
	if (/^\s*\)/.test(after) && before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
	if (/ILSVRC\s+$/.test(before)) return true;
	if (column !== undefined && /^(?:year|tahun)$/i.test(column.trim())) return true;
	return /\b(?:year|tahun)\s+$/i.test(before) || /^\s+year\b/i.test(after);
}

/** KaTeX source made readable: `12{,}6\ \text{MB}` → `12,6  MB`, `\times` → `×`. */
function readMath(source: string): string {
	return source
		.replace(/\{([.,])\}/g, '$1')
		.replace(/\\(?:text|mathrm|textbf|mathbf)\{([^{}]*)\}/g, ' $1 ')
		.replace(/\\[ ,;:!]|\\q?quad\b/g, ' ')
		.replace(/\\times\b/g, ' × ')
		.replace(/\\cdot\b/g, ' · ');
}

/** A figure candidate: digits with separators, possibly joined by `×` into a shape. */
const CANDIDATE = /(?<![\p{L}\d_.,×])(\d+(?:[.,]\d+)*(?:×\d+(?:[.,]\d+)*)*)(?![\p{L}\d_]|×\d)/gu;
const UNIT_AFTER = /^(?:\s|\\ )*(%|bytes?\b|bita\b|KiB\b|kB\b|MiB\b|MB\b|GiB\b|GB\b|TB\b)/;

/** The header of the table column an offset sits in, when its line is a table row. */
function tableColumn(
	lines: readonly string[],
	lineIndex: number,
	column: number,
): string | undefined {
	const line = lines[lineIndex] ?? '';
	if (!line.trim().startsWith('|')) return undefined;
	let start = lineIndex;
	while (start > 0 && (lines[start - 1] ?? '').trim().startsWith('|')) start--;
	const cellIndex = line.slice(0, column).split(/(?<!\\)\|/).length - 2;
	const header = (lines[start] ?? '')
		.trim()
		.replace(/^\|/, '')
		.split(/(?<!\\)\|/);
	return header[cellIndex];
}

/** Regions of the source to read, with whether they quote the notes and how to clean them. */
interface Region {
	readonly start: number;
	readonly end: number;
	readonly quoted: boolean;
	readonly math: boolean;
	readonly code: boolean;
}

function regions(pieces: readonly Piece[]): Region[] {
	const out: Region[] = [];
	const open: string[] = [];
	const skipping = () => open.some((name) => RENDERED_COMPONENTS.has(name));
	const quoting = () => open.some((name) => QUOTING_COMPONENTS.has(name));
	for (const piece of pieces) {
		switch (piece.kind) {
			case 'tag': {
				const tag = piece.tag;
				if (!tag) break;
				if (tag.closing) {
					const at = open.lastIndexOf(tag.name);
					if (at !== -1) open.splice(at);
					break;
				}
				if (!skipping()) {
					for (const a of tag.attributes) {
						if (a.name === 'claim' && a.kind === 'string') {
							out.push({
								start: a.start,
								end: a.start + a.value.length,
								quoted: true,
								math: false,
								code: false,
							});
						}
					}
				}
				if (!tag.selfClosing) open.push(tag.name);
				break;
			}
			case 'text':
			case 'code':
			case 'inlineMath':
			case 'displayMath':
				if (!skipping()) {
					out.push({
						start: piece.start,
						end: piece.end,
						quoted: quoting(),
						math: piece.kind === 'inlineMath' || piece.kind === 'displayMath',
						code: piece.kind === 'code',
					});
				}
				break;
			default:
				break;
		}
	}
	return out;
}

/** Finds every figure of an MDX page written in `lang`, in reading order. */
export function extractFigures(
	source: string,
	lang: Lang,
	options: ExtractOptions = {},
): PageFigure[] {
	const starts = lineStarts(source);
	const lines = source.split('\n');
	const figures: PageFigure[] = [];
	for (const region of regions(lexMdx(source))) {
		const raw = source.slice(region.start, region.end);
		const text = region.math ? readMath(raw) : raw;
		for (const match of text.matchAll(CANDIDATE)) {
			const token = match[1] ?? '';
			const index = match.index;
			// Cleaning maths keeps its line breaks, so a figure's line is still exact.
			const offset = region.math
				? (starts[
						lineAt(starts, region.start) - 1 + (text.slice(0, index).match(/\n/g)?.length ?? 0)
					] ?? region.start)
				: region.start + index;
			const after = text.slice(index + token.length);
			const unitWord = UNIT_AFTER.exec(after)?.[1];
			const unit = unitWord === undefined ? undefined : UNITS[unitWord];
			// A model's name (`VGG-16`, `ResNet-152`), but not Indonesian `ke-360.200` ("all 360,200").
			if (/^\d{1,3}$/.test(token) && /\p{L}-$/u.test(text.slice(Math.max(0, index - 2), index)))
				continue;
			const shape = token.includes('×');
			const parts = token.split('×');
			const format = region.quoted || region.code ? NOTES_LANG : lang;
			const values = parts.map((part) => parseFigure(part, format));
			const hasSeparator = /[.,]/.test(token);
			const long = /\d{4,}/.test(token);
			if (!options.every && !shape && !hasSeparator && !long && unit === undefined) continue;
			const lineIndex = lineAt(starts, offset) - 1;
			const column = tableColumn(lines, lineIndex, offset - (starts[lineIndex] ?? 0));
			const before = text.slice(Math.max(0, index - 200), index);
			if (!shape && isYear(token, before, after, column)) continue;
			figures.push({
				text: token,
				unit,
				values,
				line: lineIndex + 1,
				quoted: region.quoted,
				format,
			});
		}
	}
	return figures;
}

/** How a recomputed value is rounded to the digits a page prints. */
export type Rounding = 'nearest' | 'down' | 'up';

/** How a number is printed: fixed decimals, a rounding rule and an optional unit. */
export interface Printing {
	/** Decimals printed, trailing zeros kept (`6,0`); default 0. */
	readonly digits?: number;
	readonly round?: Rounding;
	readonly unit?: FigureUnit;
}

/**
 * Prints a recomputed value the way a page in `lang` writes it, through the site's one number
 * formatter so the test and the widgets cannot disagree on separators.
 */
export function printFigure(value: number, lang: Lang, printing: Printing = {}): string {
	const digits = printing.digits ?? 0;
	const scale = 10 ** digits;
	const rounded =
		printing.round === 'down'
			? Math.floor(value * scale + 1e-9) / scale
			: printing.round === 'up'
				? Math.ceil(value * scale - 1e-9) / scale
				: value;
	return formatNumber(rounded, lang, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	});
}

/** Prints a shape as pages write it: `100×150×100`, `1×1×4.096`. */
export function printShape(shape: readonly number[], lang: Lang): string {
	return shape.map((size) => formatNumber(size, lang)).join('×');
}
