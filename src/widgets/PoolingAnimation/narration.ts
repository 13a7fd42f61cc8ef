import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { StepDetail } from './model.ts';
import type { PoolingStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';

/**
 * The text of one step: the computation as people write it (`max(1, 5, 3, 2) = 5`,
 * `1·0.5 + 5·(−1) + … + 0.25 = …`) and the sentence the live region reads. Plain text, since
 * formulas in widgets are not typeset.
 */

/** A value as the widget prints it: the page's number format, at most 2 decimals, a real minus. */
export function num(value: number, lang: Lang): string {
	// −0 would print as "-0".
	const clean = Object.is(value, -0) ? 0 : value;
	return formatNumber(clean, lang, { maximumFractionDigits: 2 }).replace('-', '−');
}

/** A factor in a product: negative numbers in parentheses, `5·(−1)`. */
function factor(value: number, lang: Lang): string {
	const text = num(value, lang);
	return value < 0 ? `(${text})` : text;
}

/**
 * Separator between listed values: Indonesian writes decimals with a comma, so its lists use a
 * semicolon (`max(1,5; 2)`), as Indonesian textbooks do.
 */
function separator(lang: Lang): string {
	return lang === 'id' ? '; ' : ', ';
}

/** The computation of one step as a formula with its numbers. */
export function formula(detail: StepDetail, lang: Lang): string {
	const result = num(detail.value, lang);
	if (detail.op === 'max') {
		return `max(${detail.operands.map((v) => num(v, lang)).join(separator(lang))}) = ${result}`;
	}
	if (detail.op === 'avg') {
		const sum = detail.operands.reduce((a, b) => a + b, 0);
		const list = detail.operands.map((v) => num(v, lang)).join(separator(lang));
		return `avg(${list}) = ${num(sum, lang)} / ${detail.operands.length} = ${result}`;
	}
	const products = detail.terms.map((t) => `${factor(t.input, lang)}·${factor(t.weight, lang)}`);
	const bias = detail.bias < 0 ? `− ${num(-detail.bias, lang)}` : `+ ${num(detail.bias, lang)}`;
	return `${products.join(' + ')} ${bias} (b) = ${result}`;
}

/**
 * Rows and columns of the window's real cells, counted from 1 as people count, and whether it
 * also covers padding.
 */
export function windowPlace(detail: StepDetail, t: PoolingStrings): string {
	const out = { outRow: detail.outRow + 1, outCol: detail.outCol + 1 };
	const real = detail.cells.filter((c) => !c.padded);
	if (real.length === 0) return fill(t.paddingOnly, out);
	const range = (values: number[]) => {
		const from = Math.min(...values);
		const to = Math.max(...values);
		return from === to ? String(from) : fill(t.range, { from, to });
	};
	return fill(t.windowAt, {
		rows: range(real.map((c) => c.row + 1)),
		cols: range(real.map((c) => c.col + 1)),
		padded: real.length < detail.cells.length ? t.windowPadded : '',
		...out,
	});
}

/** The sentence the live region reads for a step (1-based `step` of `total`). */
export function narrate(
	detail: StepDetail,
	step: number,
	total: number,
	lang: Lang,
	t: PoolingStrings,
): string {
	return fill(t.narration, {
		stepText: fill(t.stepOf, { step, total }),
		where: windowPlace(detail, t),
		formula: formula(detail, lang),
	});
}
