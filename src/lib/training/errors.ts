import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Why the lab refuses a model the engine accepts. The engine's own `CnnError` (a shape that
 * collapses below 1×1, a bad field) passes through unchanged; these cover what the engine allows
 * but this small trainer cannot do, so a reader learns it before any work starts.
 */
export type TrainingErrorCode =
	| 'unsupported-layer'
	| 'unsupported-value'
	| 'not-a-chain'
	| 'needs-flatten'
	| 'softmax-not-last'
	| 'wrong-input'
	| 'wrong-output'
	| 'too-many-params';

type Facts = Readonly<Record<string, string | number | readonly number[]>>;

function show(value: Facts[string] | undefined, lang: Lang): string {
	if (value === undefined) return '?';
	if (typeof value === 'number') return formatNumber(value, lang);
	if (typeof value === 'string') return value;
	return value.map((v) => formatNumber(v, lang)).join('×');
}

const MESSAGES: Record<TrainingErrorCode, Record<Lang, (f: (key: string) => string) => string>> = {
	'unsupported-layer': {
		en: (f) =>
			`the lab cannot train a ${f('type')} layer; it trains conv2d, maxPool2d, avgPool2d, dense, flatten, dropout and activation layers.`,
		id: (f) =>
			`lab tidak dapat melatih layer ${f('type')}; yang dapat dilatih: conv2d, maxPool2d, avgPool2d, dense, flatten, dropout dan activation.`,
	},
	'unsupported-value': {
		en: (f) => `the lab cannot train with "${f('field')}" = ${f('value')}; use ${f('allowed')}.`,
		id: (f) =>
			`lab tidak dapat melatih dengan "${f('field')}" = ${f('value')}; gunakan ${f('allowed')}.`,
	},
	'not-a-chain': {
		en: () =>
			`the lab trains a plain chain of layers, each reading the one before; remove "inputs".`,
		id: () =>
			`lab melatih rantai layer biasa, masing-masing membaca layer sebelumnya; hapus "inputs".`,
	},
	'needs-flatten': {
		en: (f) =>
			`a dense layer here reads a ${f('shape')} feature map; add a flatten layer before it.`,
		id: (f) =>
			`layer dense di sini membaca feature map ${f('shape')}; tambahkan layer flatten sebelumnya.`,
	},
	'softmax-not-last': {
		en: () => `softmax may only end the model, where the loss reads it.`,
		id: () => `softmax hanya boleh di akhir model, tempat loss membacanya.`,
	},
	'wrong-input': {
		en: (f) => `the model's input must be ${f('expected')} (the images), not ${f('got')}.`,
		id: (f) => `input model harus ${f('expected')} (ukuran gambar), bukan ${f('got')}.`,
	},
	'wrong-output': {
		en: (f) =>
			`the model must end with ${f('classes')} outputs and a softmax, one per class; it ends with ${f('got')}.`,
		id: (f) =>
			`model harus diakhiri ${f('classes')} output dengan softmax, satu per kelas; model ini diakhiri ${f('got')}.`,
	},
	'too-many-params': {
		en: (f) =>
			`the model has ${f('params')} parameters; the lab trains at most ${f('max')} in a browser.`,
		id: (f) =>
			`model ini punya ${f('params')} parameter; lab melatih paling banyak ${f('max')} di peramban.`,
	},
};

/** A model the engine accepts but the lab cannot train; `describe(lang)` says why and what to do. */
export class TrainingError extends Error {
	readonly code: TrainingErrorCode;
	readonly facts: Facts;
	/** The offending layer, counted from 0, and its name. */
	readonly layer: { readonly index: number; readonly name: string } | undefined;

	constructor(
		code: TrainingErrorCode,
		facts: Facts = {},
		layer?: { readonly index: number; readonly name: string },
	) {
		super(code);
		this.code = code;
		this.facts = facts;
		this.layer = layer && { index: layer.index, name: layer.name };
		this.name = 'TrainingError';
		this.message = this.describe('en');
	}

	/** A sentence in the reader's language, prefixed as the engine's errors are. */
	describe(lang: Lang): string {
		const body = MESSAGES[this.code][lang]((key) => show(this.facts[key], lang));
		if (this.layer) return `Layer ${this.layer.index + 1} (${this.layer.name}): ${body}`;
		return `Model: ${body}`;
	}
}
