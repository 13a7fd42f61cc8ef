import { describe, expect, test } from 'vitest';
import { memory, toMB, toMiB, tryMemory, type MemoryOptions } from './memory.ts';
import { exercise2 } from './presets/exercise2.ts';
import { summary } from './summary.ts';
import { thrown } from './testing.ts';
import type { LayerJson, ModelJson } from './types.ts';
import { parseModel } from './validate.ts';

const ex2 = parseModel(exercise2());

function report(json: ModelJson, options: MemoryOptions = {}) {
	return memory(parseModel(json), options);
}

describe('exercise 2, as in the book', () => {
	test('inference for one float32 image: 3.6 MB of weights + the 6 MB + 3 MB pair ≈ 12.6 MB', () => {
		const r = memory(ex2, { batch: 1, dtype: 'float32', mode: 'inference' });
		expect(r.weights).toBe(3_613_600);
		expect(r.inferencePeak).toBe(9_000_000);
		expect(r.peakLayer).toBe('conv2d_1');
		expect(r.total).toBe(12_613_600);
		expect(toMB(r.total)).toBeCloseTo(12.6136, 6);
		expect(toMiB(r.total)).toBeCloseTo(12.029, 3);
	});

	test('training a batch of 50 without gradients and optimizer state comes to 565.6 MB', () => {
		const r = memory(ex2, { batch: 50, mode: 'training', optimizer: 'none' });
		expect(r.activations).toBe(526_000_000);
		expect(r.inputBatch).toBe(36_000_000);
		expect(r.weights).toBe(3_613_600);
		expect(r.total).toBe(565_613_600);
	});

	test('gradients and Adam are reported as separate items with what they add', () => {
		const none = memory(ex2, { batch: 50, mode: 'training' });
		expect(none.items.find((item) => item.key === 'gradients')).toEqual({
			key: 'gradients',
			bytes: 3_613_600,
			counted: false,
		});
		const adam = memory(ex2, { batch: 50, mode: 'training', optimizer: 'adam' });
		expect(adam.gradients).toBe(3_613_600);
		expect(adam.optimizerState).toBe(7_227_200);
		expect(adam.total).toBe(565_613_600 + 3_613_600 + 7_227_200);
		expect(adam.items.filter((item) => item.counted).map((item) => item.key)).toEqual([
			'weights',
			'gradients',
			'optimizerState',
			'activations',
			'inputBatch',
		]);
	});

	test.each([
		['sgd', 0],
		['momentum', 3_613_600],
		['adam', 7_227_200],
	] as const)('%s keeps %i bytes of optimizer state', (optimizer, bytes) => {
		const r = memory(ex2, { batch: 50, mode: 'training', optimizer });
		expect(r.optimizerState).toBe(bytes);
		expect(r.items.find((item) => item.key === 'gradients')?.counted).toBe(true);
	});

	test('gradients can be counted without an optimizer', () => {
		const r = memory(ex2, { batch: 50, mode: 'training', gradients: true });
		expect(r.total).toBe(565_613_600 + 3_613_600);
	});

	test.each([
		['float16', 2],
		['bfloat16', 2],
		['int8', 1],
	] as const)('%s uses %i bytes per value', (dtype, bytes) => {
		const r = memory(ex2, { dtype });
		expect(r.bytesPerValue).toBe(bytes);
		expect(r.total).toBe((12_613_600 / 4) * bytes);
	});

	test('a summary can be passed instead of a model', () => {
		expect(memory(summary(ex2), { batch: 50, mode: 'training' })).toEqual(
			memory(ex2, { batch: 50, mode: 'training' }),
		);
	});
});

