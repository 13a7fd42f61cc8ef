import { attempt, parseModel, type LayerJson, type ModelJson } from '../../lib/cnn/index.ts';
import { FIELDS, FIELD_RULES, MAX_LAYERS, isEditableType, type EditableType } from './layers.ts';
import { RULES, field } from './rules.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { EditProblem } from './full-state.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { ProblemStrings } from './strings.ts';

/*
 * What the editor accepts from outside, a pasted model or one read from a link, and the sentence
 * that says why when it does not. Only the paste tools and the link codecs use it, and both load
 * on first use, so a page that is only read never downloads these checks.
 */

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
	for (const [index, layer] of model.layers.entries()) {
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

/**
 * The sentence for a model the editor cannot take, from a paste or a link: the engine's own
 * message when the engine refused it, otherwise the calculator's reason.
 */
export function editProblemText(t: ProblemStrings, lang: Lang, problem: EditProblem): string {
	switch (problem.code) {
		case 'engine':
			return problem.error.describe(lang);
		case 'not-image':
			return t.notImage;
		case 'unsupported-type':
			return fill(t.unsupported, { n: problem.index + 1, type: problem.type });
		case 'branches':
			return fill(t.branches, { n: problem.index + 1 });
		case 'too-many-layers':
			return t.tooMany;
		case 'out-of-range':
			return t.outOfRange;
	}
}
