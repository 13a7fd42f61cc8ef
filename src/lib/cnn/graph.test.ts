import { describe, expect, test } from 'vitest';
import { layerRow } from './read.ts';
import { summary } from './summary.ts';
import { errorOf } from './testing.ts';
import { parseModel } from './validate.ts';

describe('graph resolution', () => {
	test('layers may name later layers; they are computed after them', () => {
		const model = parseModel({
			input: [4],
			layers: [
				{ type: 'add', name: 'sum', inputs: ['left', 'right'] },
				{ type: 'dense', name: 'left', units: 4, inputs: ['input'] },
				{ type: 'dense', name: 'right', units: 4, inputs: ['input'] },
			],
		});
		expect(model.order).toEqual([1, 2, 0]);
		const s = summary(model);
		expect(s.layers.map((l) => l.name)).toEqual(['sum', 'left', 'right']);
		expect(layerRow(s, 'sum').outputShape).toEqual([4]);
		expect(s.outputs).toEqual(['sum']);
	});

	test('the model input can be read by any layer, as in a residual shortcut', () => {
		const s = summary(
			parseModel({
				input: [8, 8, 4],
				layers: [
					{ type: 'conv2d', filters: 4, kernel: 3, padding: 'same' },
					{ type: 'add', inputs: ['conv2d', 'input'] },
				],
			}),
		);
		expect(layerRow(s, 'add').inputShapes).toEqual([
			[8, 8, 4],
			[8, 8, 4],
		]);
	});

	test('an unknown input name is reported with the name', () => {
		const error = errorOf({ input: [4], layers: [{ type: 'dense', units: 2, inputs: ['dens'] }] });
		expect(error.code).toBe('unknown-input');
		expect(error.describe('en')).toBe(
			'Layer 1 (dense): "inputs" names "dens", but no layer has that name (write "input" for the model\'s input).',
		);
	});

	test('a cycle is reported along the direction data would flow', () => {
		const error = errorOf({
			input: [4],
			layers: [
				{ type: 'dense', name: 'a', units: 4, inputs: ['c'] },
				{ type: 'dense', name: 'b', units: 4 },
				{ type: 'dense', name: 'c', units: 4 },
			],
		});
		expect(error.code).toBe('cycle');
		expect(error.describe('en')).toBe(
			'Layer 1 (a): its inputs lead back to itself (a → b → c → a); a model must not contain a cycle.',
		);
		expect(error.describe('id')).toContain('siklus');
	});

	test('a layer reading itself is a cycle', () => {
		const error = errorOf({
			input: [4],
			layers: [{ type: 'dense', name: 'a', units: 4, inputs: ['a'] }],
		});
		expect(error.code).toBe('cycle');
		expect(error.params.path).toBe('a → a');
	});

	test('a single-input layer given two inputs is refused', () => {
		const error = errorOf({
			input: [4],
			layers: [{ type: 'dense', units: 4, inputs: ['input', 'input'] }],
		});
		expect(error.code).toBe('wrong-input-count');
		expect(error.describe('en')).toBe(
			'Layer 1 (dense): dense takes exactly 1 input, but it is given 2.',
		);
	});

	test('a long chain with forward references does not overflow the stack', () => {
		const n = 20_000;
		const layers = Array.from({ length: n }, (_, i) => ({
			type: 'activation' as const,
			name: `l${i}`,
			fn: 'relu' as const,
			inputs: [i === n - 1 ? 'input' : `l${i + 1}`],
		}));
		const model = parseModel({ input: [4], layers });
		expect(model.order[0]).toBe(n - 1);
		expect(model.order[n - 1]).toBe(0);
	});
});
