import { describe, expect, test } from 'vitest';
import { exercise2 } from './presets/exercise2.ts';
import { layerRow } from './read.ts';
import { attempt, summary, trySummary } from './summary.ts';
import { parseModel } from './validate.ts';

describe('summary', () => {
	test('exercise 2: shapes, parameters and MACs per layer and in total', () => {
		const s = summary(parseModel(exercise2()));
		expect(s.layers.map((l) => [l.name, l.type, l.outputShape, l.params, l.macs])).toEqual([
			['conv2d', 'conv2d', [100, 150, 100], 2_800, 40_500_000],
			['conv2d_1', 'conv2d', [50, 75, 200], 180_200, 675_000_000],
			['conv2d_2', 'conv2d', [25, 38, 400], 720_400, 684_000_000],
		]);
		expect(s.totalParams).toBe(903_400);
		expect(s.trainableParams).toBe(903_400);
		expect(s.nonTrainableParams).toBe(0);
		expect(s.macs).toBe(1_399_500_000);
		expect(s.outputs).toEqual(['conv2d_2']);
		expect(layerRow(s, 0).outputSize).toBe(1_500_000);
	});

	test('totals split trainable from non-trainable parameters', () => {
		const s = summary(
			parseModel({
				input: [8, 8, 3],
				layers: [{ type: 'conv2d', filters: 4, kernel: 3 }, { type: 'batchNorm' }],
			}),
		);
		expect([s.totalParams, s.trainableParams, s.nonTrainableParams]).toEqual([128, 120, 8]);
	});

	test('counts past 2^53 raise too-large instead of losing digits', () => {
		const result = trySummary({
			input: [100_000, 100_000, 1_000],
			layers: [{ type: 'conv2d', filters: 100_000, kernel: 1 }],
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe('too-large');
	});

	test('a huge dense layer is too large in parameters, not silently rounded', () => {
		const result = trySummary({ input: [2 ** 30], layers: [{ type: 'dense', units: 2 ** 30 }] });
		expect(!result.ok && result.error.code).toBe('too-large');
		expect(!result.ok && result.error.params.what).toBe('params');
	});
});

describe('trySummary', () => {
	test('returns the summary when the model is valid', () => {
		const result = trySummary(exercise2());
		expect(result.ok && result.summary.totalParams).toBe(903_400);
	});

	test('returns the typed error instead of throwing', () => {
		const result = trySummary({
			input: [3, 3, 1],
			layers: [{ type: 'conv2d', filters: 1, kernel: 5 }],
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.code).toBe('kernel-too-large');
	});

	test('reads JSON text, reporting a syntax error as a typed error', () => {
		expect(trySummary(JSON.stringify(exercise2())).ok).toBe(true);
		const result = trySummary('{ "input": [28, 28, 1], ');
		expect(!result.ok && result.error.code).toBe('invalid-json');
		expect(!result.ok && result.error.describe('id')).toMatch(/^Teks ini bukan JSON yang valid/);
	});

	test('anything that is not a model is an error, never an exception', () => {
		for (const value of [null, undefined, 42, 'null', [], () => 1, Symbol('x')]) {
			expect(trySummary(value).ok).toBe(false);
		}
	});
});

test('attempt turns an unexpected exception into an internal-error', () => {
	const result = attempt(() => {
		throw new TypeError('boom');
	});
	expect(!result.ok && result.error.code).toBe('internal-error');
});
