import type { Box } from '../../lib/diagram/text.ts';
import { linesWidth } from '../../lib/diagram/text.ts';

/**
 * Layout of the converter's two figures, as plain numbers: the dense head beside its
 * convolutional twin (two columns of boxes, an "=" between paired layers), and the input image
 * with the window a prediction sees next to the output grid.
 */

/** Font size of figure text, in SVG user units. */
export const FONT = 12;
/** Distance between the baselines of a box's lines. */
export const LINE = 15;

/** A box of the head figure: its lines, or none where that column has no layer. */
export type Cell = readonly string[] | undefined;

/** The head figure: boxes per column, the rows that get an "=", headings and size. */
export interface HeadLayout {
	readonly left: readonly (Box | undefined)[];
	readonly right: readonly (Box | undefined)[];
	readonly headingY: number;
	readonly equals: readonly { readonly x: number; readonly y: number }[];
	readonly width: number;
	readonly height: number;
	readonly columnX: readonly [number, number];
}

/**
 * Lays out two columns of boxes row by row; `paired[i]` puts an "=" between the two boxes of row
 * i. Columns are as wide as their widest text (headings included), so nothing overlaps.
 */
export function headLayout(
	left: readonly Cell[],
	right: readonly Cell[],
	headings: readonly [string, string],
	paired: readonly boolean[],
): HeadLayout {
	const margin = 8;
	const pad = 8;
	const gap = 24;
	const rowGap = 18;
	const lines = Math.max(...[...left, ...right].map((c) => c?.length ?? 0));
	const h = lines * LINE + 10;
	const colWidth = (cells: readonly Cell[], heading: string) =>
		Math.ceil(
			Math.max(
				linesWidth([heading], FONT),
				...cells.map((c) => (c ? linesWidth(c, FONT) + 2 * pad : 0)),
			),
		);
	const wl = colWidth(left, headings[0]);
	const wr = colWidth(right, headings[1]);
	const xl = margin;
	const xr = margin + wl + gap;
	const top = margin + LINE + 8;
	const rows = Math.max(left.length, right.length);
	const place = (cells: readonly Cell[], x: number, w: number) =>
		cells.map((c, i) => (c ? { x, y: top + i * (h + rowGap), w, h } : undefined));
	return {
		left: place(left, xl, wl),
		right: place(right, xr, wr),
		headingY: margin + FONT,
		equals: paired.flatMap((p, i) =>
			p ? [{ x: xl + wl + gap / 2, y: top + i * (h + rowGap) + h / 2 }] : [],
		),
		width: xr + wr + margin,
		height: top + rows * (h + rowGap) - rowGap + margin,
		columnX: [xl, xr],
	};
}

/** The grid figure: the image, the two windows, the prediction centres and the output grid. */
export interface GridLayout {
	readonly image: Box;
	readonly window: Box;
	readonly next: Box | undefined;
	/** Centres of the windows, one per prediction, in the image panel. */
	readonly centres: readonly (readonly [number, number])[];
	readonly dot: number;
	readonly output: Box;
	/** Cell lines of the output grid, as x (and y) offsets inside `output`. */
	readonly cells: readonly number[];
	readonly labelY: number;
	readonly legendY: readonly [number, number];
	readonly width: number;
	readonly height: number;
}

/** Side of the image panel, in user units, whatever the image's size in pixels. */
export const IMAGE_SIDE = 170;
/** Side of the output grid, in user units, whatever the number of predictions. */
export const OUTPUT_SIDE = 100;

/**
 * Scales the `size`-pixel image to a fixed panel and draws what a prediction sees: a
 * `window`-pixel square, the next one `stride` pixels on, and a dot at the centre of each of the
 * `grid`×`grid` windows; beside it, the output grid. `labels` are the texts drawn with it (input
 * label, output label, legend lines), so the figure is wide enough for each.
 */
export function gridLayout(
	size: number,
	window: number,
	stride: number,
	grid: number,
	labels: readonly string[] = [],
): GridLayout {
	const margin = 8;
	const top = margin + LINE + 6;
	const scale = IMAGE_SIDE / size;
	const image = { x: margin, y: top, w: IMAGE_SIDE, h: IMAGE_SIDE };
	const win = Math.min(window, size) * scale;
	const windowBox = { x: image.x, y: image.y, w: win, h: win };
	const next = grid > 1 ? { x: image.x + stride * scale, y: image.y, w: win, h: win } : undefined;
	const centres: [number, number][] = [];
	for (let i = 0; i < grid; i++) {
		for (let j = 0; j < grid; j++) {
			centres.push([
				image.x + (j * stride + window / 2) * scale,
				image.y + (i * stride + window / 2) * scale,
			]);
		}
	}
	const output = { x: image.x + IMAGE_SIDE + 40, y: top, w: OUTPUT_SIDE, h: OUTPUT_SIDE };
	const cells = Array.from({ length: grid + 1 }, (_, k) => (k * OUTPUT_SIDE) / grid);
	const bottom = top + IMAGE_SIDE;
	return {
		image,
		window: windowBox,
		next,
		centres,
		dot: Math.max(0.6, Math.min(2.5, (stride * scale) / 4)),
		output,
		cells,
		labelY: margin + FONT,
		legendY: [bottom + LINE + 4, bottom + 2 * LINE + 4],
		width: Math.ceil(
			Math.max(
				output.x + OUTPUT_SIDE,
				output.x + linesWidth(labels.slice(1, 2), FONT),
				margin + linesWidth(labels, FONT),
			) + margin,
		),
		height: bottom + 2 * LINE + 10,
	};
}
