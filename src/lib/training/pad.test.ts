import { describe, expect, test } from 'vitest';
import { SIDE } from './image.ts';
import {
	cellAt,
	emptyPad,
	hasInk,
	lineCells,
	padKeyAction,
	padReducer,
	type PadAction,
	type PadState,
} from './pad.ts';

/** The pad after pressing `keys` in order (`Shift+ArrowRight` holds Shift). */
function press(keys: readonly string[], start: PadState = emptyPad()): PadState {
	return keys.reduce((state, key) => {
		const shift = key.startsWith('Shift+');
		const action = padKeyAction(shift ? key.slice(6) : key, shift);
		return action ? padReducer(state, action) : state;
	}, start);
}

const ink = (state: PadState, row: number, col: number) => state.pixels[row * SIDE + col];

describe('the pad with the keyboard', () => {
	test('arrows move the cursor a cell at a time without painting', () => {
		const state = press(['ArrowRight', 'ArrowRight', 'ArrowUp']);
		expect(state.cursor).toEqual([13, 16]);
		expect(hasInk(state.pixels)).toBe(false);
	});

	test('Space paints the brush at the cursor: full ink there, less around it', () => {
		const state = press(['ArrowDown', ' ']);
		expect(ink(state, 15, 14)).toBe(1);
		expect(ink(state, 14, 14)).toBe(0.5);
		expect(ink(state, 16, 15)).toBe(0.25);
		expect(ink(state, 17, 14)).toBe(0);
	});

	test('Enter paints as Space does', () => {
		expect(press(['Enter']).pixels).toEqual(press([' ']).pixels);
	});

	test('Shift with an arrow paints every cell it passes', () => {
		const state = press(['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']);
		for (let col = 14; col <= 17; col++) expect(ink(state, 14, col)).toBe(1);
		expect(state.cursor).toEqual([14, 17]);
	});

	test('the cursor stops at the edges', () => {
		const state = press(Array.from({ length: 40 }, () => 'ArrowLeft').concat(['ArrowUp']));
		expect(state.cursor).toEqual([13, 0]);
		expect(press(Array.from({ length: 40 }, () => 'ArrowDown')).cursor).toEqual([27, 14]);
	});

	test('Delete and Backspace erase the brush’s footprint around the cursor', () => {
		const painted = press([' ', 'ArrowRight', ' ', 'ArrowRight', ' ']);
		const erased = press(['ArrowLeft', 'Delete'], painted);
		for (let col = 14; col <= 16; col++) expect(ink(erased, 14, col)).toBe(0);
		expect(ink(erased, 14, 17)).toBe(0.5);
		expect(press(['Backspace'], painted).pixels).toEqual(press(['Delete'], painted).pixels);
	});

	test('other keys, Tab among them, are left to the page', () => {
		for (const key of ['Tab', 'a', 'Escape', 'PageDown']) expect(padKeyAction(key)).toBeUndefined();
	});
});

describe('the pad with a pointer', () => {
	test('a fast stroke leaves no gap between the cells the pointer reported', () => {
		const state = padReducer(emptyPad(), { type: 'stroke', from: [2, 2], to: [9, 20] });
		const cells = lineCells([2, 2], [9, 20]);
		expect(cells).toHaveLength(19);
		for (const [a, b] of cells.slice(1).map((c, i) => [cells[i], c] as const)) {
			expect(Math.abs((a?.[0] ?? 0) - b[0])).toBeLessThanOrEqual(1);
			expect(Math.abs((a?.[1] ?? 0) - b[1])).toBeLessThanOrEqual(1);
		}
		for (const [row, col] of cells) expect(ink(state, row, col)).toBe(1);
		expect(state.cursor).toEqual([9, 20]);
	});

	test('a point of the pad’s box maps to the cell under it, clamped to the pad', () => {
		expect(cellAt(0, 0, 280, 280)).toEqual([0, 0]);
		expect(cellAt(279.9, 15, 280, 280)).toEqual([1, 27]);
		expect(cellAt(-5, 400, 280, 280)).toEqual([27, 0]);
	});
});

describe('loading and clearing', () => {
	test('a loaded image replaces the drawing, its values clamped to [0, 1]', () => {
		const image = new Float32Array(784).fill(0.5);
		image[0] = 3;
		image[1] = -1;
		image[2] = NaN;
		const state = padReducer(press([' ']), { type: 'load', pixels: image });
		expect([...state.pixels.subarray(0, 4)]).toEqual([1, 0, 0, 0.5]);
		expect(() => padReducer(emptyPad(), { type: 'load', pixels: new Float32Array(10) })).toThrow(
			/784 values, got 10/,
		);
	});

	test('clearing empties the pad and keeps the cursor', () => {
		const state = padReducer(press(['ArrowLeft', ' ']), { type: 'clear' });
		expect(hasInk(state.pixels)).toBe(false);
		expect(state.cursor).toEqual([14, 13]);
	});

	test('every action leaves the previous state’s pixels untouched', () => {
		const before = press([' ']);
		const copy = before.pixels.slice();
		const actions: PadAction[] = [
			{ type: 'paint', at: [0, 0] },
			{ type: 'erase' },
			{ type: 'clear' },
			{ type: 'move', rows: 1, cols: 0, paint: true },
			{ type: 'stroke', from: [0, 0], to: [5, 5] },
		];
		for (const action of actions) padReducer(before, action);
		expect(before.pixels).toEqual(copy);
	});
});
