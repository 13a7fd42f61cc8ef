import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { LrnResult } from './result.ts';

/**
 * The formulas the LRN explorer prints for the channel under the pointer or the focus, with its
 * numbers, in plain text (widgets do not typeset), e.g.
 * `b₂ = 200 / (2 + 0,0001 · (20² + 20² + 200² + 20² + 20²))^0,75 = 200 / 6,16^0,75 = …`.
 * They only write out what the engine computed (`result.ts`), so they carry no arithmetic.
 */

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

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

/**
 * α as the paper writes it when it is a power of ten (0.0001 → 10⁻⁴), else as a number, so that
 * the "AlexNet's values" button can print the engine's constant instead of a copy of it.
 */
export function powerOfTen(value: number, lang: Lang): string {
	const exponent = Math.log10(value);
	if (!Number.isInteger(exponent)) return fmt(value, lang, 8);
	const digits = String(Math.abs(exponent))
		.split('')
		.map((d) => SUPERSCRIPTS[Number(d)] ?? d)
		.join('');
	return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/** LRN of channel i with every number filled in, ending in the output value. */
export function lrnFormula(result: LrnResult, i: number, lang: Lang): string {
	const { values, params } = result;
	const term = result.terms[i];
	if (term === undefined) return '';
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
export function batchNormFormula(result: LrnResult, i: number, lang: Lang): string {
	const x = result.values[i] ?? 0;
	const y = result.normalized[i] ?? 0;
	const { channel, epsilon } = result.batchNorm;
	const scale = channel.gamma === 1 ? '' : `${fmt(channel.gamma, lang)} · `;
	const shift = channel.beta === 0 ? '' : ` + ${fmt(channel.beta, lang)}`;
	return `y${subscript(i)} = ${scale}(${fmt(x, lang)} − ${fmt(channel.mean, lang)}) / √(${fmt(channel.variance, lang)} + ${fmt(epsilon, lang, 4)})${shift} = ${fmt(y, lang)}`;
}
