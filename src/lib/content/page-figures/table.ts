import type { Lang } from '../../i18n/lang.ts';
import {
	extractFigures,
	NOTES_LANG,
	printFigure,
	printShape,
	type FigureUnit,
	type PageFigure,
	type Printing,
} from './extract.ts';

/**
 * The figure tables: for each page, every figure it states, each either recomputed with the
 * engine, quoted from the author's notes (and recomputed as the notes' own arithmetic), or a
 * given of the exercise with the reason it is one. {@link checkPage} holds a page to its table
 * in both directions, so a number can neither appear on a page unchecked nor drift from the
 * engine unnoticed.
 */

/** A number, or a shape such as `[100, 150, 100]`. */
export type FigureValue = number | readonly number[];

/** A figure the engine recomputes; printed in the page's language. */
export interface ComputedFigure extends Printing {
	readonly kind: 'computed';
	/** What the figure is and how the engine gets it, for the reader of a failure. */
	readonly why: string;
	readonly value: () => FigureValue;
}

/**
 * A figure the author's notes state, as they write it (`3.44` in `~3.44 MB`). `value` recomputes
 * it the way the notes did, so their arithmetic is checked too; `why` says what the engine says
 * instead when the notes are wrong. A page's own prose may mention it in its own number format.
 */
export interface QuotedFigure extends Printing {
	readonly kind: 'quoted';
	readonly why: string;
	/** The number as the notes write it, without its unit. */
	readonly notes: string;
	readonly value: () => FigureValue;
}

/**
 * A figure the page takes as given rather than computing it: a setting of the exercise (the
 * 200×300 input, the 3×3 kernel), a result quoted from a paper, a framework's documented default.
 */
export interface GivenFigure extends Printing {
	readonly kind: 'given';
	readonly why: string;
	readonly value: FigureValue;
}

/** One row of a page's figure table. */
export type FigureEntry = ComputedFigure | QuotedFigure | GivenFigure;

/** A page's figure table. */
export type FigureTable = readonly FigureEntry[];

/** A figure the engine recomputes. */
export function computed(
	why: string,
	value: () => FigureValue,
	printing: Printing = {},
): ComputedFigure {
	return { kind: 'computed', why, value, ...printing };
}

/** A figure quoted from the notes, with the notes' own arithmetic. */
export function quoted(
	why: string,
	notes: string,
	value: () => FigureValue,
	printing: Printing = {},
): QuotedFigure {
	return { kind: 'quoted', why, notes, value, ...printing };
}

/** A given of the exercise, or a fact the page cites. */
export function given(why: string, value: FigureValue, printing: Printing = {}): GivenFigure {
	return { kind: 'given', why, value, ...printing };
}

/** An entry's value printed in `lang` (numbers with its digits and rounding, shapes with `×`). */
export function printEntry(entry: FigureEntry, lang: Lang): string {
	const value = typeof entry.value === 'function' ? entry.value() : entry.value;
	return typeof value === 'number' ? printFigure(value, lang, entry) : printShape(value, lang);
}

function unitFits(figure: PageFigure, unit: FigureUnit | undefined): boolean {
	return figure.unit === undefined || figure.unit === unit;
}

/**
 * Whether an entry accounts for a figure found on a page: a computed figure in the page's own
 * words, a quoted one as the notes write it (or reprinted in the page's format), a given anywhere.
 */
function accounts(entry: FigureEntry, figure: PageFigure): boolean {
	if (!unitFits(figure, entry.unit)) return false;
	if (entry.kind === 'quoted' && figure.quoted) return figure.text === entry.notes;
	if (entry.kind === 'computed' && figure.quoted) return false;
	return figure.text === printEntry(entry, figure.format);
}

function describe(figure: PageFigure): string {
	return `“${figure.text}${figure.unit ? ` ${figure.unit}` : ''}”${figure.quoted ? ' (quoted from the notes)' : ''}`;
}

function nearest(figures: readonly PageFigure[], value: FigureValue): PageFigure | undefined {
	if (typeof value !== 'number') return undefined;
	let best: PageFigure | undefined;
	let distance = Number.POSITIVE_INFINITY;
	for (const figure of figures) {
		const v = figure.values.length === 1 ? figure.values[0] : undefined;
		if (v === undefined || Number.isNaN(v) || v === 0) continue;
		const d = Math.abs(Math.log(v / value));
		if (d < distance) {
			distance = d;
			best = figure;
		}
	}
	return distance < Math.log(1.2) ? best : undefined;
}

/**
 * Checks one page against its table and returns every problem as a sentence naming the file and
 * line: (a) a figure on the page that no entry accounts for, (b) an entry whose figure, printed
 * from the engine, is not on the page, and (c) a quoted entry whose recomputation does not give
 * what the notes wrote. An empty list means the page and the engine agree.
 */
export function checkPage(source: string, lang: Lang, path: string, table: FigureTable): string[] {
	const figures = extractFigures(source, lang);
	// Entries may also pin numbers below the figure threshold (LeNet-5's 156 parameters).
	const every = extractFigures(source, lang, { every: true });
	const printed = table.map((entry) => printEntry(entry, lang));
	const problems: string[] = [];
	for (const figure of figures) {
		if (table.some((entry) => accounts(entry, figure))) continue;
		const invalid = figure.values.some((v) => Number.isNaN(v));
		problems.push(
			`${path}:${figure.line}: ${describe(figure)} is in neither the figure table nor the givens` +
				(invalid ? `, and is not a well-formed number in ${figure.format}` : ''),
		);
	}
	table.forEach((entry, i) => {
		const text = printed[i] ?? '';
		const unit = entry.unit ? ` ${entry.unit}` : '';
		if (entry.kind === 'quoted') {
			const notes = printEntry(entry, NOTES_LANG);
			if (notes !== entry.notes) {
				problems.push(
					`${path}: the notes write “${entry.notes}${unit}”, but their own arithmetic gives “${notes}${unit}” (${entry.why})`,
				);
			}
			if (!every.some((f) => f.quoted && f.text === entry.notes && unitFits(f, entry.unit))) {
				problems.push(
					`${path}: the notes’ “${entry.notes}${unit}” is not quoted on the page (${entry.why})`,
				);
			}
			return;
		}
		if (every.some((f) => (entry.kind === 'given' || !f.quoted) && accounts(entry, f))) return;
		const value = typeof entry.value === 'function' ? entry.value() : entry.value;
		const close = nearest(
			figures.filter((f) => !f.quoted),
			typeof value === 'number' ? value : Number.NaN,
		);
		problems.push(
			`${path}: “${text}${unit}” (${entry.why}) is not on the page` +
				(entry.kind === 'computed' ? '; the page and the engine disagree' : '') +
				(close ? `; nearest figure: ${describe(close)} at line ${close.line}` : ''),
		);
	});
	return problems;
}
