import type { LabelMap } from '../../lib/segmentation/maps.ts';

/**
 * Turns label maps into few SVG rectangles. A 64×64 map has 4,096 pixels; drawing each as a
 * `<rect>` would make the server-rendered page heavy, so equal neighbours are merged: first along
 * each row, then runs that repeat exactly on the next row are stretched down.
 */

/** A rectangle of one class, in the 64-unit space every map is drawn in. */
export interface Run {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
	readonly label: number;
}

/** Merges per-row runs into rectangles when a run repeats exactly on the following row. */
function mergeRows(rows: readonly (readonly Run[])[]): Run[] {
	const done: Run[] = [];
	let open: Run[] = [];
	for (const row of rows) {
		const next: Run[] = [];
		for (const run of row) {
			const above = open.find((o) => o.x === run.x && o.w === run.w && o.label === run.label);
			if (above) {
				next.push({ ...above, h: above.h + run.h });
				open = open.filter((o) => o !== above);
			} else {
				next.push(run);
			}
		}
		done.push(...open);
		open = next;
	}
	return [...done, ...open];
}

/**
 * The rectangles that draw a label map in a `total`×`total` space (each cell is total/size units
 * wide), optionally only for the pixels where `keep` is true.
 */
export function labelRuns(
	map: LabelMap,
	total: number,
	keep: (x: number, y: number) => boolean = () => true,
): Run[] {
	const cell = total / map.size;
	const rows: Run[][] = [];
	for (let y = 0; y < map.size; y++) {
		const row: Run[] = [];
		let start = -1;
		let label = -1;
		for (let x = 0; x <= map.size; x++) {
			const inside = x < map.size && keep(x, y);
			const current = inside ? (map.labels[y * map.size + x] ?? 0) : -1;
			if (current !== label) {
				if (label >= 0)
					row.push({ x: start * cell, y: y * cell, w: (x - start) * cell, h: cell, label });
				start = x;
				label = current;
			}
		}
		rows.push(row);
	}
	return mergeRows(rows);
}

/** Rectangles covering the pixels where a prediction differs from the truth (label 0 each). */
export function errorRuns(truth: LabelMap, predicted: LabelMap, total: number): Run[] {
	const wrong: LabelMap = {
		size: truth.size,
		labels: truth.labels.map((t, i) => (t === predicted.labels[i] ? 0 : 1)),
	};
	return labelRuns(wrong, total, (x, y) => wrong.labels[y * wrong.size + x] === 1);
}
