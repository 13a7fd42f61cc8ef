import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { EpochFigures } from '../../lib/training/lab-run.ts';
import type { RunningPoint } from './reference-run.ts';

/** The learning curve's drawing area, in SVG units. */
export const CHART = { width: 340, height: 220, left: 48, right: 52, top: 16, bottom: 40 } as const;

/** What the curve shows: figures per epoch and the running loss between them. */
export interface CurveData {
	readonly epochs: readonly EpochFigures[];
	readonly running: readonly RunningPoint[];
	/** The run's length, so the x axis does not rescale as epochs arrive. */
	readonly totalEpochs: number;
}

/** A point in SVG units. */
export interface Xy {
	readonly x: number;
	readonly y: number;
}

/** The geometry of the learning curve: every line, point and tick, computed once, drawn by `LearningCurve`. */
export interface CurveGeometry {
	readonly lossMax: number;
	readonly running: readonly Xy[];
	readonly trainLoss: readonly Xy[];
	readonly testAccuracy: readonly Xy[];
	readonly xTicks: readonly { readonly x: number; readonly epoch: number }[];
	readonly lossTicks: readonly { readonly y: number; readonly value: number }[];
	readonly accuracyTicks: readonly { readonly y: number; readonly value: number }[];
}

/**
 * The loss axis's tick step for a ceiling `max`: quarters up to 1, halves up to 3, then the
 * "nice" step (1, 2 or 5 × a power of ten) that leaves at most about five ticks. A run about to
 * diverge reports losses in the millions before the first non-finite one, so the step must grow
 * with the loss (a step of 1 under a loss of 10⁷ would be ten million ticks, and a frozen page).
 */
export function lossStep(max: number): number {
	if (max <= 1) return 0.25;
	if (max <= 3) return 0.5;
	const raw = max / 5;
	const power = 10 ** Math.floor(Math.log10(raw));
	const m = raw / power;
	return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/**
 * The loss axis's top: the smallest of 0.5, 1, 1.5, 2, 2.5, 3 at or above `value`, and past 3
 * the next multiple of `lossStep(value)` (4.2 → 5, 7 → 8, 1.3 × 10⁷ → 1.5 × 10⁷).
 */
export function lossCeiling(value: number): number {
	if (!(value > 0)) return 0.5;
	if (value <= 3) return Math.ceil(value * 2) / 2;
	const step = lossStep(value);
	return Math.ceil(value / step) * step;
}

/**
 * A loss tick's label, short enough for the axis's margin: two decimals up to 3, whole numbers
 * up to 10,000, then a mantissa and a power of ten (`1.5e7`).
 */
export function lossTickLabel(value: number, max: number, lang: Lang): string {
	if (max <= 3)
		return formatNumber(value, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	if (value < 10_000) return formatNumber(value, lang);
	const exponent = Math.floor(Math.log10(value));
	const mantissa = value / 10 ** exponent;
	return `${formatNumber(mantissa, lang, { maximumFractionDigits: 1 })}e${exponent}`;
}

/**
 * Places the curve: x is epochs (0 to `totalEpochs`), the left axis the loss (0 to a round
 * ceiling over every loss shown), the right axis held-out accuracy (0 to 100%). Non-finite values
 * are left out, so a diverged run never draws a NaN.
 */
export function curveGeometry(data: CurveData): CurveGeometry {
	const { width, height, left, right, top, bottom } = CHART;
	const w = width - left - right;
	const h = height - top - bottom;
	const total = Math.max(1, data.totalEpochs);
	const finite = (v: number) => Number.isFinite(v);
	const losses = [
		...data.running.map((p) => p.loss),
		...data.epochs.map((e) => e.trainLoss),
	].filter(finite);
	const lossMax = lossCeiling(Math.max(0, ...losses));
	const x = (epoch: number) => left + (Math.min(Math.max(epoch, 0), total) / total) * w;
	const yLoss = (loss: number) => top + h - (Math.min(loss, lossMax) / lossMax) * h;
	const yAcc = (accuracy: number) => top + h - accuracy * h;
	const epochStep = total <= 10 ? 1 : Math.ceil(total / 10);
	const xTicks = [];
	for (let e = 0; e <= total; e += epochStep) xTicks.push({ x: x(e), epoch: e });
	const step = lossStep(lossMax);
	const lossTicks = [];
	for (let i = 0; i * step <= lossMax * (1 + 1e-9); i++)
		lossTicks.push({ y: yLoss(i * step), value: Math.round(i * step * 100) / 100 });
	return {
		lossMax,
		running: data.running
			.filter((p) => finite(p.loss))
			.map((p) => ({ x: x(p.x), y: yLoss(p.loss) })),
		trainLoss: data.epochs
			.filter((e) => finite(e.trainLoss))
			.map((e) => ({ x: x(e.epoch), y: yLoss(e.trainLoss) })),
		testAccuracy: data.epochs
			.filter((e) => finite(e.testAccuracy))
			.map((e) => ({ x: x(e.epoch), y: yAcc(e.testAccuracy) })),
		xTicks,
		lossTicks,
		accuracyTicks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ y: yAcc(v), value: v })),
	};
}

/** An SVG path through `points` (empty for none), rounded to a tenth of a unit. */
export function pathOf(points: readonly Xy[]): string {
	return points
		.map(
			(p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10}`,
		)
		.join(' ');
}
