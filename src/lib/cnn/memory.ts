import { BYTES_PER_UNIT } from '../i18n/format.ts';
import { checkCount, entry, type CnnError } from './errors.ts';
import { bool, int, oneOf, type Field } from './fields.ts';
import { RULES } from './layers/index.ts';
import { sizeOf } from './shapes.ts';
import { attempt, parseJson, summary } from './summary.ts';
import type { LayerType, Model, Summary } from './types.ts';
import { parseModel } from './validate.ts';

/**
 * The memory model. Every figure is bytes = values × bytes per value (× batch for activations).
 *
 * - **Weights:** all parameters, trainable and not (batch-norm statistics included).
 * - **Inference:** layers run in dependency order; a tensor, the model input included, lives from
 *   the step that produces it until the last step that reads it (model outputs until the end).
 *   The activation peak is the largest total alive at any step. For a chain that is the largest
 *   pair of neighbouring tensors, and the input is counted only while alive, never twice.
 * - **Training:** every layer output is kept for the backward pass, plus the input batch. Pure
 *   views (flatten, reshape) share their input's memory and count 0 bytes; at inference dropout is
 *   the identity and is a view too.
 * - **Gradients:** one value per trainable parameter. **Optimizer state:** SGD none, momentum one
 *   value per trainable parameter, Adam two (first and second moments).
 * - **Checkpointing:** only every ⌈√n⌉-th of the n kept outputs is stored; during the backward
 *   pass each segment between two checkpoints is recomputed, so the largest segment is added
 *   once. The cost is recomputing the dropped layers: at most one more forward pass of MACs.
 * - **Mixed precision:** activations, the input batch and gradients in 16 bits; weights as a
 *   float32 master copy plus a 16-bit copy (6 bytes per parameter); optimizer state in float32.
 *   `dtype` is then ignored.
 */

/** Number formats a value can be stored in, widest first; a picker lists them from here. */
export const DTYPES = ['float32', 'float16', 'bfloat16', 'int8'] as const;

/** One of {@link DTYPES}. */
export type Dtype = (typeof DTYPES)[number];

/** Bytes per value for each {@link Dtype}. */
export const BYTES_PER_VALUE: Readonly<Record<Dtype, number>> = {
	float32: 4,
	float16: 2,
	bfloat16: 2,
	int8: 1,
};

/** Whether the model is only run forward or also trained; a picker lists them from here. */
export const MODES = ['inference', 'training'] as const;

/** One of {@link MODES}. */
export type Mode = (typeof MODES)[number];

/**
 * Optimizers, which differ in how many values they keep per trainable parameter, from no state
 * to Adam's two; a picker lists them from here.
 */
export const OPTIMIZERS = ['none', 'sgd', 'momentum', 'adam'] as const;

/** One of {@link OPTIMIZERS}. */
export type Optimizer = (typeof OPTIMIZERS)[number];

/** Values of optimizer state per trainable parameter. */
export const OPTIMIZER_SLOTS: Readonly<Record<Optimizer, number>> = {
	none: 0,
	sgd: 0,
	momentum: 1,
	adam: 2,
};

/** What to estimate; every option has a default, so `memory(model)` is one image in float32. */
export interface MemoryOptions {
	/** Examples per batch [1]. */
	readonly batch?: number | undefined;
	/** Storage format [float32]. */
	readonly dtype?: Dtype | undefined;
	/** [inference]. */
	readonly mode?: Mode | undefined;
	/** [none]. */
	readonly optimizer?: Optimizer | undefined;
	/** Count gradients in the training total [true unless the optimizer is "none"]. */
	readonly gradients?: boolean | undefined;
	/** Gradient checkpointing while training [false]. */
	readonly checkpointing?: boolean | undefined;
	/** Mixed-precision training [false]. */
	readonly mixedPrecision?: boolean | undefined;
}

/** {@link MemoryOptions} with every default filled in. */
export type ResolvedMemoryOptions = {
	readonly [K in keyof MemoryOptions]-?: NonNullable<MemoryOptions[K]>;
};

/** The parts of a memory estimate, in the order they are reported. */
export type MemoryItemKey =
	'weights' | 'gradients' | 'optimizerState' | 'activations' | 'inputBatch' | 'inferencePeak';

/** One line of the breakdown; `counted` says whether it is part of `total` in this mode. */
export interface MemoryItem {
	readonly key: MemoryItemKey;
	readonly bytes: number;
	readonly counted: boolean;
}

/**
 * Every figure is always computed, whatever the mode, so a widget can show what switching mode,
 * optimizer or precision would add; `total` sums the items `counted` for these options.
 */
