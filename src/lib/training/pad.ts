import { SIDE } from './image.ts';

/*
 * The lab's 28 × 28 drawing pad as pure state: what a stroke of the mouse or a finger, a key
 * press or an upload does to the pixels. The widget only turns events into these actions, so the
 * keyboard behaviour is tested here without a browser.
 */

/** A cell of the pad: row and column from the top left, 0 … 27. */
export type Cell = readonly [row: number, col: number];

/** The pad: its pixels (light ink on black, as Fashion MNIST) and the keyboard's cursor. */
export interface PadState {
	/** `SIDE × SIDE` values in [0, 1], row-major: the network's input. */
	readonly pixels: Float32Array;
	readonly cursor: Cell;
}

/** What can happen to the pad. */
export type PadAction =
	/** Move the cursor by whole cells, stopping at the edges; `paint` paints where it lands. */
	| {
			readonly type: 'move';
			readonly rows: number;
			readonly cols: number;
			readonly paint?: boolean;
	  }
	/** Paint with the brush at a cell (the cursor's, if none is given). */
	| { readonly type: 'paint'; readonly at?: Cell }
	/** A pointer dragged from one cell to another: paints every cell on the line between. */
	| { readonly type: 'stroke'; readonly from: Cell; readonly to: Cell }
	/** Erase the brush's footprint around the cursor. */
	| { readonly type: 'erase' }
	| { readonly type: 'clear' }
	/** Replace the pixels (a test image, an uploaded picture); values are clamped to [0, 1]. */
	| { readonly type: 'load'; readonly pixels: ArrayLike<number> };

/**
 * The brush: full ink at its cell, half at the four next to it, a quarter at the diagonals. A
 * stroke a cell wide would be thinner than anything in Fashion MNIST; this one, three cells
 * wide and soft at the edge, is closer to the data's outlines and fills a shape quickly.
 */
export const BRUSH: readonly (readonly [row: number, col: number, ink: number])[] = [
	[0, 0, 1],
	[-1, 0, 0.5],
	[1, 0, 0.5],
	[0, -1, 0.5],
	[0, 1, 0.5],
	[-1, -1, 0.25],
	[-1, 1, 0.25],
	[1, -1, 0.25],
	[1, 1, 0.25],
];

/** An empty pad with the cursor in the middle. */
export function emptyPad(): PadState {
	const middle = Math.floor(SIDE / 2);
	return { pixels: new Float32Array(SIDE * SIDE), cursor: [middle, middle] };
}

const clampCell = (n: number) => Math.min(Math.max(Math.round(n), 0), SIDE - 1);

/** Paints the brush at `cell` into `pixels` (in place): ink only ever grows. */
function brush(pixels: Float32Array, [row, col]: Cell): void {
	for (const [dr, dc, ink] of BRUSH) {
		const r = row + dr;
		const c = col + dc;
		if (r < 0 || r >= SIDE || c < 0 || c >= SIDE) continue;
		const at = r * SIDE + c;
		pixels[at] = Math.max(pixels[at] ?? 0, ink);
	}
}

/** The cells on the straight line from `from` to `to`, both included (Bresenham's). */
export function lineCells(from: Cell, to: Cell): Cell[] {
	let [r, c] = from;
	const [r1, c1] = to;
	const dr = Math.abs(r1 - r);
	const dc = Math.abs(c1 - c);
	const sr = r < r1 ? 1 : -1;
	const sc = c < c1 ? 1 : -1;
	let error = dc - dr;
	const cells: Cell[] = [[r, c]];
	while (r !== r1 || c !== c1) {
		const twice = 2 * error;
		if (twice > -dr) {
			error -= dr;
			c += sc;
		}
		if (twice < dc) {
			error += dc;
			r += sr;
		}
		cells.push([r, c]);
	}
	return cells;
}

/** The pad after `action`; a new state (new pixels when they change), so Preact sees the change. */
export function padReducer(state: PadState, action: PadAction): PadState {
	switch (action.type) {
		case 'move': {
			const cursor: Cell = [
				clampCell(state.cursor[0] + action.rows),
				clampCell(state.cursor[1] + action.cols),
			];
			if (!action.paint) return { ...state, cursor };
			const pixels = state.pixels.slice();
			for (const cell of lineCells(state.cursor, cursor)) brush(pixels, cell);
			return { pixels, cursor };
		}
		case 'paint': {
			const at: Cell = action.at
				? [clampCell(action.at[0]), clampCell(action.at[1])]
				: state.cursor;
			const pixels = state.pixels.slice();
			brush(pixels, at);
			return { ...state, pixels };
		}
		case 'stroke': {
			const from: Cell = [clampCell(action.from[0]), clampCell(action.from[1])];
			const to: Cell = [clampCell(action.to[0]), clampCell(action.to[1])];
			const pixels = state.pixels.slice();
			for (const cell of lineCells(from, to)) brush(pixels, cell);
			return { pixels, cursor: to };
		}
		case 'erase': {
			const pixels = state.pixels.slice();
			const [row, col] = state.cursor;
			for (const [dr, dc] of BRUSH) {
				const r = row + dr;
				const c = col + dc;
				if (r >= 0 && r < SIDE && c >= 0 && c < SIDE) pixels[r * SIDE + c] = 0;
			}
			return { ...state, pixels };
		}
		case 'clear':
			return { ...state, pixels: new Float32Array(SIDE * SIDE) };
		case 'load': {
			if (action.pixels.length !== SIDE * SIDE)
				throw new RangeError(`a pad takes ${SIDE * SIDE} values, got ${action.pixels.length}`);
			const pixels = Float32Array.from(action.pixels, (v) =>
				Number.isFinite(v) ? Math.min(Math.max(v, 0), 1) : 0,
			);
			return { ...state, pixels };
		}
	}
}

/**
 * The action for a key pressed on the pad, or `undefined` for a key it leaves alone (Tab, and
 * everything else, so the page's own keys keep working): arrows move the cursor, with Shift they
 * paint as they go; Space and Enter paint; Delete and Backspace erase.
 */
export function padKeyAction(key: string, shift = false): PadAction | undefined {
	const step: Record<string, readonly [number, number]> = {
		ArrowUp: [-1, 0],
		ArrowDown: [1, 0],
		ArrowLeft: [0, -1],
		ArrowRight: [0, 1],
	};
	const move = step[key];
	if (move) return { type: 'move', rows: move[0], cols: move[1], paint: shift };
	if (key === ' ' || key === 'Enter') return { type: 'paint' };
	if (key === 'Delete' || key === 'Backspace') return { type: 'erase' };
	return undefined;
}

/**
 * The cell under a point of the pad's box (`x`, `y` from its top left corner, in the same unit as
 * its `width` and `height`, e.g. CSS pixels from `getBoundingClientRect`), clamped to the pad.
 */
export function cellAt(x: number, y: number, width: number, height: number): Cell {
	return [
		clampCell(Math.floor((y / Math.max(height, 1)) * SIDE)),
		clampCell(Math.floor((x / Math.max(width, 1)) * SIDE)),
	];
}

/** Whether the pad has any ink: an empty pad is not worth a prediction. */
export function hasInk(pixels: Iterable<number>): boolean {
	for (const v of pixels) if (v > 0) return true;
	return false;
}
