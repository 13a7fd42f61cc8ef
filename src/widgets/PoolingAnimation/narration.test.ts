import { describe, expect, test } from 'vitest';
import type { WindowCell } from '../../lib/grid/window.ts';
import { cellBox, windowBox, windowOf } from './layout.ts';
import { stepDetail, type Settings, type StepDetail } from './model.ts';
import { formula, narrate, num, windowPlace } from './narration.ts';
import { moveStep, playFrom } from './player.ts';
import { STRINGS } from './strings.ts';

const cells = (coords: [number, number, boolean?][]): WindowCell[] =>
	coords.map(([row, col, padded]) => ({ row, col, value: 0, padded: padded ?? false }));

const maxStep: StepDetail = {
	outRow: 0,
	outCol: 1,
	cells: cells([
		[0, 2],
		[0, 3],
		[1, 2],
		[1, 3],
	]),
	op: 'max',
	operands: [1, 5, 3, 2],
	terms: [],
	bias: 0,
	value: 5,
};

describe('the computation as text', () => {
	test('max pooling lists the window and its maximum', () => {
		expect(formula(maxStep, 'en')).toBe('max(1, 5, 3, 2) = 5');
	});

	test('Indonesian separates values with semicolons, since its decimal mark is a comma', () => {
		expect(formula({ ...maxStep, operands: [1.5, 2], value: 2 }, 'id')).toBe('max(1,5; 2) = 2');
	});

	test('average pooling shows the sum and the count', () => {
		const d = { ...maxStep, op: 'avg' as const, value: 2.75 };
		expect(formula(d, 'en')).toBe('avg(1, 5, 3, 2) = 11 / 4 = 2.75');
		expect(formula(d, 'id')).toBe('avg(1; 5; 3; 2) = 11 / 4 = 2,75');
	});

	test('a convolution writes each product, negatives in parentheses, then the bias', () => {
		const d: StepDetail = {
			...maxStep,
			op: 'conv',
			operands: [],
			terms: [
				{ input: 1, weight: 0.5 },
				{ input: 5, weight: -1 },
				{ input: 3, weight: 0 },
				{ input: 2, weight: 1 },
			],
			bias: 0.25,
			value: -2.25,
		};
		expect(formula(d, 'en')).toBe('1·0.5 + 5·(−1) + 3·0 + 2·1 + 0.25 (b) = −2.25');
		expect(formula({ ...d, bias: -1, value: -3.5 }, 'id')).toBe(
			'1·0,5 + 5·(−1) + 3·0 + 2·1 − 1 (b) = −3,5',
		);
	});

	test('numbers follow the page language, with at most two decimals and no “-0”', () => {
		expect(num(2 / 3, 'en')).toBe('0.67');
		expect(num(2 / 3, 'id')).toBe('0,67');
		expect(num(-0, 'en')).toBe('0');
	});
});

describe('the narration', () => {
	test('says the step, where the window is (counted from 1) and the computation', () => {
		expect(narrate(maxStep, 2, 9, 'en', STRINGS.en)).toBe(
			'Step 2 of 9. Window on rows 1–2, columns 3–4 → output row 1, column 2: max(1, 5, 3, 2) = 5',
		);
		expect(narrate(maxStep, 2, 9, 'id', STRINGS.id)).toBe(
			'Langkah 2 dari 9. Jendela di baris 1–2, kolom 3–4 → output baris 1, kolom 2: max(1; 5; 3; 2) = 5',
		);
	});

	test('mentions padding when the window reaches into it', () => {
		const d = {
			...maxStep,
			cells: cells([
				[-1, -1, true],
				[-1, 0, true],
				[0, -1, true],
				[0, 0],
			]),
		};
		expect(windowPlace(d, STRINGS.en)).toBe(
			'Window on rows 1, columns 1 (and padding) → output row 1, column 2',
		);
		const only = { ...d, cells: cells([[-1, -1, true]]) };
		expect(windowPlace(only, STRINGS.en)).toBe(
			'Window entirely in the padding → output row 1, column 2',
		);
	});
});

describe('the player and the outline', () => {
	test('steps stay between 0 and the number of output cells', () => {
		expect(moveStep(0, -1, 9)).toBe(0);
		expect(moveStep(8, 1, 9)).toBe(9);
		expect(moveStep(9, 1, 9)).toBe(9);
		expect(moveStep(4, -1, 9)).toBe(3);
	});

	test('Play after the last step starts again from the beginning', () => {
		expect(playFrom(9, 9)).toBe(0);
		expect(playFrom(4, 9)).toBe(4);
	});

	test('the window of step k follows the stride, reaching into the padding', () => {
		const grid = Array.from({ length: 6 }, () => Array.from({ length: 6 }, () => 1));
		const settings: Settings = {
			grid,
			op: 'max',
			window: 2,
			stride: 2,
			padding: 0,
			kernel: [[1]],
			bias: 0,
		};
		const fifth = stepDetail(settings, 3, 4);
		expect(windowOf(fifth)).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
		expect(cellBox(fifth)).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
		const padded = stepDetail({ ...settings, window: 3, padding: 1 }, 3, 0);
		expect(windowOf(padded)).toEqual({ top: -1, left: -1, bottom: 1, right: 1 });
	});

	test('only the cells on the window’s border get edge classes', () => {
		const box = { top: 0, left: 0, bottom: 2, right: 2 };
		expect(windowBox(box, 0, 0)).toBe('is-in edge-t edge-l');
		expect(windowBox(box, 1, 1)).toBe('is-in');
		expect(windowBox(box, 2, 1)).toBe('is-in edge-b');
		expect(windowBox(box, 3, 1)).toBe('');
		expect(windowBox(undefined, 0, 0)).toBe('');
	});
});
