import type { Lang } from '../i18n/lang.ts';
import { parseNumberInput } from '../i18n/number-input.ts';

/**
 * Grading for the self-check at the end of each question page: reading a typed number in either
 * language's format, comparing it with a computed answer within a tolerance, and judging a
 * multiple-choice pick. It is pure (no DOM) so the rules are unit-tested here, and small, because
 * the page's enhancement script bundles it. What a browser keeps between visits is in
 * `self-check-progress.ts`, which the chapter overview needs without any of this.
 */

/** Why a typed answer cannot be graded: nothing typed (or picked), or not a number. */
export type AnswerProblem = 'empty' | 'not-a-number';

/** The outcome of grading one answer. */
export type Verdict = 'correct' | 'wrong' | AnswerProblem;

/** Every way a typed number may be read, the page language's reading first. */
export type ReadAnswer =
	| { readonly ok: true; readonly values: number[] }
	| { readonly ok: false; readonly problem: AnswerProblem };

const ANY = { min: -Infinity, max: Infinity, integer: false };

/**
 * Reads a typed answer. Students copy numbers between the two language versions of the site, so a
 * separator that the languages read differently gives two readings: "903.400" is 903,400 in
 * Indonesian and 903.4 in English. Unambiguous entries ("903400", "12,6", "12.6", "1.234.567")
 * give one. A trailing `unit`, the one printed next to the field, is ignored.
 */
export function readAnswer(raw: string, lang: Lang, unit = ''): ReadAnswer {
	let text = raw.trim();
	if (unit && text.toLowerCase().endsWith(unit.toLowerCase())) text = text.slice(0, -unit.length);
	const values: number[] = [];
	let empty = false;
	for (const l of [lang, lang === 'id' ? 'en' : 'id'] as const) {
		const result = parseNumberInput(text, ANY, l);
		if (result.ok) {
			if (!values.includes(result.value)) values.push(result.value);
		} else if (result.error.code === 'empty') empty = true;
	}
	if (values.length > 0) return { ok: true, values };
	return { ok: false, problem: empty ? 'empty' : 'not-a-number' };
}

/** A numeric answer key: the engine's value and how far from it an answer may be. */
export interface NumberKey {
	readonly value: number;
	/**
	 * Relative tolerance: 0 for counts, which are exact, and about 0.005 for megabytes, which the
	 * book and the page round (565.6 MB, the book's 564.6 MB and "about 566 MB" are all right).
	 */
	readonly tolerance: number;
}

/** Whether `x` is within the key's tolerance; a hair of slack absorbs floating-point error. */
export function isClose(x: number, key: NumberKey): boolean {
	const scale = Math.abs(key.value);
	return Math.abs(x - key.value) <= Math.max(key.tolerance * scale, 1e-9 * scale);
}

/** Grades a typed number: correct if any reading of it is close enough to the key. */
export function gradeNumber(raw: string, key: NumberKey, lang: Lang, unit = ''): Verdict {
	const read = readAnswer(raw, lang, unit);
	if (!read.ok) return read.problem;
	return read.values.some((x) => isClose(x, key)) ? 'correct' : 'wrong';
}

/** Grades a multiple-choice pick (an option's value, or nothing picked). */
export function gradeChoice(picked: string | null | undefined, correct: string): Verdict {
	if (picked == null || picked === '') return 'empty';
	return picked === correct ? 'correct' : 'wrong';
}
