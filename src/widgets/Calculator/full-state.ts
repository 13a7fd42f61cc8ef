import type { CnnError, LayerJson, ModelJson } from '../../lib/cnn/index.ts';
import {
	fromModelJson,
	toModelJson,
	type EditorLayer,
	type MemorySettings,
	type ModelState,
} from './model-state.ts';
import {
	EDITABLE_TYPES,
	FIELDS,
	MAX_LAYERS,
	TEMPLATES,
	withField,
	type EditableType,
} from './layers.ts';
import { field } from './rules.ts';
import { PRESET_KEYS, type PresetKey } from './networks.ts';
import { isOneOf } from '../../lib/one-of.ts';

/**
 * The calculator's state and every change a reader can make to it, as pure functions: the
 * components only call these, so the rules (what "move up" does at the top, what a new layer
 * looks like) are unit-tested without a browser, and the URL codec round-trips exactly this.
 */

/** The full calculator's state (question 2's page). */
export interface CalcState {
	/** The preset the model came from, or `custom` once it has been edited or pasted. */
	readonly preset: PresetKey | 'custom';
	readonly model: ModelState;
	readonly memory: MemorySettings;
}

/** The book's training setting: a batch of 50 in float32, counting no optimizer or gradients. */
export const DEFAULT_MEMORY: MemorySettings = {
	batch: 50,
	dtype: 'float32',
	mode: 'training',
	optimizer: 'none',
};

/** The book's two settings for question 2, in float32: one image to predict, 50 to train. */
export const BOOK_SETTINGS = {
	predict: { batch: 1, dtype: 'float32', mode: 'inference', optimizer: 'none' },
	train: { batch: 50, dtype: 'float32', mode: 'training', optimizer: 'none' },
} as const satisfies Record<string, MemorySettings>;

/** Why a model cannot be edited here, though the engine may accept it. */
export type EditProblem =
	| { readonly code: 'engine'; readonly error: CnnError }
	| { readonly code: 'not-image' }
	| { readonly code: 'unsupported-type'; readonly type: string; readonly index: number }
	| { readonly code: 'branches'; readonly index: number }
	| { readonly code: 'too-many-layers' }
	| { readonly code: 'out-of-range' };

/**
 * The calculator's first state: exercise 2 (its model, as the page's wrapper loaded it from the
 * registry) and the book's training setting.
 */
export function initialState(exercise2: ModelJson): CalcState {
	return { preset: 'exercise2', model: fromModelJson(exercise2), memory: DEFAULT_MEMORY };
}

function nextUid(model: ModelState): number {
	return model.layers.reduce((max, layer) => Math.max(max, layer.uid), 0) + 1;
}

/** Appends a new layer of a type, as its template; no-op past {@link MAX_LAYERS}. */
export function addLayer(model: ModelState, type: EditableType): ModelState {
	if (model.layers.length >= MAX_LAYERS) return model;
	return { ...model, layers: [...model.layers, { uid: nextUid(model), json: TEMPLATES[type] }] };
}

/** Removes a layer; the model may become empty, which the engine then reports. */
export function removeLayer(model: ModelState, uid: number): ModelState {
	return { ...model, layers: model.layers.filter((layer) => layer.uid !== uid) };
}

/** Moves a layer one place up (-1) or down (+1); no-op at either end. */
export function moveLayer(model: ModelState, uid: number, delta: -1 | 1): ModelState {
	const from = model.layers.findIndex((layer) => layer.uid === uid);
	const to = from + delta;
	const moving = model.layers[from];
	const other = model.layers[to];
	if (moving === undefined || other === undefined) return model;
	const layers = model.layers.slice();
	layers[from] = other;
	layers[to] = moving;
	return { ...model, layers };
}

/**
 * Turns a layer into another type. It starts from the new type's template but keeps the fields
 * both types have (a convolution's kernel, stride and padding survive a switch to a separable
 * one), so trying a type does not lose the reader's numbers. The name is dropped: "block1_conv1"
 * would mislabel a pooling layer, and the engine names it afresh.
 */
export function setLayerType(model: ModelState, uid: number, type: EditableType): ModelState {
	return mapLayer(model, uid, (old) => {
		let json = TEMPLATES[type];
		for (const key of FIELDS[type]) {
			const value = field(old, key);
			if (value !== undefined) json = withField(json, key, value);
		}
		return json;
	});
}

/** Sets one field of a layer (undefined removes it, so the engine's default applies). */
export function setLayerField(
	model: ModelState,
	uid: number,
	key: string,
	value: unknown,
): ModelState {
	return mapLayer(model, uid, (json) => withField(json, key, value));
}

function mapLayer(
	model: ModelState,
	uid: number,
	change: (json: LayerJson) => LayerJson,
): ModelState {
	return {
		...model,
		layers: model.layers.map((layer) =>
			layer.uid === uid ? { uid, json: change(layer.json) } : layer,
		),
	};
}

/** Sets the input's height (0), width (1) or channels (2). */
export function setInput(model: ModelState, axis: 0 | 1 | 2, value: number): ModelState {
	const input: [number, number, number] = [model.input[0], model.input[1], model.input[2]];
	input[axis] = value;
	return { ...model, input };
}

/** Whether a value names a preset or `custom`; for links. */
export function isPresetOrCustom(value: unknown): value is PresetKey | 'custom' {
	return value === 'custom' || isOneOf(value, PRESET_KEYS);
}

/** The types, for the "add a layer" menu. */
export { EDITABLE_TYPES };

/** The model's state and its JSON (`model-state.ts`), for the modules that import them from here. */
export { fromModelJson, toModelJson, type EditorLayer, type MemorySettings, type ModelState };
