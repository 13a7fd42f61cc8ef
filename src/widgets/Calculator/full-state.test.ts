import { describe, expect, it } from 'vitest';
import { trySummary } from '../../lib/cnn/index.ts';
import { alexnet } from '../../lib/cnn/presets/alexnet.ts';
import { vgg16 } from '../../lib/cnn/presets/vgg16.ts';
import { PRESET_KEYS, loadPreset } from './networks.ts';
import { PRESETS } from '../../lib/cnn/presets/index.ts';
import {
	addLayer,
	fromModelJson,
	initialState,
	moveLayer,
	removeLayer,
	setInput,
	setLayerField,
	setLayerType,
	toModelJson,
} from './full-state.ts';
import { checkEditable } from './editable.ts';
import { MAX_LAYERS } from './layers.ts';

/** Exercise 2 as the page's wrapper gets it: from the engine's registry. */
const EXERCISE2 = await loadPreset('exercise2');

const total = (json: Parameters<typeof trySummary>[0]) => {
	const r = trySummary(json);
	return r.ok ? r.summary.totalParams : undefined;
};

describe('the editor state', () => {
	it('starts on exercise 2, whose JSON the engine counts as 903,400 parameters', () => {
		const state = initialState(EXERCISE2);
		expect(state.preset).toBe('exercise2');
		expect(toModelJson(state.model)).toEqual(EXERCISE2);
		expect(total(toModelJson(state.model))).toBe(903_400);
		expect(state.memory).toEqual({
			batch: 50,
			dtype: 'float32',
			mode: 'training',
			optimizer: 'none',
		});
	});

	it('round-trips a preset through the editor unchanged, names included', () => {
		for (const json of [EXERCISE2, alexnet(), vgg16()]) {
			expect(toModelJson(fromModelJson(json))).toEqual(json);
		}
	});

	it('adds a layer at the end with a fresh id, and removes it again', () => {
		const model = fromModelJson(EXERCISE2);
		const added = addLayer(model, 'flatten');
		expect(added.layers).toHaveLength(4);
		expect(added.layers[3]).toEqual({ uid: 4, json: { type: 'flatten' } });
		expect(removeLayer(added, 4)).toEqual(model);
	});

	it('does not add past the layer limit', () => {
		let model = fromModelJson(EXERCISE2);
		for (let i = 0; i < MAX_LAYERS + 5; i++) model = addLayer(model, 'dropout');
		expect(model.layers).toHaveLength(MAX_LAYERS);
	});

	it('moves a layer up and down, and does nothing past either end', () => {
		const model = fromModelJson(EXERCISE2);
		const moved = moveLayer(model, 3, -1);
		expect(moved.layers.map((l) => l.uid)).toEqual([1, 3, 2]);
		expect(moveLayer(model, 1, -1)).toBe(model);
		expect(moveLayer(model, 3, 1)).toBe(model);
		expect(moveLayer(moved, 3, 1).layers.map((l) => l.uid)).toEqual([1, 2, 3]);
	});

	it('sets a field, and removing it brings back the engine default', () => {
		const model = setLayerField(fromModelJson(EXERCISE2), 1, 'filters', 50);
		expect(total(toModelJson(model))).toBe((3 * 3 * 3 + 1) * 50 + (3 * 3 * 50 + 1) * 200 + 720_400);
		const valid = setLayerField(model, 1, 'padding', undefined);
		expect(valid.layers[0]?.json).not.toHaveProperty('padding');
	});

	it('keeps the shared fields when a layer changes type, and drops its name', () => {
		const model = fromModelJson(alexnet());
		const changed = setLayerType(model, 1, 'separableConv2d');
		expect(changed.layers[0]?.json).toEqual({
			type: 'separableConv2d',
			filters: 64,
			kernel: 11,
			strides: 4,
			padding: 2,
			activation: 'relu',
		});
		expect(setLayerType(model, 1, 'flatten').layers[0]?.json).toEqual({ type: 'flatten' });
	});

	it('changes one axis of the input', () => {
		const model = setInput(fromModelJson(EXERCISE2), 2, 1);
		expect(model.input).toEqual([200, 300, 1]);
		expect(total(toModelJson(model))).toBe((3 * 3 * 1 + 1) * 100 + 180_200 + 720_400);
	});
});

describe('what the editor accepts from a paste or a link', () => {
	it('accepts the presets', () => {
		expect(checkEditable(EXERCISE2)).toBeUndefined();
		expect(checkEditable(vgg16())).toBeUndefined();
	});

	it('passes on the engine’s own error for invalid JSON', () => {
		const problem = checkEditable({ input: [8, 8, 3], layers: [{ type: 'conv2d', filter: 3 }] });
		expect(problem?.code).toBe('engine');
		if (problem?.code === 'engine') expect(problem.error.code).toBe('unknown-field');
	});

	it('refuses what the editor cannot show: vectors, other types, branches, absurd sizes', () => {
		expect(checkEditable({ input: [784], layers: [{ type: 'dense', units: 10 }] })).toEqual({
			code: 'not-image',
		});
		expect(
			checkEditable({ input: [8, 8, 3], layers: [{ type: 'activation', fn: 'relu' }] }),
		).toEqual({ code: 'unsupported-type', type: 'activation', index: 0 });
		expect(
			checkEditable({
				input: [8, 8, 3],
				layers: [{ type: 'flatten', inputs: ['input'] }],
			}),
		).toEqual({ code: 'branches', index: 0 });
		expect(
			checkEditable({ input: [8, 8, 3], layers: [{ type: 'conv2d', filters: 1e9, kernel: 3 }] }),
		).toEqual({ code: 'out-of-range' });
		expect(
			checkEditable({ input: [8, 8, 3], layers: [{ type: 'flatten', name: 'x'.repeat(100) }] }),
		).toEqual({ code: 'out-of-range' });
	});
});

describe('the presets', () => {
	it('loads each preset with the total its reference implementation reports', async () => {
		for (const key of PRESET_KEYS) {
			const json = await loadPreset(key);
			expect(checkEditable(json), key).toBeUndefined();
			expect(total(json), key).toBe(PRESETS.find((p) => p.id === key)?.params);
		}
	});
});
