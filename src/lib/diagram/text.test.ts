import { describe, expect, test } from 'vitest';
import { linesWidth, MONO_ADVANCE, overlaps, textWidth } from './text.ts';
import { MIN_SCALE, svgStyle } from './scale.ts';

describe('text measurement', () => {
	test('a monospace label is as wide as its characters, counting × and · as one each', () => {
		expect(textWidth('28×28×128', 12)).toBeCloseTo(9 * 12 * MONO_ADVANCE);
		expect(textWidth('BN · ReLU', 10)).toBeCloseTo(9 * 10 * MONO_ADVANCE);
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
	test('a diagram fills the column up to its natural width and shrinks at most to 85 %', () => {
		expect(svgStyle(400)).toBe('width:100%;max-width:400px;min-width:340px;height:auto');
		expect(MIN_SCALE * 12).toBeGreaterThanOrEqual(10);
	});
});