describe('inference follows tensor lifetimes', () => {
	const dense = (units: number, inputs?: string[]): LayerJson =>
		inputs ? { type: 'dense', units, inputs } : { type: 'dense', units };

	test('the model input stays alive until its last reader, as in a shortcut', () => {
		const r = report({
			input: [100],
			layers: [
				{ ...dense(10), name: 'a' },
				{ ...dense(10), name: 'b' },
				{ type: 'dense', name: 'c', units: 100 },
				{ type: 'add', name: 'sum', inputs: ['c', 'input'] },
			],
		});
		// While computing the sum: input (100) + c (100) + sum (100) values.
		expect(r.inferencePeak).toBe(300 * 4);
		expect(r.peakLayer).toBe('sum');
	});

	test('parallel branches are alive together until they are merged', () => {
		const r = report({
			input: [10],
			layers: [
				{ ...dense(20, ['input']), name: 'a' },
				{ ...dense(30, ['input']), name: 'b' },
				{ type: 'concat', inputs: ['a', 'b'] },
			],
		});
		// Computing b: input 10 + a 20 + b 30; computing the concat: a 20 + b 30 + 50.
		expect(r.inferencePeak).toBe(100 * 4);
	});

	test('flatten shares its input memory instead of copying it', () => {
		const r = report({ input: [4, 4, 2], layers: [{ type: 'flatten' }, dense(10)] });
		expect(r.inferencePeak).toBe((32 + 10) * 4);
		expect(r.activations).toBe(10 * 4);
	});

	test('dropout is the identity at inference but a new tensor while training', () => {
		const r = report({ input: [10], layers: [dense(10), { type: 'dropout', rate: 0.5 }] });
		expect(r.inferencePeak).toBe(20 * 4);
		expect(r.activations).toBe(20 * 4);
	});

	test('an output that nobody reads is kept to the end', () => {
		const r = report({
			input: [10],
			layers: [
				{ ...dense(50), name: 'side' },
				{ ...dense(1, ['input']), name: 'x1' },
				{ ...dense(20), name: 'x2' },
			],
		});
		// The 50-value side output is still alive while x2 is computed from x1.
		expect(r.inferencePeak).toBe((50 + 1 + 20) * 4);
		expect(r.peakLayer).toBe('x2');
	});
});

describe('training extras', () => {
	const chain: ModelJson = {
		input: [10],
		layers: Array.from({ length: 9 }, () => ({ type: 'dense' as const, units: 10 })),
	};

	test('checkpointing keeps every ⌈√n⌉-th output plus the largest segment', () => {
		const plain = report(chain, { mode: 'training' });
		expect(plain.activations).toBe(90 * 4);
		expect(plain.checkpoints).toBe(9);
		const r = report(chain, { mode: 'training', checkpointing: true });
		expect(r.checkpoints).toBe(3);
		expect(r.activations).toBe((3 * 10 + 2 * 10) * 4);
		expect(r.recomputeMacs).toBe(6 * 100);
	});

	test('checkpointing only applies to training', () => {
		expect(report(chain, { checkpointing: true }).recomputeMacs).toBe(0);
	});

	test('mixed precision: 16-bit activations and gradients, float32 master weights and optimizer state', () => {
		const r = memory(ex2, { batch: 50, mode: 'training', optimizer: 'adam', mixedPrecision: true });
		expect(r.bytesPerValue).toBe(2);
		expect(r.weights).toBe(903_400 * 6);
		expect(r.gradients).toBe(903_400 * 2);
		expect(r.optimizerState).toBe(903_400 * 2 * 4);
		expect(r.activations).toBe(263_000_000);
		expect(r.inputBatch).toBe(18_000_000);
	});
});

describe('options are checked like model fields', () => {
	test.each<[MemoryOptions, string, string]>([
		[
			{ batch: 0 },
			'not-positive-integer',
			'"batch" must be a positive integer (1, 2, 3, …), but it is 0.',
		],
		[
			{ dtype: 'fp32' as 'float32' },
			'invalid-option',
			'"dtype" must be one of "float32", "float16", "bfloat16", "int8", but it is "fp32".',
		],
		[
			{ mode: 'train' as 'training' },
			'invalid-option',
			'"mode" must be one of "inference", "training", but it is "train".',
		],
		[
			{ checkpointing: 1 as unknown as boolean },
			'not-boolean',
			'"checkpointing" must be true or false, but it is 1.',
		],
	])('%o is refused', (options, code, english) => {
		const error = thrown(() => memory(ex2, options));
		expect(error.code).toBe(code);
		expect(error.describe('en')).toBe(english);
	});

	test('a batch so large the bytes pass 2^53 raises too-large', () => {
		const result = tryMemory(exercise2(), { batch: 2 ** 40 });
		expect(!result.ok && result.error.code).toBe('too-large');
		expect(!result.ok && result.error.params.what).toBe('bytes');
	});

	test('tryMemory returns the report for a valid model', () => {
		const result = tryMemory(JSON.stringify(exercise2()));
		expect(result.ok && result.report.total).toBe(12_613_600);
	});
});
