import { makeGrid } from '../../lib/grid/grid.ts';

/** The named inputs the widget offers; each exists for one thing the page wants to show. */
export type PresetId = 'edge' | 'blob' | 'blob-shifted';

/** Preset ids in menu order. */
export const PRESET_IDS: readonly PresetId[] = ['edge', 'blob', 'blob-shifted'];

/**
 * A 3×3 blob: a plateau of 5 with a peak of 9. Small enough that a one-pixel move crosses window
 * borders; the plateau shows max pooling keeping its output where a window's largest value stays.
 */
const BLOB = [
	[5, 5, 5],
	[5, 9, 5],
	[5, 5, 5],
];

function blob(size: number, shift: number): number[][] {
	const row = Math.max(1, Math.floor(size / 2) - 1);
	const col = Math.max(1, Math.floor(size / 2) - 2) + shift;
	return makeGrid(size, size, (r, c) => BLOB[r - row + 1]?.[c - col + 1] ?? 0);
}

/**
 * A preset at a given size. "Vertical edge" is a step from 0 to 9 halfway across; "small blob" a
 * 3×3 bump left of centre (rows 2–4, columns 1–3 of a 6×6 grid, counted from 1); "shifted" the same bump one pixel to the right, so that switching
 * between the two shows by hand what the shift experiment measures.
 */
export function preset(id: PresetId, size: number): number[][] {
	switch (id) {
		case 'edge':
			return makeGrid(size, size, (_r, c) => (c >= size / 2 ? 9 : 0));
		case 'blob':
			return blob(size, 0);
		case 'blob-shifted':
			return blob(size, 1);
	}
}

/**
 * A grid of whole numbers 0–9 from a seed (mulberry32). Seeded rather than `Math.random` so a test
 * can reproduce what a click produced; the widget passes a fresh seed per click.
 */
export function randomGrid(size: number, seed: number): number[][] {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return makeGrid(size, size, () => Math.floor(next() * 10));
}
