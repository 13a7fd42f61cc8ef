import { describe, expect, it } from 'vitest';
import { compare, compareFigures, series } from './compare.ts';
import { working } from '../../lib/cnn/index.ts';
import { DEFAULT_COMPARE } from './compare-state.ts';

describe('question 1’s dense versus convolution comparison', () => {
	it('gives 18,000,100 and 2,800 parameters at the exercise-2 input', () => {
		const c = compare(DEFAULT_COMPARE);
		expect(c.ok && c.dense.totalParams).toBe(18_000_100);
		expect(c.ok && c.conv.totalParams).toBe(2_800);
	});

	it('grows the dense layer with H × W while the convolution stays flat', () => {
		const points = series(DEFAULT_COMPARE);
		expect(points.map((p) => `${p.h}×${p.w}`)).toEqual([
			'25×38',
			'50×75',
			'100×150',
			'200×300',
			'400×600',
			'800×1200',
		]);
		for (const p of points) {
			expect(p.conv).toBe(2_800);
			expect(p.dense).toBe(p.h * p.w * 3 * 100 + 100);
		}
		expect(points.filter((p) => p.current)).toEqual([points[3]]);
	});

	it('lists a tiny image once, however many scales round to it', () => {
		const points = series({ ...DEFAULT_COMPARE, h: 1, w: 1 });
		expect(points.map((p) => `${p.h}×${p.w}`)).toEqual(['1×1', '2×2', '4×4']);
		expect(points[0]?.current).toBe(true);
	});

	it('reports a count past 2⁵³ as the engine’s error', () => {
		const c = compare({ ...DEFAULT_COMPARE, h: 8192, w: 8192, c: 4096, units: 100_000 });
		expect(c.ok).toBe(false);
		if (!c.ok) expect(c.error.code).toBe('too-large');
	});

	it('gives the island plain figures: the engine’s counts, its working and the chart’s points', () => {
		const c = compare(DEFAULT_COMPARE);
		const f = compareFigures(DEFAULT_COMPARE, 'en');
		if (!c.ok || !f.ok) throw new Error('the default comparison must succeed');
		expect(f.dense).toEqual({ params: c.denseRow.params, working: working(c.denseRow, 'en') });
		expect(f.conv).toEqual({ params: c.convRow.params, working: working(c.convRow, 'en') });
		expect(f.points).toEqual(series(DEFAULT_COMPARE));
		expect(JSON.parse(JSON.stringify(f))).toEqual(f);
	});

	it('turns the engine’s refusal into a message in the page’s language', () => {
		const huge = { ...DEFAULT_COMPARE, h: 8192, w: 8192, c: 4096, units: 100_000 };
		const id = compareFigures(huge, 'id');
		const en = compareFigures(huge, 'en');
		expect(id.ok || en.ok).toBe(false);
		if (!id.ok && !en.ok) expect(id.message).not.toBe(en.message);
	});
});
