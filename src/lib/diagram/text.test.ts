import { describe, expect, test } from 'vitest';
import { advance, linesWidth, overlaps, textWidth } from './text.ts';
import { MAX_SCALE, MIN_SCALE, svgStyle } from './scale.ts';

describe('text measurement', () => {
	test('a label is as wide as the sum of its characters, × and · counting once each', () => {
		expect(textWidth('28×28×128', 12)).toBeCloseTo(12 * (7 * advance('2') + 2 * advance('×')));
		expect(textWidth('BN · ReLU', 10)).toBeCloseTo(
			10 * Array.from('BN · ReLU').reduce((sum, c) => sum + advance(c), 0),
		);
	});

	test('wide letters are given more room than narrow ones, digits all the same', () => {
		expect(advance('m')).toBeGreaterThan(advance('a'));
		expect(advance('a')).toBeGreaterThan(advance('i'));
		expect(advance('W')).toBeGreaterThan(advance('A'));
		expect(new Set(Array.from('0123456789', advance)).size).toBe(1);
	});

	test('the width of several lines is the width of the longest', () => {
		expect(linesWidth(['input', '224×224×3', ''], 12)).toBe(textWidth('224×224×3', 12));
		expect(linesWidth([], 12)).toBe(0);
	});

	test('boxes that only touch do not overlap; boxes sharing an area do', () => {
		const a = { x: 0, y: 0, w: 10, h: 10 };
		expect(overlaps(a, { x: 10, y: 0, w: 5, h: 5 })).toBe(false);
		expect(overlaps(a, { x: 0, y: 10, w: 5, h: 5 })).toBe(false);
		expect(overlaps(a, { x: 9, y: 9, w: 5, h: 5 })).toBe(true);
	});
});

describe('diagram scaling', () => {
	test('a diagram fills the column, growing to 125 % of its natural width and shrinking to 85 %', () => {
		expect(svgStyle(400)).toBe('width:100%;max-width:500px;min-width:340px;height:auto');
		expect(MIN_SCALE * 12).toBeGreaterThanOrEqual(10);
		expect(MAX_SCALE * 12).toBeLessThanOrEqual(16);
	});
});
