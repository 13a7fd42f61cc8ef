import type { Lang } from './lang.ts';
import { formatNumber } from './format.ts';

/**
 * Reads what a student typed into a number field. Widgets use text inputs rather than
 * `type="number"`, whose value is silently empty for "abc" or "1e999", so that every bad entry
 * (empty, not a number, fractional, negative, too small or too large) can be named next to the
 * field instead of turning into `NaN` or a blank widget.
 */

/** What a field accepts. */
export interface NumberRule {
	min: number;
	max: number;
	/** Whole numbers only (sizes, counts) [true]. */
	integer?: boolean;
}

/** Why an entry was refused, with what the message needs. */
export type NumberInputError =
	| { code: 'empty' }
	| { code: 'not-a-number' }
	| { code: 'not-integer' }
	| { code: 'too-small'; min: number }
	| { code: 'too-large'; max: number };

/** The outcome of {@link parseNumberInput}. */
export type NumberInputResult =
	{ ok: true; value: number } | { ok: false; error: NumberInputError };

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;

/**
 * Parses an entry against a rule. Spaces and the thousands separators of either language are
 * ignored (`1 000`, `1.000` in Indonesian, `1,000` in English), and either decimal mark is read
 * according to `lang`.
 */
export function parseNumberInput(raw: string, rule: NumberRule, lang: Lang): NumberInputResult {
	let text = raw.trim().replace(/[\s\u00a0_]/g, '');
	if (text === '') return { ok: false, error: { code: 'empty' } };
	// Thousands separators: "." in Indonesian, "," in English, when followed by groups of 3 digits.
	const group = lang === 'id' ? '.' : ',';
	if (
		new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+([.,]\\d+)?$`).test(text) &&
		text.split(group).length > 2
	) {
		text = text.split(group).join('');
	} else if (new RegExp(`^[+-]?\\d{1,3}\\${group}\\d{3}$`).test(text)) {
		text = text.replace(group, '');
	}
	if (!NUMBER.test(text)) return { ok: false, error: { code: 'not-a-number' } };
	const value = Number(text.replace(',', '.'));
	if (!Number.isFinite(value)) return { ok: false, error: { code: 'too-large', max: rule.max } };
	if ((rule.integer ?? true) && !Number.isInteger(value)) {
		return { ok: false, error: { code: 'not-integer' } };
	}
	if (value < rule.min) return { ok: false, error: { code: 'too-small', min: rule.min } };
	if (value > rule.max) return { ok: false, error: { code: 'too-large', max: rule.max } };
	return { ok: true, value };
}

/** The sentence shown next to a field for an error, in the page's language. */
export function numberInputMessage(error: NumberInputError, lang: Lang): string {
	const n = (v: number) => formatNumber(v, lang, { maximumFractionDigits: 6 });
	const id = lang === 'id';
	switch (error.code) {
		case 'empty':
			return id ? 'Isi dengan sebuah angka.' : 'Enter a number.';
		case 'not-a-number':
			return id ? 'Ini bukan angka.' : 'This is not a number.';
		case 'not-integer':
			return id ? 'Harus bilangan bulat.' : 'It must be a whole number.';
		case 'too-small':
			return id ? `Paling kecil ${n(error.min)}.` : `It must be at least ${n(error.min)}.`;
		case 'too-large':
			return id ? `Paling besar ${n(error.max)}.` : `It must be at most ${n(error.max)}.`;
	}
}
