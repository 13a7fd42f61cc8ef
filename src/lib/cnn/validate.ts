import { CnnError, quote, type LayerRef } from './errors.ts';
import { invalid, oneOf, shape, type Where } from './fields.ts';
import { resolveGraph } from './graph.ts';
import { RULES } from './layers/index.ts';
import type { AnyRule } from './layers/rule.ts';
import {
	CONVENTIONS,
	LAYER_TYPES,
	type Convention,
	type Layer,
	type LayerJson,
	type LayerType,
	type Model,
} from './types.ts';

const MODEL_FIELDS = ['name', 'convention', 'input', 'layers'];
const COMMON_FIELDS = ['type', 'name', 'inputs'];
const TYPES: ReadonlySet<unknown> = new Set(LAYER_TYPES);
const convention = oneOf<Convention>(CONVENTIONS, 'keras');
const inputShape = shape(false);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rejects a key the format does not know: a typo such as `filter` must not silently become a default. */
function unknownField(
	key: string,
	allowed: readonly string[],
	layer?: LayerRef,
	owner?: string,
): never {
	throw new CnnError('unknown-field', {
		layer,
		field: key,
		params: owner === undefined ? { allowed } : { allowed, owner },
		scope: layer ? undefined : 'model',
	});
}

function readName(value: unknown, where: Where): string {
	if (typeof value === 'string' && value.length > 0) return value;
	return invalid('not-string', { field: 'name', where }, value, 'name');
}

function readInputs(value: unknown, where: Where): readonly string[] {
	const at = { field: 'inputs', where };
	if (!Array.isArray(value) || value.length === 0) return invalid('not-list', at, value, 'names');
	for (const name of value) {
		if (typeof name !== 'string' || name.length === 0) invalid('not-string', at, value, 'names');
	}
	return value.slice() as string[];
}

/**
 * Checks a model written in JSON and returns it with every default filled in, every layer named
 * and the graph resolved. Everything else in the engine takes the result, so that no later step
 * needs to defend against malformed input.
 *
 * Unnamed layers get Keras-style names (`conv2d`, `conv2d_1`, …, `batch_normalization`), skipping
 * names already taken by named layers.
 *
 * @throws {CnnError} for any problem, naming the layer and field.
 */
export function parseModel(json: unknown): Model {
	if (!isObject(json)) invalid('not-object', { field: '', where: 'model' }, json, 'object');
	for (const key in json) if (!MODEL_FIELDS.includes(key)) unknownField(key, MODEL_FIELDS);
	const name = json.name === undefined ? 'model' : readName(json.name, 'model');
	const conv =
		json.convention === undefined
			? 'keras'
			: convention.parse(json.convention, 'convention', 'model');
	if (json.input === undefined) {
		throw new CnnError('missing-field', { field: 'input', scope: 'model' });
	}
	const input = inputShape.parse(json.input, 'input', 'model');
	const list = json.layers;
	if (list === undefined) throw new CnnError('missing-field', { field: 'layers', scope: 'model' });
	if (!Array.isArray(list)) invalid('not-list', { field: 'layers', where: 'model' }, list, 'list');
	if (list.length === 0) throw new CnnError('no-layers', { scope: 'model' });

	const { names, byName } = nameLayers(list);
	const layers = new Array<Layer>(list.length);
	for (let index = 0; index < list.length; index++) {
		layers[index] = readLayer(list[index] as Record<string, unknown>, index, names);
	}
	const graph = resolveGraph(layers, byName);
	return { name, convention: conv, input, layers, sources: graph.sources, order: graph.order };
}

/**
 * First pass: check each entry is an object of a known type and collect explicit names, then give
 * the rest default names. Names come first so that every later error can say which layer it is.
 */
