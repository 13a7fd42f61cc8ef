import { describe, expect, test } from 'vitest';
import { shiftBy, type Direction } from '../../lib/grid/shift.ts';
import {
	activeKernel,
	compute,
	engineRow,
	frame,
	stepDetail,
	type Operation,
	type Settings,
} from './model.ts';
import { preset, randomGrid } from './presets.ts';

const KERNEL = [
	[-1, 1, 0],
	[-1, 1, 0],
	[-1, 1, 0],
];

function settings(overrides: Partial<Settings> = {}): Settings {
	return {
		grid: preset('blob', 6),
		op: 'max',
		window: 2,
		stride: 2,
		padding: 0,
		kernel: KERNEL,
		bias: 0,
		...overrides,
	};
}

/** Output cells that change when the input moves one pixel, as the widget counts them. */
function changes(s: Settings, direction: Direction): number {
	const f = frame(s, 1, direction, 'en');
	if (!f.ok) throw new Error('settings should be valid');
	return f.frame.shift.count;
}

describe('the default figure', () => {
	test('2×2 max pooling with stride 2 turns the 6×6 blob into a 3×3 output', () => {
		const r = compute(settings());
		expect(r.ok && r.output).toEqual([
			[5, 5, 0],
			[9, 5, 0],
			[0, 0, 0],
		]);
	});

	test('the shifted-blob preset is the blob moved one pixel to the right', () => {
		expect(preset('blob-shifted', 6)).toEqual(shiftBy(preset('blob', 6), 'right'));
	});

	test('presets and random grids have the requested size at every size from 2 to 16', () => {
		for (let n = 2; n <= 16; n++) {
			for (const grid of [preset('edge', n), preset('blob', n), randomGrid(n, n)]) {
				expect(grid.length).toBe(n);
				expect(grid.every((line) => line.length === n)).toBe(true);
			}
		}
	});

	test('a random grid is reproducible from its seed and holds whole numbers 0–9', () => {
		expect(randomGrid(6, 42)).toEqual(randomGrid(6, 42));
		expect(
			randomGrid(6, 42)
				.flat()
				.every((v) => Number.isInteger(v) && v >= 0 && v <= 9),
		).toBe(true);
	});
});

describe('the numbers the page quotes', () => {
	test('small blob, shift right: max pooling changes 2 of 9 cells, average pooling and convolution 4', () => {
		const counts = (['max', 'avg', 'conv'] as Operation[]).map((op) =>
			changes(settings({ op }), 'right'),
		);
		expect(counts).toEqual([2, 4, 4]);
	});

	test('vertical edge, shift left: max pooling changes nothing, the other two change 6 of 9', () => {
		const counts = (['max', 'avg', 'conv'] as Operation[]).map((op) =>
			changes(settings({ op, grid: preset('edge', 6) }), 'left'),
		);
		expect(counts).toEqual([0, 6, 6]);
	});

	test('a 3×3 convolution from 200 to 200 channels has the page’s 360,200 parameters', () => {
		const r = engineRow(6, 200, 'conv', 3, 2, 1);
		expect(r.ok && r.row.params).toBe(360200);
		expect(r.ok && r.row.params).toBe(3 * 3 * 200 * 200 + 200);
	});

	test('the default 2×2 convolution: 2·2·200·200 + 200 parameters, 3·3·2·2·200·200 MACs', () => {
		const r = engineRow(6, 200, 'conv', 2, 2, 0);
		expect(r.ok && [r.row.params, r.row.macs]).toEqual([160200, 3 * 3 * 2 * 2 * 200 * 200]);
	});

	test('pooling has no parameters and no MACs', () => {
		for (const op of ['max', 'avg'] as const) {
			const r = engineRow(6, 200, op, 2, 2, 0);
			expect(r.ok && [r.row.params, r.row.macs, r.row.outputShape]).toEqual([0, 0, [3, 3, 200]]);
		}
	});
});

describe('a frame', () => {
	test('holds one step per output cell, each writing the output’s value', () => {
		const f = frame(settings(), 200, 'right', 'en');
		if (!f.ok) throw new Error(f.error);
		expect(f.frame.steps).toHaveLength(9);
		for (const step of f.frame.steps) {
			expect(step.value).toBe(f.frame.output[step.outRow]?.[step.outCol]);
		}
	});

	test('prints the cost rows in the page’s language', () => {
		const en = frame(settings({ op: 'conv' }), 200, 'right', 'en');
		const id = frame(settings({ op: 'conv' }), 200, 'right', 'id');
		if (!en.ok || !id.ok) throw new Error('settings should be valid');
		expect(en.frame.costs.pool).toMatchObject({ ok: true, params: '0', macs: 0 });
		expect(en.frame.costs.conv).toMatchObject({ ok: true, shape: '3×3×200' });
		expect(en.frame.costs.conv.ok && en.frame.costs.conv.params).toContain('160,200');
		expect(id.frame.costs.conv.ok && id.frame.costs.conv.params).toContain('160.200');
	});

	test('of impossible settings is the engine’s message, in words', () => {
		const f = frame(settings({ window: 7 }), 200, 'right', 'id');
		expect(f.ok).toBe(false);
		if (f.ok) return;
		expect(f.error).toContain('7×7');
	});
});

describe('impossible settings', () => {
	test('a window larger than the padded grid gets the engine’s message', () => {
		const r = compute(settings({ window: 7 }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.code).toBe('kernel-too-large');
		expect(r.error.describe('en')).toContain('(7×7) is larger than its padded input (6×6)');
	});

	test('pool padding past half the window is refused, as PyTorch does', () => {
		const r = compute(settings({ padding: 2 }));
		expect(r.ok || r.error.code).toBe('padding-too-large');
	});

	test('a convolution accepts padding a pool refuses', () => {
		expect(compute(settings({ op: 'conv', padding: 2 })).ok).toBe(true);
	});
});

describe('one step of the animation', () => {
	test('step 4 of max pooling reads the window at rows 3–4, columns 1–2 (from 1)', () => {
		const d = stepDetail(settings(), 3, 3);
		expect([d.outRow, d.outCol]).toEqual([1, 0]);
		expect(d.cells.map((c) => [c.row, c.col])).toEqual([
			[2, 0],
			[2, 1],
			[3, 0],
			[3, 1],
		]);
		expect(d.operands).toEqual([5, 9, 5, 5]);
		expect(d.value).toBe(9);
	});

	test('a convolution step pairs inputs with the active kernel and adds the bias', () => {
		const d = stepDetail(settings({ op: 'conv', bias: 0.5 }), 3, 0);
		expect(d.terms).toEqual([
			{ input: 0, weight: -1 },
			{ input: 0, weight: 1 },
			{ input: 5, weight: -1 },
			{ input: 5, weight: 1 },
		]);
		expect(d.value).toBe(0.5);
	});

	test('every step’s value is the output cell it writes', () => {
		for (const op of ['max', 'avg', 'conv'] as const) {
			const s = settings({ op, grid: randomGrid(7, 3), window: 3, stride: 2, padding: 1 });
			const r = compute(s);
			if (!r.ok) throw new Error('valid');
			const cols = r.output[0]?.length ?? 0;
			r.output.flat().forEach((value, i) => expect(stepDetail(s, cols, i).value).toBe(value));
		}
	});

	test('a 2×2 kernel is the top-left corner of the 3×3 one', () => {
		expect(activeKernel(KERNEL, 2)).toEqual([
			[-1, 1],
			[-1, 1],
		]);
	});
});
