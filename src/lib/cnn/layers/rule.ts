import { CnnError } from '../errors.ts';
import type { Field } from '../fields.ts';
import { formatShape, isFeatureMap } from '../shapes.ts';
import type { Convention, FeatureMap, Inputs, Layer, Shape } from '../types.ts';

/** What a layer rule works out for one example: its output shape and what it costs. */
export interface Inferred {
	readonly shape: Shape;
	readonly trainable: number;
	readonly nonTrainable: number;
	readonly macs: number;
}

/** Narrows gathered input shapes to `Inputs`; `resolveGraph` has already refused an empty list. */
export function isInputs(shapes: readonly Shape[]): shapes is Inputs {
	return shapes.length > 0;
}

/** The fields a layer type adds to the common `type`, `name`, `index` and `inputs`. */
type OwnFields<L> = Omit<L, 'type' | 'name' | 'index' | 'inputs'>;

/**
 * A layer type's field table, checked against its interface in `types.ts`: adding a field to one
 * without the other does not compile.
 */
export type FieldTable<L> = { readonly [K in keyof OwnFields<L>]-?: Field<OwnFields<L>[K]> };

/**
 * Everything the engine knows about one layer type, in one place: its JSON fields with their
 * defaults, its Keras default name, whether it merges several inputs, and its shape and count rule.
 */
export interface LayerRule<L extends Layer> {
	/** Prefix of default names, as Keras would generate them (`batch_normalization_3`). */
	readonly kerasName: string;
	readonly fields: FieldTable<L>;
	/** True for `add`, `multiply` and `concat`, which take two or more inputs. */
	readonly merge?: boolean;
	/** A pure view (flatten, reshape) shares its input's memory instead of allocating a new tensor. */
	readonly view?: boolean;
	readonly infer: (layer: L, inputs: Inputs, convention: Convention) => Inferred;
}

/**
 * A rule with its type parameter erased, so the registry can hold all of them in one record, and
 * with its field table pre-digested for `parseModel`, which runs on every keystroke in a widget.
 */
export interface AnyRule {
	readonly kerasName: string;
	readonly fieldNames: readonly string[];
	readonly fields: ReadonlyMap<string, Field<unknown>>;
	/** A layer with every default filled in, copied to start each parsed layer of this type. */
	readonly template: Readonly<Record<string, unknown>>;
	/** Fields without a default. */
	readonly required: readonly string[];
	/** Fields whose default copies another field: `[field, source]`. */
	readonly derived: readonly (readonly [string, string])[];
	readonly merge: boolean;
	readonly view: boolean;
	readonly infer: (layer: Layer, inputs: Inputs, convention: Convention) => Inferred;
}

/**
 * Erases a rule's layer type once, here, so each rule is written against its own precise layer
 * interface. The registry only ever calls `infer` with a layer of the matching `type`.
 */
export function defineRule<L extends Layer>(rule: LayerRule<L>): AnyRule {
	const fields: Record<string, Field<unknown>> = rule.fields;
	const entries = Object.entries(fields);
	const template: Record<string, unknown> = { type: '', name: '', index: 0, inputs: [] };
	for (const [key, field] of entries) template[key] = field.fallback;
	return {
		kerasName: rule.kerasName,
		fieldNames: Object.keys(fields),
		fields: new Map(entries),
		template,
		required: entries
			.filter(([, field]) => field.fallback === undefined && field.defaultFrom === undefined)
			.map(([key]) => key),
		derived: entries.flatMap(([key, field]) =>
			field.defaultFrom === undefined ? [] : [[key, field.defaultFrom] as const],
		),
		merge: rule.merge === true,
		view: rule.view === true,
		infer: rule.infer as AnyRule['infer'],
	};
}

/** Spatial layers only make sense on a feature map; anything else gets a readable error. */
export function requireFeatureMap(layer: Layer, shape: Shape): asserts shape is FeatureMap {
	if (isFeatureMap(shape)) return;
	throw new CnnError('rank-mismatch', {
		layer,
		params: { type: layer.type, got: formatShape(shape) },
	});
}

/** A parameter-free layer that keeps its input's shape. */
export function same(shape: Shape): Inferred {
	return { shape, trainable: 0, nonTrainable: 0, macs: 0 };
}
