import {
	attempt,
	parseModel,
	type CnnError,
	type Convention,
	type Dtype,
	type LayerJson,
	type Mode,
	type ModelJson,
	type Optimizer,
} from '../../lib/cnn/index.ts';
import {
	EDITABLE_TYPES,
	FIELDS,
	FIELD_RULES,
	MAX_LAYERS,
	RULES,
	TEMPLATES,
	field,
	isEditableType,
	withField,
	type EditableType,
} from './layers.ts';
import { EXERCISE2, PRESET_KEYS, type PresetKey } from './presets.ts';

/**
 * The calculator's state and every change a reader can make to it, as pure functions: the
 * components only call these, so the rules (what "move up" does at the top, what a new layer
 * looks like) are unit-tested without a browser, and the URL codec round-trips exactly this.
 */

/** A layer in the editor: its engine JSON and an ID that survives reordering (for Preact keys). */
export interface EditorLayer {
	readonly uid: number;
	readonly json: LayerJson;
}

/** The model being edited: always an H×W×C input and a chain of layers. */
export interface ModelState {
	readonly name?: string;
	readonly convention: Convention;
	readonly input: readonly [number, number, number];
	readonly layers: readonly EditorLayer[];
}

/** The memory estimate's settings. */
export interface MemorySettings {
	readonly batch: number;
	readonly dtype: Dtype;
	readonly mode: Mode;
	readonly optimizer: Optimizer;
}

/** The full calculator's state (question 2's page). */
export interface CalcState {
	/** The preset the model came from, or `custom` once it has been edited or pasted. */
	readonly preset: PresetKey | 'custom';
	readonly model: ModelState;
	readonly memory: MemorySettings;
}

/** Number formats, in the order the select lists them; links are checked against this list. */
export const DTYPES: readonly Dtype[] = ['float32', 'float16', 'bfloat16', 'int8'];
/** Number formats are shown by their own names in both languages. */
export const DTYPE_NAMES: Readonly<Record<Dtype, string>> = {
	float32: 'float32',
	float16: 'float16',
	bfloat16: 'bfloat16',
	int8: 'int8',
};
/** Inference or training, for the mode select and for checking links. */
export const MODES: readonly Mode[] = ['inference', 'training'];
/** Optimizers, from no state to Adam's two values per parameter; for the select and links. */
export const OPTIMIZERS: readonly Optimizer[] = ['none', 'sgd', 'momentum', 'adam'];
/** How batch normalisation is counted: Keras 4 per channel, PyTorch 2. */
export const CONVENTIONS: readonly Convention[] = ['keras', 'pytorch'];

/** The book's training setting: a batch of 50 in float32, counting no optimizer or gradients. */
export const DEFAULT_MEMORY: MemorySettings = {
	batch: 50,
	dtype: 'float32',
	mode: 'training',
	optimizer: 'none',
};

/** Why a model cannot be edited here, though the engine may accept it. */
export type EditProblem =
	| { readonly code: 'engine'; readonly error: CnnError }
	| { readonly code: 'not-image' }
	| { readonly code: 'unsupported-type'; readonly type: string; readonly index: number }
	| { readonly code: 'branches'; readonly index: number }
	| { readonly code: 'too-many-layers' }
	| { readonly code: 'out-of-range' };

/** Longest layer or model name a link or a paste may carry; longer ones are not a real model. */
const MAX_NAME = 64;

function inRange(value: unknown, rule: { min: number; max: number }): boolean {
	return typeof value === 'number' && value >= rule.min && value <= rule.max;
}

/**
 * Checks JSON (pasted, or read from a link) the way the editor needs it: first the engine's own
 * validation, then what the editor can show: an H×W×C input within the fields' limits, a chain
 * (no `inputs`), only the editable types, names of a sane length.
 */
export function checkEditable(json: unknown): EditProblem | undefined {
	const parsed = attempt(() => parseModel(json));
	if (!parsed.ok) return { code: 'engine', error: parsed.error };
	const model = json as ModelJson;
	if (model.input.length !== 3) return { code: 'not-image' };
	const [h, w, c] = model.input;
	if (!inRange(h, RULES.size) || !inRange(w, RULES.size) || !inRange(c, RULES.channels)) {
		return { code: 'out-of-range' };
	}
	if (model.layers.length > MAX_LAYERS) return { code: 'too-many-layers' };
	if ((model.name?.length ?? 0) > MAX_NAME) return { code: 'out-of-range' };
	for (let index = 0; index < model.layers.length; index++) {
		const layer = model.layers[index];
		if (!isEditableType(layer.type)) return { code: 'unsupported-type', type: layer.type, index };
		if (layer.inputs !== undefined) return { code: 'branches', index };
		if ((layer.name?.length ?? 0) > MAX_NAME) return { code: 'out-of-range' };
		if (!fieldsInRange(layer, layer.type)) return { code: 'out-of-range' };
	}
	return undefined;
}

/** Whether every number the editor shows for a layer is one its field would accept. */
function fieldsInRange(layer: LayerJson, type: EditableType): boolean {
	return FIELDS[type].every((key) => {
		const value = field(layer, key);
		const rule = key === 'padding' ? RULES.padding : FIELD_RULES[key];
		if (rule === undefined || typeof value === 'string' || typeof value === 'boolean') return true;
		const numbers = Array.isArray(value) ? value : value === undefined ? [] : [value];
		return numbers.every((n) => inRange(n, rule));
	});
}

/** Editor state from a model `checkEditable` accepted; layers get IDs 1, 2, 3… */
export function fromModelJson(json: ModelJson): ModelState {
	const [h, w, c] = json.input;
	return {
		...(json.name === undefined ? {} : { name: json.name }),
		convention: json.convention ?? 'keras',
		input: [h, w, c],
		layers: json.layers.map((layer, i) => ({ uid: i + 1, json: layer })),
	};
}

/** The engine JSON of the edited model: what is summarised, exported and put in links. */
export function toModelJson(model: ModelState): ModelJson {
	return {
		...(model.name === undefined ? {} : { name: model.name }),
		convention: model.convention,
		input: model.input,
		layers: model.layers.map((layer) => layer.json),
	};
}

/** The calculator's first state: exercise 2 and the book's training setting. */
export function initialState(): CalcState {
	return { preset: 'exercise2', model: fromModelJson(EXERCISE2), memory: DEFAULT_MEMORY };
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
	if (from < 0 || to < 0 || to >= model.layers.length) return model;
	const layers = model.layers.slice();
	[layers[from], layers[to]] = [layers[to], layers[from]];
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
	return value === 'custom' || (PRESET_KEYS as readonly unknown[]).includes(value);
}

/** The types, for the "add a layer" menu. */
export { EDITABLE_TYPES };