export interface MemoryReport {
	readonly options: ResolvedMemoryOptions;
	/** Bytes per activation value (2 with mixed precision). */
	readonly bytesPerValue: number;
	readonly weights: number;
	readonly gradients: number;
	readonly optimizerState: number;
	/** Layer outputs kept for the backward pass (training), for the whole batch. */
	readonly activations: number;
	readonly inputBatch: number;
	/** Largest total of tensors alive at one step during inference, input included. */
	readonly inferencePeak: number;
	/** The layer being computed when the inference peak is reached. */
	readonly peakLayer: string;
	readonly total: number;
	readonly items: readonly MemoryItem[];
	/** Layer outputs kept for the backward pass: all non-view outputs, or about √n when checkpointing. */
	readonly checkpoints: number;
	/** MACs per example spent recomputing dropped outputs when checkpointing, else 0. */
	readonly recomputeMacs: number;
}

const OPTION_FIELDS: {
	readonly [K in keyof MemoryOptions]-?: Field<NonNullable<MemoryOptions[K]>>;
} = {
	batch: int(1),
	dtype: oneOf<Dtype>(DTYPES, 'float32'),
	mode: oneOf<Mode>(MODES, 'inference'),
	optimizer: oneOf<Optimizer>(OPTIMIZERS, 'none'),
	gradients: bool(true),
	checkpointing: bool(false),
	mixedPrecision: bool(false),
};

function option<K extends keyof MemoryOptions>(
	options: MemoryOptions,
	key: K,
): NonNullable<MemoryOptions[K]> {
	const field = OPTION_FIELDS[key];
	const value = options[key];
	const result = value === undefined ? field.fallback : field.parse(value, key);
	return result as NonNullable<MemoryOptions[K]>;
}

function resolveOptions(options: MemoryOptions): ResolvedMemoryOptions {
	const optimizer = option(options, 'optimizer');
	return {
		batch: option(options, 'batch'),
		dtype: option(options, 'dtype'),
		mode: option(options, 'mode'),
		optimizer,
		gradients:
			options.gradients === undefined ? optimizer !== 'none' : option(options, 'gradients'),
		checkpointing: option(options, 'checkpointing'),
		mixedPrecision: option(options, 'mixedPrecision'),
	};
}

function isView(type: LayerType, mode: Mode): boolean {
	return RULES[type].view || (mode === 'inference' && type === 'dropout');
}

/**
 * Values alive at the worst step of inference, following tensors from producer to last reader.
 * Views are aliases: they extend the life of the buffer they share instead of adding one.
 * Buffers are numbered by the layer that allocates them; the model input is number n.
 */
function inferencePeak(s: Summary): { values: number; step: number } {
	const n = s.order.length;
	const buffer = new Int32Array(n);
	const birth = new Int32Array(n + 1);
	const death = new Int32Array(n + 1);
	const size = new Float64Array(n + 1);
	const read = new Uint8Array(n);
	size[n] = sizeOf(s.inputShape);
	const bufferOf = (source: number) => (source < 0 ? n : entry(buffer, source));
	s.order.forEach((index, t) => {
		const sources = entry(s.sources, index);
		for (const source of sources) {
			if (source >= 0) read[source] = 1;
			death[bufferOf(source)] = t;
		}
		const row = entry(s.layers, index);
		if (isView(row.type, 'inference')) {
			buffer[index] = bufferOf(entry(sources, 0));
		} else {
			buffer[index] = index;
			size[index] = row.outputSize;
			birth[index] = t;
			death[index] = t;
		}
	});
	read.forEach((wasRead, index) => {
		if (wasRead === 0) death[bufferOf(index)] = n - 1;
	});
	const delta = new Float64Array(n + 1);
	size.forEach((values, id) => {
		addAt(delta, entry(birth, id), values);
		addAt(delta, entry(death, id) + 1, -values);
	});
	let alive = 0;
	let values = 0;
	let step = 0;
	delta.subarray(0, n).forEach((change, t) => {
		alive += change;
		if (alive > values) {
			values = alive;
			step = t;
		}
	});
	return { values, step };
}

/** `values[index] += amount`, for a typed array whose every index in range starts at 0. */
function addAt(values: Float64Array, index: number, amount: number): void {
	values[index] = entry(values, index) + amount;
}

/**
 * Values kept for the backward pass. Without checkpointing, every non-view output; with it, every
 * ⌈√n⌉-th output plus the largest segment between two kept ones, which is rebuilt while its
 * gradients are computed. Layers run in dependency order are treated as one chain.
 */
