import { CnnError, quote, type ErrorCode, type ErrorParams, type LayerRef } from './errors.ts';
import type { Padding, Padding4, Pair } from './types.ts';

/**
 * One entry of a layer's field table: how to read the value and what to use when it is left out.
 * A table of these per layer type replaces a schema library, which would cost more bytes than the
 * whole engine in a widget's bundle.
 */
export interface Field<T> {
	/** Returns the normalised value or throws; `where` is only read to build an error. */
	readonly parse: (value: unknown, field: string, where?: Where) => T;
	/** Used when the field is absent; without it (and without `defaultFrom`) the field is required. */
	readonly fallback?: T | undefined;
	/** Copies another, earlier field when absent, e.g. a pool's `strides` default to its `pool`. */
	readonly defaultFrom?: string | undefined;
}

/**
 * Whose field it is: a layer, the model itself, or nobody (a function's options), so a failed
 * check can say "Layer 3 (conv2d_2): "kernel" must be …".
 */
export type Where = LayerRef | 'model' | undefined;

/** A field and its owner, as `invalid` needs them to build the error. */
export interface FieldContext {
	readonly field: string;
	readonly where?: Where;
}

/** Throws the type-check error shared by every field kind; `expected` keys a phrase in `messages.ts`. */
export function invalid(
	code: ErrorCode,
	at: FieldContext,
	value: unknown,
	expected: string,
	options?: readonly string[],
): never {
	const params: ErrorParams = options
		? { expected, got: quote(value), options }
		: { expected, got: quote(value) };
	const where = at.where;
	throw new CnnError(code, {
		layer: typeof where === 'object' ? where : undefined,
		field: at.field,
		scope: where === 'model' ? 'model' : undefined,
		params,
	});
}

/** A safe integer of at least `min`: the only kind of size or count the engine accepts. */
export function isInt(value: unknown, min: number): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function readPair(value: unknown, min: number): Pair | undefined {
	if (isInt(value, min)) return [value, value];
	if (Array.isArray(value) && value.length === 2 && isInt(value[0], min) && isInt(value[1], min)) {
		return [value[0], value[1]];
	}
	return undefined;
}

/** A positive integer such as `filters` or `units`. */
export function int(fallback?: number): Field<number> {
	return {
		fallback,
		parse: (value, field, where) =>
			isInt(value, 1) ? value : invalid('not-positive-integer', { field, where }, value, 'int'),
	};
}

/** A whole number that may be 0, such as LRN's `depthRadius`. */
export function nonNegInt(fallback?: number): Field<number> {
	return {
		fallback,
		parse: (value, field, where) =>
			isInt(value, 0)
				? value
				: invalid('not-non-negative-integer', { field, where }, value, 'nonNegInt'),
	};
}

/** `n` or `[h, w]` of positive integers, normalised to a pair: kernels, strides, dilations. */
export function pair(fallback?: number, defaultFrom?: string): Field<Pair> {
	return {
		fallback: fallback === undefined ? undefined : [fallback, fallback],
		defaultFrom,
		parse: (value, field, where) =>
			readPair(value, 1) ?? invalid('not-positive-integer', { field, where }, value, 'pair'),
	};
}

/** `"valid"`, `"same"`, or explicit symmetric amounts `n` / `[h, w]` (PyTorch style). */
export function padding(): Field<Padding> {
	return {
		fallback: 'valid',
		parse: (value, field, where) => {
			if (value === 'valid' || value === 'same') return value;
			return (
				readPair(value, 0) ??
				invalid('not-non-negative-integer', { field, where }, value, 'padding')
			);
		},
	};
}

/** `n`, `[h, w]` or `[[top, bottom], [left, right]]`, normalised to four amounts. */
export function padding4(fallback: number): Field<Padding4> {
	return {
		fallback: [fallback, fallback, fallback, fallback],
		parse: (value, field, where) => {
			const even = readPair(value, 0);
			if (even) return [even[0], even[0], even[1], even[1]];
			if (Array.isArray(value) && value.length === 2) {
				const rows = readPair(value[0], 0);
				const cols = readPair(value[1], 0);
				if (rows && cols && Array.isArray(value[0]) && Array.isArray(value[1])) {
					return [rows[0], rows[1], cols[0], cols[1]];
				}
			}
			return invalid('not-non-negative-integer', { field, where }, value, 'padding4');
		},
	};
}

/** One of a fixed list of strings, such as an activation name. */
export function oneOf<T extends string>(values: readonly T[], fallback?: T): Field<T> {
	return {
		fallback,
		parse: (value, field, where) =>
			(values as readonly unknown[]).includes(value)
				? (value as T)
				: invalid('invalid-option', { field, where }, value, 'option', values),
	};
}

/** `true` or `false`, nothing truthy or falsy in between. */
export function bool(fallback: boolean): Field<boolean> {
	return {
		fallback,
		parse: (value, field, where) =>
			typeof value === 'boolean' ? value : invalid('not-boolean', { field, where }, value, 'bool'),
	};
}

/**
 * A finite number in a range. `expected` names the range for the message ("rate", "fraction",
 * "positive" or plain "number"); `test` decides whether a finite number is inside it.
 */
export function num(
	fallback: number | undefined,
	expected: 'number' | 'rate' | 'fraction' | 'positive',
	test: (value: number) => boolean = () => true,
): Field<number> {
	return {
		fallback,
		parse: (value, field, where) => {
			if (typeof value !== 'number' || !Number.isFinite(value)) {
				return invalid('not-number', { field, where }, value, expected);
			}
			return test(value) ? value : invalid('out-of-range', { field, where }, value, expected);
		},
	};
}

/** The allowed ranks for the model input and reshape targets: vectors, matrices, feature maps. */
export const MAX_RANK = 3;

/**
 * A shape of 1 to 3 positive integers; for `reshape`, one entry may be -1 (to be inferred).
 * A list of the right length with a bad entry is a size problem ("not a positive integer"); a
 * value that is not such a list at all is a shape problem.
 */
export function shape(allowInferred: boolean): Field<readonly number[]> {
	const expected = allowInferred ? 'reshape' : 'shape';
	return {
		parse: (value, field, where) => {
			if (!Array.isArray(value) || value.length < 1 || value.length > MAX_RANK) {
				return invalid('invalid-shape', { field, where }, value, expected);
			}
			let inferred = 0;
			for (const size of value) {
				if (allowInferred && size === -1 && inferred++ === 0) continue;
				if (!isInt(size, 1))
					return invalid('not-positive-integer', { field, where }, value, expected);
			}
			return value.slice() as number[];
		},
	};
}
