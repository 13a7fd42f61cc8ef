import type { Lang } from '../i18n/lang.ts';
import { MESSAGES, type MessageArgs } from './messages.ts';

/**
 * Every way a model can be wrong, as a stable identifier. Widgets and tests switch on these
 * rather than on message text, which is free to improve.
 */
export type ErrorCode =
	| 'invalid-json'
	| 'not-object'
	| 'not-list'
	| 'missing-field'
	| 'unknown-field'
	| 'unknown-type'
	| 'not-positive-integer'
	| 'not-non-negative-integer'
	| 'not-number'
	| 'out-of-range'
	| 'not-boolean'
	| 'not-string'
	| 'invalid-option'
	| 'invalid-shape'
	| 'no-layers'
	| 'duplicate-name'
	| 'reserved-name'
	| 'unknown-input'
	| 'cycle'
	| 'wrong-input-count'
	| 'rank-mismatch'
	| 'kernel-too-large'
	| 'padding-too-large'
	| 'output-too-small'
	| 'shape-mismatch'
	| 'groups-mismatch'
	| 'reshape-mismatch'
	| 'too-large'
	| 'internal-error';

/** Which layer an error is about: its position (from 0) and, once known, its name. */
export interface LayerRef {
	readonly index: number;
	readonly name?: string | undefined;
}

/** A value a message may quote: numbers are formatted per language, lists of numbers as `5×5`. */
export type ParamValue = string | number | boolean | readonly number[] | readonly string[];

/** The facts behind a message, kept as data so a widget can highlight the offending value. */
export type ErrorParams = Readonly<Record<string, ParamValue>>;

/** Where an error points and the facts it reports; everything is optional. */
export interface ErrorDetails {
	readonly layer?: LayerRef | undefined;
	readonly field?: string | undefined;
	readonly params?: ErrorParams | undefined;
	/** Set for problems with the model's own fields (`input`, `layers`, …), not a layer's. */
	readonly scope?: 'model' | undefined;
}

/**
 * The only error the engine throws. It exists so that a student never sees a stack trace or a raw
 * `TypeError`: callers either show `describe(lang)` or branch on `code`, and the English text
 * doubles as `message` for logs and the command line.
 */
export class CnnError extends Error {
	readonly code: ErrorCode;
	readonly layer: LayerRef | undefined;
	readonly field: string | undefined;
	readonly params: ErrorParams;
	readonly scope: 'model' | undefined;

	constructor(code: ErrorCode, details: ErrorDetails = {}) {
		super(code);
		this.name = 'CnnError';
		this.code = code;
		this.layer = details.layer && { index: details.layer.index, name: details.layer.name };
		this.field = details.field;
		this.params = details.params ?? {};
		this.scope = details.scope;
		this.message = this.describe('en');
	}

	/**
	 * A complete sentence in the reader's language, naming the layer (counted from 1, as people
	 * count) and the field, e.g. "Layer 3 (conv2d_2): the kernel (5×5) is larger than its padded
	 * input (3×3)."
	 */
	describe(lang: Lang): string {
		const args: MessageArgs = { lang, field: this.field ?? '', params: this.params };
		const body = MESSAGES[this.code][lang](args);
		const layer = this.layer;
		if (layer) {
			const name = layer.name === undefined ? '' : ` (${layer.name})`;
			return `Layer ${layer.index + 1}${name}: ${body}`;
		}
		if (this.scope === 'model') return `Model: ${body}`;
		return body.charAt(0).toUpperCase() + body.slice(1);
	}
}

/**
 * Renders an offending value for a message, short enough for one line and safe for anything a
 * caller might pass (`undefined`, functions, cycles, BigInt), since input is `unknown`.
 */
export function quote(value: unknown): string {
	if (value === undefined) return 'undefined';
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	let text: string;
	try {
		// Undefined (despite its declared type) for a function or a symbol.
		const json = JSON.stringify(value) as string | undefined;
		text =
			json ??
			(typeof value === 'function' || typeof value === 'symbol'
				? String(value)
				: Object.prototype.toString.call(value));
	} catch {
		text = Object.prototype.toString.call(value);
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Largest count the engine reports; past it, doubles lose integers and it raises `too-large`. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * Guards a count that is a product or sum of non-negative integers. Checking only the result is
 * enough: if the exact value fits below 2⁵³ every partial product did too and was exact, and if it
 * does not, rounding cannot bring it back under.
 */
export function checkCount(
	value: number,
	what: 'params' | 'macs' | 'values' | 'bytes',
	layer?: LayerRef,
): number {
	if (value <= MAX_COUNT) return value;
	throw new CnnError('too-large', { layer, params: { what, value } });
}

/**
 * `list[index]` where the engine's own bookkeeping (a topological order, a layer's resolved
 * sources) guarantees the entry exists. A miss would be an engine bug; it becomes an
 * `internal-error` here rather than an `undefined` that turns into `NaN` three steps later.
 */
export function entry<T>(list: ArrayLike<T>, index: number): T {
	const value = list[index];
	if (value !== undefined) return value;
	throw new CnnError('internal-error', { params: { detail: `no entry ${String(index)}` } });
}
