import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defined } from '../../lib/defined.ts';
import { linesWidth, overlaps } from '../../lib/diagram/text.ts';
import { FONT, IMAGE_SIDE, gridLayout, headLayout } from './figure.ts';

describe('headLayout', () => {
	test('puts the two columns side by side, wide enough for their text, with an = between pairs', () => {
		const left = [
			['feature map', '7×7×512', ''],
			['flatten', '25,088', ''],
			['dense, 4,096', '4,096', '102,764,544 parameters'],
		] as const;
		const right = [
			['feature map', '14×14×512', ''],
			undefined,
			['7×7 conv, 4,096', '8×8×4,096', '102,764,544 parameters'],
		];
		const layout = headLayout(
			left,
			right,
			['Dense (input 224×224)', 'Convolution (input 448×448)'],
			[false, false, true],
		);
		const boxes = [...layout.left, ...layout.right].filter((b) => b !== undefined);
		boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
		expect(layout.right[1]).toBeUndefined();
		const dense = defined(layout.left[2], 'the dense box');
		const conv = defined(layout.right[2], 'the convolution box');
		const equals = defined(layout.equals[0], 'the = between them');
		expect(dense.w).toBeGreaterThan(linesWidth(left[2], FONT));
		expect(layout.equals).toHaveLength(1);
		expect(equals.x).toBeGreaterThan(dense.x + dense.w);
		expect(equals.x).toBeLessThan(conv.x);
		expect(layout.width).toBeGreaterThanOrEqual(conv.x + conv.w);
	});
});

describe('gridLayout', () => {
	test('at 448 pixels: a window half the image, the next one a stride on, 8×8 dots', () => {
		const g = gridLayout(448, 224, 32, 8);
		expect(g.window.w).toBe(IMAGE_SIDE / 2);
		expect(defined(g.next, 'the next window').x - g.window.x).toBeCloseTo((32 * IMAGE_SIDE) / 448);
		expect(g.centres).toHaveLength(64);
		expect(g.cells).toHaveLength(9);
	});

	test('at 224 pixels: one window, the whole image, one prediction and no next window', () => {
		const g = gridLayout(224, 224, 32, 1);
		expect(g.window.w).toBe(IMAGE_SIDE);
		expect(g.next).toBeUndefined();
		expect(g.centres).toEqual([[g.image.x + IMAGE_SIDE / 2, g.image.y + IMAGE_SIDE / 2]]);
	});

	test('every dot lies inside the image and the output grid never covers it, for any size', () => {
		fc.assert(
			fc.property(fc.integer({ min: 224, max: 2048 }), (size) => {
				const grid = Math.floor((size - 224) / 32) + 1;
				const g = gridLayout(size, 224, 32, grid, ['input 2,048×2,048', 'output 58×58×1,000']);
				const inside = g.centres.every(
					([x, y]) => x > g.image.x && x < g.image.x + g.image.w && y < g.image.y + g.image.h,
				);
				expect(inside).toBe(true);
				expect(overlaps(g.image, g.output)).toBe(false);
				expect(g.width).toBeGreaterThanOrEqual(
					g.output.x + linesWidth(['output 58×58×1,000'], FONT),
				);
			}),
			{ numRuns: 100 },
		);
	});
});
