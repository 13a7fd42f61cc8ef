import type {
	Convention,
	Dtype,
	LayerJson,
	Mode,
	ModelJson,
	Optimizer,
} from '../../lib/cnn/index.ts';

/*
 * The model being edited and the memory settings, and the model's JSON both ways: apart from
 * `full-state.ts` (every change a reader makes), because the CNN lab holds its model in this
 * same form from its first render, and should not download the editor's changes and templates
 * before the reader opens the editor.
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

/** Editor state from a model `checkEditable` (`editable.ts`) accepted; layers get IDs 1, 2, 3… */
export function fromModelJson(json: ModelJson): ModelState {
	// Three sizes, each at least 1, are what `checkEditable` let through; the defaults are its minimum.
	const [h = 1, w = 1, c = 1] = json.input;
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
