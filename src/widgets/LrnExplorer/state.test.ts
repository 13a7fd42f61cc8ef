import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { batchNorm } from '../../lib/normalization/batch-norm.ts';
import { ALEXNET_LRN, lrn } from '../../lib/normalization/lrn.ts';
import { batchNormFormula, lrnFormula, powerOfTen, subscript } from './formula.ts';
import { lrnResult } from './result.ts';
import {
	alphaExponent,
	alphaFromExponent,
	BN_CHANNEL,
	clampActivation,
	keyedValue,
	lrnPreset,
	niceMax,
	valueAtPointer,
	withChannels,
} from './state.ts';

const two = (values: number[]) => values.map((v) => Number(v.toFixed(2)));

describe('the numbers the page quotes', () => {
	test('the default bars start with the page’s example and keep its first four outputs', () => {
		const values = lrnPreset('strong', 8);
		expect(values).toEqual([20, 20, 200, 20, 20, 20, 20, 20]);
		expect(two(lrn(values, ALEXNET_LRN))).toEqual([
			5.17, 5.14, 51.15, 5.11, 5.11, 11.07, 11.23, 11.38,
		]);
	});

	test('dragging the strong map down to 20 brings its neighbours back to about 11', () => {
		const out = lrn(lrnPreset('uniform', 8), ALEXNET_LRN);
		for (const v of out) expect(Math.round(v)).toBe(11);
	});

	test('batch norm with mean 20 and variance 100 maps the strong 200 to about 18 and 20 to 0', () => {
		const out = batchNorm(lrnPreset('strong', 8), Array(8).fill(BN_CHANNEL));
		expect(two(out)).toEqual([0, 0, 18, 0, 0, 0, 0, 0]);
	});
});

describe('formulas with their numbers', () => {
	test('LRN of map 2, written out as on the page (English)', () => {
		expect(lrnFormula(lrnResult([20, 20, 200, 20, 20, 20], ALEXNET_LRN), 2, 'en')).toBe(
			'b₂ = 200 / (2 + 0.0001 · (20² + 20² + 200² + 20² + 20²))^0.75 = 200 / (2 + 0.0001 · 41,600)^0.75 = 200 / 6.16^0.75 = 200 / 3.9101 = 51.15',
		);
	});

	test('the same in Indonesian number format, with a clipped window for map 5', () => {
		expect(lrnFormula(lrnResult([20, 20, 200, 20, 20, 20], ALEXNET_LRN), 5, 'id')).toBe(
			'b₅ = 20 / (2 + 0,0001 · (20² + 20² + 20²))^0,75 = 20 / (2 + 0,0001 · 1.200)^0,75 = 20 / 2,12^0,75 = 20 / 1,7569 = 11,38',
		);
	});

	test('batch norm of map 2', () => {
		expect(batchNormFormula(lrnResult([20, 20, 200], ALEXNET_LRN), 2, 'en')).toBe(
			'y₂ = (200 − 20) / √(100 + 0.001) = 18',
		);
	});

	test('channel numbers become subscripts', () => {
		expect(subscript(12)).toBe('₁₂');
	});

	test('AlexNet’s α prints as the paper writes it, other values as numbers', () => {
		expect(powerOfTen(ALEXNET_LRN.alpha, 'en')).toBe('10⁻⁴');
		expect(powerOfTen(100, 'en')).toBe('10²');
		expect(powerOfTen(0.0005, 'id')).toBe('0,0005');
	});
});

describe('editing the bars', () => {
	test('a preset or a new channel count always gives 8 to 16 bars, new ones quiet', () => {
		expect(withChannels([1, 2, 3], 5)).toEqual([1, 2, 3, 20, 20]);
		expect(withChannels([1, 2, 3, 4], 2)).toEqual([1, 2]);
		expect(lrnPreset('uniform', 16)).toHaveLength(16);
	});

	test('a pointer at the top of a bar sets 250, at the bottom 0, and stays within them', () => {
		expect(valueAtPointer(100, 100, 200)).toBe(250);
		expect(valueAtPointer(300, 100, 200)).toBe(0);
		expect(valueAtPointer(200, 100, 200)).toBe(125);
		fc.assert(
			fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (y) => {
				const v = valueAtPointer(y, 0, 144);
				expect(v).toBeGreaterThanOrEqual(0);
				expect(v).toBeLessThanOrEqual(250);
				expect(Number.isInteger(v)).toBe(true);
			}),
		);
	});

	test('keys move a bar like a slider and never past its ends', () => {
		expect(keyedValue('ArrowUp', 20)).toBe(21);
		expect(keyedValue('ArrowDown', 0)).toBe(0);
		expect(keyedValue('PageUp', 245)).toBe(250);
		expect(keyedValue('Home', 90)).toBe(0);
		expect(keyedValue('End', 90)).toBe(250);
		expect(keyedValue('a', 90)).toBeUndefined();
		expect(clampActivation(Number.NaN)).toBe(0);
	});
});

describe('scales and the α slider', () => {
	test('α = 10⁻⁴ sits exactly on the slider, and positions give exact powers of ten', () => {
		expect(alphaExponent(1e-4)).toBe(-4);
		expect(alphaFromExponent(-4)).toBe(0.0001);
		expect(alphaFromExponent(0)).toBe(1);
		expect(alphaExponent(0.0003)).toBe(-3.5);
	});

	test('chart scales are round numbers at or above the largest value', () => {
		expect(niceMax([51.15, 5.1])).toBe(100);
		expect(niceMax([11.38])).toBe(20);
		expect(niceMax([-18, 0])).toBe(20);
		expect(niceMax([0, 0])).toBe(1);
		fc.assert(
			fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), (values) => {
				const top = niceMax(values);
				for (const v of values) expect(top).toBeGreaterThanOrEqual(Math.abs(v));
			}),
		);
	});
});
