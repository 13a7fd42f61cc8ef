import type { NumberRule } from '../../lib/i18n/number-input.ts';
import type { LayerJson } from '../../lib/cnn/index.ts';

/*
 * What every mode of the calculator shares about numbers and layer JSON: the limits of each kind
 * of field and a few accessors. They live apart from `layers.ts` (the full editor's types, fields
 * and templates) because a bundle holds whole modules: questions 1 and 3 need these few lines,
 * not the editor's tables. The limits exist so that an absurd entry is refused next to its field
 * instead of reaching the engine; links and pasted JSON are held to them too.
 */

/** Limits of every number a reader can type; links and pasted JSON are held to them too. */
export const RULES = {
	size: { min: 1, max: 8192 },
	channels: { min: 1, max: 4096 },
	count: { min: 1, max: 100_000 },
	window: { min: 1, max: 512 },
	padding: { min: 0, max: 512 },
	depthMultiplier: { min: 1, max: 64 },
	rate: { min: 0, max: 0.99, integer: false },
	batch: { min: 1, max: 100_000 },
} as const satisfies Record<string, NumberRule>;

/** A field of a layer's JSON, whatever its type. */
export function field(layer: LayerJson, key: string): unknown {
	return (layer as unknown as Readonly<Record<string, unknown>>)[key];
}

/** A size written as `3` or `[3, 5]`, as `[h, w]`; `fallback` when the field is absent. */
export function pairOf(value: unknown, fallback: readonly [number, number]): [number, number] {
	if (typeof value === 'number') return [value, value];
	if (Array.isArray(value) && value.length === 2) return [Number(value[0]), Number(value[1])];
	return [fallback[0], fallback[1]];
}

/** `[h, w]` written back the short way when both axes agree, as the presets write it. */
export function pairJson(pair: readonly [number, number]): number | [number, number] {
	return pair[0] === pair[1] ? pair[0] : [pair[0], pair[1]];
}
