import { defined } from '../../lib/defined.ts';
import { linesWidth } from '../../lib/diagram/text.ts';

/**
 * Layout of the chart of the six networks: one row per network in order of year, its name, year
 * and ILSVRC result on a line, and below it a bar for its parameter count on a logarithmic axis
 * (LeNet-5's 61,706 and AlexNet's 61 million differ a thousandfold). Rows stack vertically, so
 * the chart is narrow enough for a phone without shrinking its text.
 */

/** One network in the chart. */
export interface ChartDatum {
	readonly label: string;
	readonly params: number;
	/** The count as printed after the bar, in the page's number format. */
	readonly value: string;
}

/** Sizes in user units. */
export const CHART = {
	font: 12,
	margin: 8,
	barArea: 200,
	barHeight: 12,
	rowGap: 12,
	labelGap: 4,
	valueGap: 6,
	axisHeight: 44,
	/** Room above the rows for the title of the vertical (network) axis. */
	titleHeight: 22,
} as const;

/** The log axis: from 10^4 to 10^8 parameters, which holds every network of the chapter. */
export const DECADES = [4, 8] as const;

/** Horizontal position of a count on the log axis, clamped to the axis. */
export function logX(params: number): number {
	const [lo, hi] = DECADES;
	const t = (Math.log10(Math.max(params, 1)) - lo) / (hi - lo);
	return CHART.margin + Math.min(1, Math.max(0, t)) * CHART.barArea;
}

/** A laid-out row: label baseline, bar, and value label position. */
export interface ChartRow {
	readonly labelY: number;
	readonly barY: number;
	readonly barWidth: number;
	readonly valueX: number;
}

/** A tick of the log axis; `labelled` ticks get a text label (every other decade). */
export interface ChartTick {
	readonly x: number;
	readonly exponent: number;
	readonly labelled: boolean;
}

/** Places the rows, the axis and its ticks. */
export function chartLayout(
	data: readonly ChartDatum[],
	titles: readonly string[] = [],
): {
	rows: ChartRow[];
	ticks: ChartTick[];
	axisY: number;
	width: number;
	height: number;
} {
	const { font, margin, barHeight, rowGap, labelGap, valueGap, axisHeight, titleHeight } = CHART;
	const rowHeight = font + labelGap + barHeight + rowGap;
	const rows = data.map((datum, i) => {
		const top = margin + titleHeight + i * rowHeight;
		// A tenth of a unit is finer than a pixel; more digits only lengthen the page's markup.
		const end = Math.round(logX(datum.params) * 10) / 10;
		return {
			labelY: top + font,
			barY: top + font + labelGap,
			barWidth: end - margin,
			valueX: end + valueGap,
		};
	});
	const axisY = margin + titleHeight + data.length * rowHeight;
	const ticks: ChartTick[] = [];
	for (let e: number = DECADES[0]; e <= DECADES[1]; e++) {
		ticks.push({ x: logX(10 ** e), exponent: e, labelled: (e - DECADES[0]) % 2 === 0 });
	}
	const right = Math.max(
		...data.map((d, i) => defined(rows[i], `chart row ${i}`).valueX + linesWidth([d.value], font)),
		...data.map((d) => margin + linesWidth([d.label], font)),
		...titles.map((title) => margin + linesWidth([title], font)),
		margin + CHART.barArea,
	);
	return { rows, ticks, axisY, width: Math.ceil(right + margin), height: axisY + axisHeight };
}
