import {
	BATCH_NORM_EPSILON,
	batchNormValue,
	type BatchNormChannel,
} from '../../lib/normalization/batch-norm.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { lrnTerm, type LrnParams } from '../../lib/normalization/lrn.ts';

/**
 * The formulas the LRN explorer prints for the channel under the pointer or the focus, with its
 * numbers, in plain text (widgets do not typeset), e.g.
 * `b₂ = 200 / (2 + 0,0001 · (20² + 20² + 200² + 20² + 20²))^0,75 = 200 / 6,16^0,75 = …`.
 */

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A channel index as a subscript: 12 → ₁₂. */
export function subscript(i: number): string {
	return String(i)
		.split('')
		.map((d) => SUBSCRIPTS[Number(d)] ?? d)
		.join('');
}

/** A number in the page's format with up to `digits` decimals and a real minus sign. */
export function fmt(value: number, lang: Lang, digits = 2): string {
	const clean = Object.is(value, -0) ? 0 : value;
	return formatNumber(clean, lang, { maximumFractionDigits: digits }).replace('-', '−');
}

/** LRN of channel i with every number filled in, ending in the output value. */
export function lrnFormula(
	values: readonly number[],
	i: number,
	params: LrnParams,
	lang: Lang,
): string {
	const term = lrnTerm(values, i, params);
	const a = values[i] ?? 0;
	const squares: string[] = [];
	for (let j = term.low; j <= term.high; j++) squares.push(`${fmt(values[j] ?? 0, lang)}²`);
	const k = fmt(params.k, lang, 4);
	const alpha = fmt(params.alpha, lang, 8);
	const beta = fmt(params.beta, lang, 4);
	const b = `b${subscript(i)}`;
	return [
		`${b} = ${fmt(a, lang)} / (${k} + ${alpha} · (${squares.join(' + ')}))^${beta}`,
		`${fmt(a, lang)} / (${k} + ${alpha} · ${fmt(term.sumSquares, lang)})^${beta}`,
		`${fmt(a, lang)} / ${fmt(term.base, lang, 4)}^${beta}`,
		`${fmt(a, lang)} / ${fmt(term.divisor, lang, 4)}`,
		fmt(term.value, lang),
	].join(' = ');
}

/** Batch normalization of channel i with its numbers: `y₂ = (200 − 20) / √(100 + 0,001) = 18`. */
export function batchNormFormula(
	values: readonly number[],
	i: number,
	channel: BatchNormChannel,
	lang: Lang,
): string {
	const x = values[i] ?? 0;
	const y = batchNormValue(x, channel);
	const scale = channel.gamma === 1 ? '' : `${fmt(channel.gamma, lang)} · `;
	const shift = channel.beta === 0 ? '' : ` + ${fmt(channel.beta, lang)}`;
	return `y${subscript(i)} = ${scale}(${fmt(x, lang)} − ${fmt(channel.mean, lang)}) / √(${fmt(channel.variance, lang)} + ${fmt(BATCH_NORM_EPSILON, lang, 4)})${shift} = ${fmt(y, lang)}`;
}
