import { describe, expect, it } from 'vitest';
import { analyse, estimateMemory, fullFigures } from './full.ts';
import { BOOK_SETTINGS, fromModelJson, initialState } from './full-state.ts';
import { loadPreset } from './networks.ts';
import type { ModelJson } from '../../lib/cnn/index.ts';

/** Exercise 2 as the page's wrapper gets it: from the engine's registry. */
const EXERCISE2 = await loadPreset('exercise2');

describe('the analysis behind the summary table', () => {
	it('summarises exercise 2', () => {
		const a = analyse(EXERCISE2);
		expect(a.ok && a.summary.totalParams).toBe(903_400);
	});

	it('gives the book’s 12,613,600 and 565,613,600 bytes for exercise 2', () => {
		const a = analyse(EXERCISE2);
		if (!a.ok) throw new Error('exercise 2 must summarise');
		const predict = estimateMemory(a.summary, BOOK_SETTINGS.predict);
		const train = estimateMemory(a.summary, BOOK_SETTINGS.train);
		expect(predict.ok && predict.report.total).toBe(12_613_600);
		expect(train.ok && train.report.total).toBe(565_613_600);
	});

	it('marks the layer whose output would be smaller than one pixel and keeps the ones before', () => {
		const json: ModelJson = {
			input: [8, 8, 3],
			layers: [
				{ type: 'conv2d', filters: 4, kernel: 3 },
				{ type: 'maxPool2d', pool: 2 },
				{ type: 'conv2d', filters: 4, kernel: 5 },
				{ type: 'flatten' },
			],
		};
		const a = analyse(json);
		expect(a.ok).toBe(false);
		if (a.ok) return;
		expect(a.error.code).toBe('kernel-too-large');
		expect(a.error.layer?.index).toBe(2);
		expect(a.names).toEqual(['conv2d', 'max_pooling2d', 'conv2d_1', 'flatten']);
		expect(a.partial?.layers.map((r) => r.outputShape)).toEqual([
			[6, 6, 4],
			[3, 3, 4],
		]);
		expect(a.error.describe('en')).toContain('Layer 3 (conv2d_1)');
	});

	it('reports an empty model with the engine’s message and no partial table', () => {
		const a = analyse({ input: [8, 8, 3], layers: [] });
		expect(a.ok).toBe(false);
		if (a.ok) return;
		expect(a.error.code).toBe('no-layers');
		expect(a.partial).toBeUndefined();
		expect(a.error.describe('id')).not.toBe(a.error.describe('en'));
	});

	it('turns a byte count past 2⁵³ into an error instead of a wrong number', () => {
		const json: ModelJson = {
			input: [8192, 8192, 3],
			layers: [{ type: 'conv2d', filters: 100_000, kernel: 3, padding: 'same' }],
		};
		const a = analyse(json);
		if (!a.ok) throw new Error('the summary itself fits');
		const m = estimateMemory(a.summary, { batch: 100_000, mode: 'training' });
		expect(m.ok).toBe(false);
		if (!m.ok) expect(m.error.code).toBe('too-large');
	});

	it('gives the figures question 2’s page suggests trying', () => {
		const [first, second, third] = EXERCISE2.layers;
		if (!first || !second || !third) throw new Error('exercise 2 has three layers');
		const train = (json: ModelJson) => {
			const a = analyse(json);
			if (!a.ok) throw new Error('must summarise');
			const m = estimateMemory(a.summary, BOOK_SETTINGS.train);
			return [a.summary.totalParams, m.ok ? m.report.total : -1];
		};
		// 50 filters in layer 1: about 10% fewer parameters, about 27% less training memory.
		expect(
			train({ ...EXERCISE2, layers: [{ ...first, filters: 50 } as typeof first, second, third] }),
		).toEqual([812_000, 415_248_000]);
		// Stride 1 in layer 1: the same parameters, about 2,140 MB.
		expect(
			train({ ...EXERCISE2, layers: [{ ...first, strides: 1 } as typeof first, second, third] }),
		).toEqual([903_400, 2_139_613_600]);
	});
});

describe('the full mode’s figures', () => {
	it('give exercise 2’s rows, totals, memory and book figures as the page first shows them', () => {
		const { model, memory } = initialState(EXERCISE2);
		const figures = fullFigures(model, memory, 'en');
		if (!figures.table.ok || !figures.memory?.ok) throw new Error('exercise 2 must compute');
		expect(figures.input).toBe('200×300×3');
		expect(figures.table.totalParams).toBe(903_400);
		expect(figures.table.rows.map((r) => r.shape)).toContain('25×38×400');
		expect(figures.table.rows[0]?.working).toBe('(3×3×3 + 1) × 100 = 2,800');
		expect(figures.memory.total).toBe(565_613_600);
		expect(figures.table.book).toMatchObject({ predict: 12_613_600, train: 565_613_600 });
		// What the editor shows: the preset's own values, and the engine's defaults where it has none.
		expect(EXERCISE2.layers[0]).not.toHaveProperty('useBias');
		expect(figures.values[0]).toMatchObject({ filters: 100, padding: 'same', useBias: true });
	});

	it('name the failing layer in the page’s language, with the rows before it', () => {
		const json: ModelJson = {
			input: [8, 8, 3],
			layers: [
				{ type: 'conv2d', filters: 4, kernel: 3 },
				{ type: 'conv2d', filters: 4, kernel: 9 },
			],
		};
		const figures = fullFigures(fromModelJson(json), BOOK_SETTINGS.train, 'id');
		expect(figures.memory).toBeUndefined();
		if (figures.table.ok) throw new Error('a 9×9 kernel on 6×6 must fail');
		expect(figures.table.layer).toBe(1);
		expect(figures.table.partial?.map((r) => r.params)).toEqual([112]);
		expect(figures.table.message).not.toBe('');
	});

	it('survive JSON, as the props the wrapper sends', () => {
		const { model, memory } = initialState(EXERCISE2);
		const figures = fullFigures(model, memory, 'id');
		expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
	});
});
