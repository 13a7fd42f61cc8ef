import { describe, expect, test } from 'vitest';
import { PRESETS } from '../../lib/cnn/presets/index.ts';
import { defined } from '../../lib/defined.ts';
import { linesWidth, overlaps } from '../../lib/diagram/text.ts';
import { CHART, chartLayout, logX } from './chart.ts';
import { chartData } from './chart-data.ts';

describe('the chart of the seven networks', () => {
	test('orders the networks by year and takes every count from the engine', async () => {
		const rows = await chartData();
		expect(rows.map((r) => r.network.year)).toEqual([1998, 2012, 2014, 2015, 2016, 2017, 2019]);
		for (const { network, s } of rows) {
			// The engine's total equals the count the reference implementation reports.
			expect(s.totalParams, network.id).toBe(PRESETS.find((p) => p.id === network.id)?.params);
		}
	});

	test('places counts on a log axis: each decade the same distance further', () => {
		expect(logX(1e4)).toBe(CHART.margin);
		expect(logX(1e8)).toBe(CHART.margin + CHART.barArea);
		expect(logX(1e6) - logX(1e5)).toBeCloseTo(logX(1e7) - logX(1e6));
		expect(logX(61_706)).toBeLessThan(logX(6_624_904));
		expect(logX(1)).toBe(CHART.margin);
	});

	test('no two labels overlap and the chart is wide enough for each', async () => {
		const data = (await chartData()).map(({ network, s }) => ({
			label: `${network.name} · ${network.year} · 15.3%`,
			params: s.totalParams,
			value: s.totalParams.toLocaleString('en'),
		}));
		const layout = chartLayout(data, ['Network, year, top-5 error']);
		const boxes = data.flatMap((d, i) => {
			const row = defined(layout.rows[i], `chart row ${i}`);
			return [
				{
					x: CHART.margin,
					y: row.labelY - CHART.font,
					w: linesWidth([d.label], CHART.font),
					h: CHART.font,
				},
				{ x: row.valueX, y: row.barY, w: linesWidth([d.value], CHART.font), h: CHART.font },
			];
		});
		boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
		for (const b of boxes) expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
		expect(layout.ticks.filter((t) => t.labelled).map((t) => t.exponent)).toEqual([4, 6, 8]);
	});
});
