import { describe, expect, test } from 'vitest';
import { errorOf } from '../testing.ts';
import { layerRow } from '../read.ts';
import { summary } from '../summary.ts';
import type { LayerJson } from '../types.ts';
import { parseModel } from '../validate.ts';

/** Two branches from a 8×8×4 input, `a` and `b`, merged by `merge`; returns the merge row. */
function merged(a: LayerJson, b: LayerJson, merge: LayerJson) {
	const json = {
		input: [8, 8, 4],
		layers: [
			{ ...a, name: 'a', inputs: ['input'] },
			{ ...b, name: 'b', inputs: ['input'] },
			{ ...merge, name: 'merge', inputs: ['a', 'b'] },
		],
	};
	return { json, run: () => layerRow(summary(parseModel(json)), 'merge') };
}

const conv = (filters: number, strides = 1): LayerJson => ({
	type: 'conv2d',
	filters,
	kernel: 1,
	strides,
});

describe('add', () => {
	test('adds tensors of one shape', () => {
		const r = merged(conv(4), conv(4), { type: 'add' }).run();
		expect(r.outputShape).toEqual([8, 8, 4]);
		expect(r.inputs).toEqual(['a', 'b']);
		expect([r.params, r.macs]).toEqual([0, 0]);
	});

	test('refuses different shapes, listing them', () => {
		const error = errorOf(merged(conv(4), conv(8), { type: 'add' }).json);
		expect(error.code).toBe('shape-mismatch');
		expect(error.describe('en')).toBe(
			'Layer 3 (merge): add needs inputs of the same shape, but gets 8×8×4, 8×8×8.',
		);
		expect(error.describe('id')).toBe(
			'Layer 3 (merge): add membutuhkan input berbentuk sama, tetapi mendapat 8×8×4, 8×8×8.',
		);
	});
});

describe('multiply', () => {
	test('scales a feature map by per-channel weights, as an SE block does', () => {
		const gate: LayerJson = { type: 'globalAvgPool2d' };
		expect(merged(conv(4), gate, { type: 'multiply' }).run().outputShape).toEqual([8, 8, 4]);
	});

	test('accepts 1×1×C weights as well as C', () => {
		const gate: LayerJson = { type: 'maxPool2d', pool: 8 };
		expect(merged(gate, conv(4), { type: 'multiply' }).run().outputShape).toEqual([8, 8, 4]);
	});

	test('refuses weights for a different number of channels', () => {
		const error = errorOf(merged(conv(8), { type: 'globalAvgPool2d' }, { type: 'multiply' }).json);
		expect(error.code).toBe('shape-mismatch');
		expect(error.describe('en')).toContain('or one of shape [C] or 1×1×C');
	});
});

describe('concat', () => {
	test('joins along channels', () => {
		expect(merged(conv(4), conv(6), { type: 'concat' }).run().outputShape).toEqual([8, 8, 10]);
	});

	test('refuses maps of different heights or widths', () => {
		const error = errorOf(merged(conv(4), conv(4, 2), { type: 'concat' }).json);
		expect(error.code).toBe('shape-mismatch');
		expect(error.describe('en')).toContain('agree on every axis except channels');
	});

	test('refuses inputs of different ranks', () => {
		expect(errorOf(merged(conv(4), { type: 'flatten' }, { type: 'concat' }).json).code).toBe(
			'shape-mismatch',
		);
	});
});

test('a merge needs at least two inputs', () => {
	const error = errorOf({ input: [4], layers: [{ type: 'add' }] });
	expect(error.code).toBe('wrong-input-count');
	expect(error.describe('en')).toBe(
		'Layer 1 (add): add combines at least 2 inputs, but it is given 1; list them in "inputs".',
	);
});