function nameLayers(list: readonly unknown[]): { names: string[]; byName: Map<string, number> } {
	const names = new Array<string>(list.length);
	const taken = new Map<string, number>();
	let unnamed = 0;
	for (let index = 0; index < list.length; index++) {
		const json = list[index];
		if (!isObject(json)) invalid('not-object', { field: '', where: { index } }, json, 'object');
		const given = json.name;
		if (given === undefined) {
			unnamed++;
		} else {
			const name = readName(given, { index });
			if (name === 'input') {
				throw new CnnError('reserved-name', { layer: { index, name }, field: 'name' });
			}
			const other = taken.get(name);
			if (other !== undefined) {
				throw new CnnError('duplicate-name', {
					layer: { index, name },
					field: 'name',
					params: { name, other: other + 1 },
				});
			}
			taken.set(name, index);
			names[index] = name;
		}
		const type = json.type;
		if (!TYPES.has(type)) {
			const layer = { index, name: names[index] };
			if (type === undefined) throw new CnnError('missing-field', { layer, field: 'type' });
			throw new CnnError('unknown-type', {
				layer,
				field: 'type',
				params: { got: quote(type), known: LAYER_TYPES },
			});
		}
	}
	if (unnamed > 0) nameDefaults(list, names, taken);
	return { names, byName: taken };
}

/** Keras's scheme: `conv2d`, `conv2d_1`, … per type, skipping names someone already chose. */
function nameDefaults(list: readonly unknown[], names: string[], taken: Map<string, number>): void {
	const counters = new Map<string, number>();
	for (let index = 0; index < list.length; index++) {
		if (names[index] !== undefined) continue;
		const prefix = RULES[(list[index] as { type: LayerType }).type].kerasName;
		let n = counters.get(prefix) ?? 0;
		let candidate = n === 0 ? prefix : `${prefix}_${n}`;
		while (taken.has(candidate)) candidate = `${prefix}_${++n}`;
		counters.set(prefix, n + 1);
		taken.set(candidate, index);
		names[index] = candidate;
	}
}

/**
 * Second pass: one layer's fields, read through its type's field table. It starts from the type's
 * template of defaults and visits only the keys present, so a typical layer costs one loop over
 * its own few keys; this is most of the time `parseModel` takes.
 */
function readLayer(json: Record<string, unknown>, index: number, names: readonly string[]): Layer {
	const type = json.type as LayerType;
	const rule = RULES[type];
	const name = names[index];
	const ref: LayerRef = { index, name };
	// Object.assign copies a template much faster than spread syntax does in V8.
	const layer: Record<string, unknown> = Object.assign({}, rule.template);
	layer.type = type;
	layer.name = name;
	layer.index = index;
	layer.inputs = [index === 0 ? 'input' : names[index - 1]];
	let required = 0;
	for (const key in json) {
		if (key === 'type' || key === 'name') continue;
		const value = json[key];
		if (key === 'inputs') {
			if (value !== undefined) layer.inputs = readInputs(value, ref);
			continue;
		}
		const field = rule.fields.get(key);
		if (field === undefined) unknownField(key, [...COMMON_FIELDS, ...rule.fieldNames], ref, type);
		if (value === undefined) continue;
		layer[key] = field.parse(value, key, ref);
		if (field.fallback === undefined && field.defaultFrom === undefined) required++;
	}
	if (required < rule.required.length) {
		const missing = rule.required.find((key) => json[key] === undefined);
		throw new CnnError('missing-field', { layer: ref, field: missing });
	}
	for (const [key, source] of rule.derived) if (json[key] === undefined) layer[key] = layer[source];
	return layer as unknown as Layer;
}

/** The registry as callers with outside JSON see it: its `type` may be one the engine lacks. */
const KNOWN_RULES: Readonly<Partial<Record<string, AnyRule>>> = RULES;

/**
 * The value `parseModel` computes with when a layer's JSON leaves `key` out, read from the layer
 * type's own field table, so an editor can show what the engine will use without keeping a copy
 * of its defaults (a pool's stride is its window, a convolution's is 1). A default that copies
 * another field is read from that field of `layer`, as written. Undefined for a required field or
 * one the type does not have. Pairs come back normalised (`[1, 1]`); treat them as read-only.
 */
export function fieldDefault(layer: LayerJson, key: string): unknown {
	const field = KNOWN_RULES[layer.type]?.fields.get(key);
	if (field?.defaultFrom === undefined) return field?.fallback;
	const source = (layer as unknown as Readonly<Record<string, unknown>>)[field.defaultFrom];
	return source ?? fieldDefault(layer, field.defaultFrom);
}

/**
 * Whether a layer type has a field, e.g. a stride: a widget that acts on "every layer with a
 * stride" asks the engine's field tables instead of listing the types itself.
 */
export function hasField(type: LayerType, key: string): boolean {
	return KNOWN_RULES[type]?.fields.has(key) ?? false;
}