function trainingActivations(
	s: Summary,
	checkpointing: boolean,
): { values: number; kept: number; recomputeMacs: number } {
	const rows = s.order
		.map((i) => entry(s.layers, i))
		.filter((row) => !isView(row.type, 'training'));
	const all = rows.reduce((sum, row) => sum + row.outputSize, 0);
	if (!checkpointing || rows.length === 0)
		return { values: all, kept: rows.length, recomputeMacs: 0 };
	const every = Math.ceil(Math.sqrt(rows.length));
	let kept = 0;
	let stored = 0;
	let segment = 0;
	let largest = 0;
	let recomputeMacs = 0;
	rows.forEach((row, i) => {
		if (i % every === every - 1) {
			kept++;
			stored += row.outputSize;
			segment = 0;
		} else {
			segment += row.outputSize;
			recomputeMacs += row.macs;
			if (segment > largest) largest = segment;
		}
	});
	return { values: stored + largest, kept, recomputeMacs };
}

function isSummary(source: Model | Summary): source is Summary {
	return 'totalParams' in source;
}

/**
 * Estimates the memory a model needs for a batch, split into the parts a student can reason
 * about (see the memory model at the top of this file and in `README.md`). Exercise 2 in float32:
 * inference for one image is 3.61 MB of weights + a 9 MB peak ≈ 12.6 MB; training a batch of 50
 * is 565.6 MB, before gradients (+3.6 MB) and Adam's state (+7.2 MB).
 *
 * @throws {CnnError} for invalid options or a byte count past 2⁵³.
 */
export function memory(source: Model | Summary, options: MemoryOptions = {}): MemoryReport {
	const opts = resolveOptions(options);
	const s = isSummary(source) ? source : summary(source);
	const mixed = opts.mixedPrecision;
	const bytesPerValue = mixed ? 2 : BYTES_PER_VALUE[opts.dtype];
	const perExample = bytesPerValue * opts.batch;
	const bytes = (values: number) => checkCount(values * perExample, 'bytes');
	const training = opts.mode === 'training';

	const weights = checkCount(s.totalParams * (mixed ? 4 + 2 : bytesPerValue), 'bytes');
	const gradients = checkCount(s.trainableParams * bytesPerValue, 'bytes');
	const optimizerState = checkCount(
		s.trainableParams * OPTIMIZER_SLOTS[opts.optimizer] * (mixed ? 4 : bytesPerValue),
		'bytes',
	);
	const kept = trainingActivations(s, opts.checkpointing && training);
	const activations = bytes(kept.values);
	const inputBatch = bytes(sizeOf(s.inputShape));
	const peak = inferencePeak(s);
	const inferenceBytes = bytes(peak.values);

	const items: MemoryItem[] = [
		{ key: 'weights', bytes: weights, counted: true },
		{ key: 'gradients', bytes: gradients, counted: training && opts.gradients },
		{ key: 'optimizerState', bytes: optimizerState, counted: training },
		{ key: 'activations', bytes: activations, counted: training },
		{ key: 'inputBatch', bytes: inputBatch, counted: training },
		{ key: 'inferencePeak', bytes: inferenceBytes, counted: !training },
	];
	const total = checkCount(
		items.reduce((sum, item) => (item.counted ? sum + item.bytes : sum), 0),
		'bytes',
	);
	return {
		options: opts,
		bytesPerValue,
		weights,
		gradients,
		optimizerState,
		activations,
		inputBatch,
		inferencePeak: inferenceBytes,
		peakLayer: entry(s.layers, entry(s.order, peak.step)).name,
		total,
		items,
		checkpoints: kept.kept,
		recomputeMacs: kept.recomputeMacs,
	};
}

/** Bytes in decimal megabytes (10⁶), the unit of the book and of disk sizes. */
export function toMB(bytes: number): number {
	return bytes / BYTES_PER_UNIT.MB;
}

/** Bytes in mebibytes (2²⁰), the unit of `nvidia-smi` and PyTorch's memory reports. */
export function toMiB(bytes: number): number {
	return bytes / BYTES_PER_UNIT.MiB;
}

/**
 * `parseModel`, `summary` and `memory` in one call that returns its error instead of throwing,
 * for widgets; a string is read as JSON text.
 */
export function tryMemory(
	json: unknown,
	options: MemoryOptions = {},
):
	| { readonly ok: true; readonly report: MemoryReport }
	| { readonly ok: false; readonly error: CnnError } {
	const result = attempt(() =>
		memory(parseModel(typeof json === 'string' ? parseJson(json) : json), options),
	);
	return result.ok ? { ok: true, report: result.value } : result;
}
