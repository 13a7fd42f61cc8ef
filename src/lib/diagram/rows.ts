import { defined } from '../defined.ts';
import type { Box } from './text.ts';
import { linesWidth } from './text.ts';

/**
 * Layout of a whole network as a column of boxes, one per visible row of its stage tree, indented
 * by depth. Data flows down the column; where a layer reads a row other than the one just above
 * it (a skip connection, a branch of an Inception module), an arc runs down the right-hand side
 * in its own lane, so arcs never cross boxes or each other's lanes. A narrow column with
 * sideways arcs reads on a 360-pixel phone, where a left-to-right network would not.
 */

/** One row: its depth and text lines, and whether it is the header of an open group. */
export interface RowSpec {
	readonly level: number;
	readonly lines: readonly string[];
	/** An open group's header: data does not flow through it, so it gets no connector. */
	readonly header?: boolean;
	/** A closed group that contains skip connections: drawn with a small loop on its side. */
	readonly loop?: boolean;
}

/** A data-flow edge between two rows (row indices), drawn as an arc when they are not adjacent. */
export interface RowLink {
	readonly from: number;
	readonly to: number;
}

/** Sizes in user units. */
export interface RowOptions {
	readonly fontSize: number;
	readonly lineHeight: number;
	readonly indent: number;
	readonly padX: number;
	readonly padY: number;
	readonly gap: number;
	readonly margin: number;
	readonly laneGap: number;
}

/** A polyline. */
export type Points = readonly (readonly [number, number])[];

/** An arc's four corners: out of the source row, down the lane, and back into the target row. */
export type ArcPoints = readonly [
	start: readonly [number, number],
	laneTop: readonly [number, number],
	laneBottom: readonly [number, number],
	end: readonly [number, number],
];

/** The result of {@link layoutRows}. */
export interface RowLayout {
	readonly boxes: readonly Box[];
	/** Short vertical connectors between a row and the next flowing one. */
	readonly connectors: readonly Points[];
	/** Arcs for links between non-adjacent rows, with the row indices they join. */
	readonly arcs: readonly {
		readonly from: number;
		readonly to: number;
		readonly points: ArcPoints;
	}[];
	/** Loops beside closed groups with skip connections. */
	readonly loops: readonly Points[];
	readonly width: number;
	readonly height: number;
}

/**
 * The row a link's source flows from directly: the previous row that is not an open group's
 * header. A link from that row needs no arc.
 */
export function previousFlowRow(rows: readonly RowSpec[], index: number): number {
	for (let i = index - 1; i >= 0; i--) {
		const row = rows[i];
		if (row !== undefined && !row.header) return i;
	}
	return -1;
}

/** Places the rows; see the module comment. */
export function layoutRows(
	rows: readonly RowSpec[],
	links: readonly RowLink[],
	options: RowOptions,
): RowLayout {
	const { fontSize, lineHeight, indent, padX, padY, gap, margin, laneGap } = options;
	const lines = Math.max(1, ...rows.map((r) => r.lines.length));
	const h = lines * lineHeight + 2 * padY;
	const right = Math.max(
		...rows.map((r) => margin + r.level * indent + linesWidth(r.lines, fontSize) + 2 * padX),
		margin + 2 * padX,
	);
	const boxes: Box[] = rows.map((r, i) => {
		const x = margin + r.level * indent;
		return { x, y: margin + i * (h + gap), w: right - x, h };
	});
	/** Row `i`'s box; links and flow rows only ever name rows of this layout. */
	const boxOf = (i: number) => defined(boxes[i], `box of row ${i}`);
	const connectors: Points[] = [];
	rows.forEach((row, i) => {
		if (row.header || i === 0) return;
		const before = previousFlowRow(rows, i);
		if (before !== i - 1 || before < 0) return;
		const x = boxOf(i).x + padX;
		connectors.push([
			[x, boxOf(before).y + h],
			[x, boxOf(i).y],
		]);
	});
	const loopWidth = rows.some((r) => r.loop) ? laneGap : 0;
	const loops: Points[] = [];
	rows.forEach((row, i) => {
		if (!row.loop) return;
		const b = boxOf(i);
		const l = right + loopWidth * 0.6;
		loops.push([
			[right, b.y + h * 0.3],
			[l, b.y + h * 0.3],
			[l, b.y + h * 0.7],
			[right, b.y + h * 0.7],
		]);
	});
	const seen = new Set<string>();
	const wanted = links
		.filter((link) => {
			const key = `${link.from}>${link.to}`;
			if (seen.has(key) || link.from === link.to) return false;
			seen.add(key);
			return link.from !== previousFlowRow(rows, link.to);
		})
		.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
	// Longest arcs take the outer lanes; each lane holds arcs whose spans do not overlap.
	const spans = wanted.map((link) => {
		const y1 = boxOf(link.from).y + h / 2;
		const y2 = boxOf(link.to).y + h / 2;
		return { link, top: Math.min(y1, y2), bottom: Math.max(y1, y2), y1, y2 };
	});
	const lanes: { top: number; bottom: number }[][] = [];
	const laned = spans.map((span) => {
		const index = lanes.findIndex((used) =>
			used.every((u) => u.bottom < span.top - 2 || u.top > span.bottom + 2),
		);
		const lane = lanes[index];
		if (lane === undefined) return { span, lane: lanes.push([span]) - 1 };
		lane.push(span);
		return { span, lane: index };
	});
	const count = lanes.length;
	const arcs = laned.map(({ span, lane }) => {
		// Lane 0 (the longest arcs) is the outermost, so shorter arcs nest inside.
		const lx = right + loopWidth + laneGap * (count - lane);
		const points: ArcPoints = [
			[right, span.y1 - 3],
			[lx, span.y1 - 3],
			[lx, span.y2 + 3],
			[right, span.y2 + 3],
		];
		return { from: span.link.from, to: span.link.to, points };
	});
	return {
		boxes,
		connectors,
		arcs,
		loops,
		width: right + loopWidth + laneGap * count + margin,
		height: margin * 2 + rows.length * (h + gap) - gap,
	};
}
