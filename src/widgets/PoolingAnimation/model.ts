import {
	CnnError,
	formatShape,
	trySummary,
	working,
	type LayerJson,
	type LayerSummary,
} from '../../lib/cnn/index.ts';
import { convolve, convWindow } from '../../lib/grid/convolution.ts';
import type { Grid } from '../../lib/grid/grid.ts';
import { pool, poolWindow } from '../../lib/grid/pooling.ts';
import { changedCells, shiftBy, type Direction } from '../../lib/grid/shift.ts';
import { stepPosition, windowCells, type WindowCell } from '../../lib/grid/window.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * The pooling animation's arithmetic, apart from any rendering: which layer the settings stand for,
 * whether the engine accepts it, the output grid, and what one step of the sliding window computes.
 *
 * This module is the widget's engine: `PoolingAnimation.astro` runs {@link frame} at build time for
 * the default settings, and the island imports it only when the reader first touches the widget,
 * so the page downloads neither it nor the CNN engine behind it before then.
 */

/** The three ways question 4 shrinks a feature map. */
export type Operation = 'max' | 'avg' | 'conv';

/** What the reader has set. The kernel is always 3×3; a 2×2 kernel is its top-left corner. */
export interface Settings {
	readonly grid: Grid;
	readonly op: Operation;
	readonly window: number;
	readonly stride: number;
	readonly padding: number;
	readonly kernel: Grid;
	readonly bias: number;
}

/** The computed output, or the engine's reason why these settings are impossible. */
export type Outcome = { ok: true; output: number[][] } | { ok: false; error: CnnError };

/** The engine layer the settings stand for, with `channels` in and out. */
export function layerOf(
	op: Operation,
	window: number,
	stride: number,
	padding: number,
	channels: number,
): LayerJson {
	if (op === 'conv') {
		return { type: 'conv2d', filters: channels, kernel: window, strides: stride, padding };
	}
	return { type: op === 'max' ? 'maxPool2d' : 'avgPool2d', pool: window, strides: stride, padding };
}

/**
 * The engine's summary row for the settings' layer on an n×n×C input. It is how the widget knows
 * that a setting is impossible (a window larger than the padded input, pool padding past half the
 * window) and what the layer costs; on failure it returns the engine's error for
 * `describe(lang)`.
 */
export function engineRow(
	size: number,
	channels: number,
	op: Operation,
	window: number,
	stride: number,
	padding: number,
): { ok: true; row: LayerSummary } | { ok: false; error: CnnError } {
	const result = trySummary({
		input: [size, size, channels],
		layers: [layerOf(op, window, stride, padding, channels)],
	});
	if (!result.ok) return result;
	const row = result.summary.layers[0];
	if (!row) return { ok: false, error: new CnnError('internal-error') };
	return { ok: true, row };
}

/** The top-left k×k corner of the 3×3 kernel: the weights a k×k convolution uses. */
export function activeKernel(kernel: Grid, window: number): number[][] {
	return kernel.slice(0, window).map((line) => line.slice(0, window));
}

/** Runs the whole operation, or returns the engine's error for impossible settings. */
export function compute(settings: Settings): Outcome {
	const { grid, op, window, stride, padding } = settings;
	const check = engineRow(grid.length, 1, op, window, stride, padding);
	if (!check.ok) return check;
	try {
		const output =
			op === 'conv'
				? convolve(grid, activeKernel(settings.kernel, window), settings.bias, { stride, padding })
				: pool(grid, { window, stride, padding }, op);
		return { ok: true, output };
	} catch (error) {
		if (error instanceof CnnError) return { ok: false, error };
		throw error;
	}
}

/** What one step computes: where the window is and its operands or products. */
export interface StepDetail {
	readonly outRow: number;
	readonly outCol: number;
	readonly cells: readonly WindowCell[];
	readonly op: Operation;
	/** For pooling: the values the operation reads. */
	readonly operands: readonly number[];
	/** For convolution: input × weight pairs, and the bias. */
	readonly terms: readonly { input: number; weight: number }[];
	readonly bias: number;
	readonly value: number;
}

/** The computation of output cell number `index` (0-based, row by row). */
export function stepDetail(settings: Settings, outCols: number, index: number): StepDetail {
	const { row, col } = stepPosition(index, outCols);
	const geometry = { window: settings.window, stride: settings.stride, padding: settings.padding };
	const cells = windowCells(settings.grid, geometry, row, col);
	if (settings.op === 'conv') {
		const r = convWindow(cells, activeKernel(settings.kernel, settings.window), settings.bias);
		return { outRow: row, outCol: col, cells, op: 'conv', operands: [], ...r };
	}
	const r = poolWindow(cells, settings.op);
	return {
		outRow: row,
		outCol: col,
		cells,
		op: settings.op,
		operands: r.operands,
		terms: [],
		bias: 0,
		value: r.value,
	};
}

/** One row of the cost table: the engine's summary of a layer, as text, or why it is impossible. */
export type Cost =
	{ ok: true; shape: string; params: string; macs: number } | { ok: false; error: string };

/** An {@link engineRow} result as the cost table prints it, in the page's language. */
export function cost(result: ReturnType<typeof engineRow>, lang: Lang): Cost {
	if (!result.ok) return { ok: false, error: result.error.describe(lang) };
	const { row } = result;
	return {
		ok: true,
		shape: formatShape(row.outputShape),
		params: row.params === 0 ? '0' : working(row, lang),
		macs: row.macs,
	};
}

/**
 * Everything the widget shows for one state, as plain data (it travels in the page as the
 * island's first props): the output, every step of the animation, the shift experiment and the
 * two rows of the cost table.
 */
export interface Frame {
	readonly settings: Settings;
	readonly output: number[][];
	readonly steps: readonly StepDetail[];
	readonly shift: {
		readonly direction: Direction;
		/** The output of the input moved by one pixel (the original output if that is impossible). */
		readonly output: number[][];
		readonly changed: boolean[][];
		readonly count: number;
		readonly total: number;
	};
	/** The pooling layer (max for a convolution's comparison) and the strided convolution. */
	readonly costs: { readonly pool: Cost; readonly conv: Cost };
	readonly channels: number;
}

/** The frame for the reader's settings, or the engine's reason (in words) why they are impossible. */
export function frame(
	settings: Settings,
	channels: number,
	direction: Direction,
	lang: Lang,
): { ok: true; frame: Frame } | { ok: false; error: string } {
	const outcome = compute(settings);
	if (!outcome.ok) return { ok: false, error: outcome.error.describe(lang) };
	const { output } = outcome;
	const outCols = output[0]?.length ?? 0;
	const steps = Array.from({ length: output.length * outCols }, (_, i) =>
		stepDetail(settings, outCols, i),
	);
	const moved = compute({ ...settings, grid: shiftBy(settings.grid, direction) });
	const shifted = moved.ok ? moved.output : output;
	const size = settings.grid.length;
	const { op, window, stride, padding } = settings;
	const poolOp: Operation = op === 'avg' ? 'avg' : 'max';
	return {
		ok: true,
		frame: {
			settings,
			output,
			steps,
			shift: { direction, output: shifted, ...changedCells(output, shifted) },
			costs: {
				pool: cost(engineRow(size, channels, poolOp, window, stride, padding), lang),
				conv: cost(engineRow(size, channels, 'conv', window, stride, padding), lang),
			},
			channels,
		},
	};
}
