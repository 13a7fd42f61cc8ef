import { formatNumber } from '../../i18n/format.ts';
import type { Summary } from '../../cnn/index.ts';
import { kerasShape } from './python.ts';

/**
 * What Keras 3's `model.summary()` prints for a sequential model, character for character, so a
 * snippet's comment can show the real printout rather than a paraphrase. Keras 3 draws the table
 * with `rich` (`keras/src/utils/summary_utils.py`): three columns at 45%, 80% and 100% of the line
 * length, a 1-space padding in each cell, heavy lines round the header, a rule between rows. The
 * line length is 88, or the terminal's width minus 4 when that is less; in an 80-column terminal,
 * a notebook or a pipe (where Python assumes 80 columns) it is therefore 76.
 */

/** The line length Keras uses where Python sees an 80-column terminal (or none at all). */
export const KERAS_LINE_80 = 76;

/** Python's `round`, which rounds halves to even (`round(3.5) == 4`, `round(2.5) == 2`). */
function pyRound(x: number): number {
	const floor = Math.floor(x);
	const diff = x - floor;
	if (diff > 0.5) return floor + 1;
	if (diff < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The width of each column, padding included, as `rich` lays the table out: each column asks for
 * its fixed width plus 2 of padding; the table, `lineLength` wide with 4 borders, takes the excess
 * off the columns in turn, in equal shares rounded as Python rounds (`rich._ratio.ratio_reduce`).
 */
export function columnWidths(lineLength: number): number[] {
	const positions = [0.45, 0.8, 1.0];
	let current = 0;
	const asked = positions.map((p) => {
		const width = Math.floor(p * lineLength) - current;
		current += width;
		return width + 2;
	});
	let excess = asked.reduce((a, b) => a + b, 0) - (lineLength - (asked.length + 1));
	if (excess <= 0) return asked;
	let ratios = asked.length;
	return asked.map((width) => {
		const cut = Math.min(width, pyRound(excess / ratios));
		excess -= cut;
		ratios -= 1;
		return width - cut;
	});
}

/** A byte count as Keras's `readable_memory_size` writes it: 1,024-based, two decimals. */
export function kerasMemory(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let size = bytes;
	for (const unit of units) {
		if (size / 1024 < 1) return `${size.toFixed(2)} ${unit}`;
		size /= 1024;
	}
	return `${size.toFixed(2)} PB`;
}

/**
 * The lines Keras 3 prints for `model.summary()` of a sequential model whose layers are the
 * summary's rows (each shown with its Keras class name from `className`), float32 weights, no
 * optimizer built. `lineLength` as Keras computes it ({@link KERAS_LINE_80} by default).
 */
export function kerasSummaryLines(
	s: Summary,
	className: (type: string) => string,
	modelName = 'sequential',
	lineLength = KERAS_LINE_80,
): string[] {
	const widths = columnWidths(lineLength);
	const cell = (text: string, i: number, right = false) => {
		const inner = (widths[i] ?? 2) - 2;
		return ` ${right ? text.padStart(inner) : text.padEnd(inner)} `;
	};
	const row = (cells: readonly string[], edge: string) =>
		edge + cells.map((c, i) => cell(c, i, i === 2)).join(edge) + edge;
	const rule = (left: string, fill: string, mid: string, right: string) =>
		left + widths.map((w) => fill.repeat(w)).join(mid) + right;
	const body = s.layers.map((r) =>
		row(
			[`${r.name} (${className(r.type)})`, kerasShape(r.outputShape), formatNumber(r.params, 'en')],
			'│',
		),
	);
	const bytes = (n: number) => kerasMemory(n * 4);
	return [
		`Model: "${modelName}"`,
		rule('┏', '━', '┳', '┓'),
		row(['Layer (type)', 'Output Shape', 'Param #'], '┃'),
		rule('┡', '━', '╇', '┩'),
		...body.flatMap((line, i) => (i === 0 ? [line] : [rule('├', '─', '┼', '┤'), line])),
		rule('└', '─', '┴', '┘'),
		` Total params: ${formatNumber(s.totalParams, 'en')} (${bytes(s.totalParams)})`,
		` Trainable params: ${formatNumber(s.trainableParams, 'en')} (${bytes(s.trainableParams)})`,
		` Non-trainable params: ${formatNumber(s.nonTrainableParams, 'en')} (${bytes(s.nonTrainableParams)})`,
	];
}
