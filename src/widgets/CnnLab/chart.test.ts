import { describe, expect, test } from 'vitest';
import { CHART, curveGeometry, lossCeiling, lossTickLabel, pathOf } from './chart.ts';

const epoch = (n: number, trainLoss: number, testAccuracy: number) => ({
	epoch: n,
	trainLoss,
	trainAccuracy: 0.5,
	testLoss: trainLoss,
	testAccuracy,
});

describe('the learning curve’s geometry', () => {
	test('rounds the loss axis up to a half (2.31 → 2.5, 0.4 → 0.5, 4.2 → 5)', () => {
		expect(lossCeiling(2.31)).toBe(2.5);
		expect(lossCeiling(0.4)).toBe(0.5);
		expect(lossCeiling(4.2)).toBe(5);
		expect(lossCeiling(0)).toBe(0.5);
	});

	test('keeps about five loss ticks however large the loss, so a run about to diverge cannot freeze the page', () => {
		expect(lossCeiling(7)).toBe(8);
		expect(lossCeiling(13_827_036)).toBe(15_000_000);
		for (const loss of [2.3, 4.2, 7, 11, 26, 13_827_036, 4.7e10, 3.9e33]) {
			const g = curveGeometry({ epochs: [], running: [{ x: 0.1, loss }], totalEpochs: 1 });
			expect(g.lossMax).toBeGreaterThanOrEqual(loss);
			expect(g.lossTicks.length).toBeGreaterThanOrEqual(3);
			expect(g.lossTicks.length).toBeLessThanOrEqual(7);
			expect(g.lossTicks.at(-1)?.value).toBeCloseTo(g.lossMax, -Math.log10(g.lossMax) + 6);
		}
	});

	test('labels loss ticks briefly: decimals under 3, whole numbers, then powers of ten', () => {
		expect(lossTickLabel(0.5, 2.5, 'en')).toBe('0.50');
		expect(lossTickLabel(0.5, 2.5, 'id')).toBe('0,50');
		expect(lossTickLabel(4, 8, 'en')).toBe('4');
		expect(lossTickLabel(5000, 5000, 'en')).toBe('5,000');
		expect(lossTickLabel(15_000_000, 15_000_000, 'en')).toBe('1.5e7');
		expect(lossTickLabel(15_000_000, 15_000_000, 'id')).toBe('1,5e7');
	});

	test('places epoch n at n / total of the width, and accuracy 100% at the top', () => {
		const g = curveGeometry({
			epochs: [epoch(1, 1, 1), epoch(2, 0.5, 0.5)],
			running: [],
			totalEpochs: 2,
		});
		const w = CHART.width - CHART.left - CHART.right;
		expect(g.trainLoss[0]?.x).toBeCloseTo(CHART.left + w / 2);
		expect(g.trainLoss[1]?.x).toBeCloseTo(CHART.left + w);
		expect(g.testAccuracy[0]?.y).toBeCloseTo(CHART.top);
		expect(g.xTicks.map((t) => t.epoch)).toEqual([0, 1, 2]);
	});

	test('keeps the x axis of the whole run while epochs arrive', () => {
		const g = curveGeometry({ epochs: [epoch(1, 1, 0.8)], running: [], totalEpochs: 5 });
		expect(g.xTicks.map((t) => t.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	test('never draws a non-finite value', () => {
		const g = curveGeometry({
			epochs: [epoch(1, Number.NaN, Number.NaN)],
			running: [
				{ x: 0.1, loss: 2.3 },
				{ x: 0.2, loss: Number.POSITIVE_INFINITY },
			],
			totalEpochs: 1,
		});
		expect(g.running).toHaveLength(1);
		expect(g.trainLoss).toHaveLength(0);
		expect(g.testAccuracy).toHaveLength(0);
		expect(pathOf(g.running)).not.toMatch(/NaN|Infinity/);
	});

	test('writes an SVG path with one move and then lines', () => {
		expect(
			pathOf([
				{ x: 1, y: 2 },
				{ x: 3.14159, y: 4 },
			]),
		).toBe('M1 2 L3.1 4');
		expect(pathOf([])).toBe('');
	});
});
