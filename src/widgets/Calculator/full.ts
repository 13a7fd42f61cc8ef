import {
	ACTIVATIONS,
	CONVENTIONS,
	DTYPES,
	MODES,
	OPTIMIZERS,
	attempt,
	fieldDefault,
	formatShape,
	memory,
	parseModel,
	summary,
	working,
	type CnnError,
	type LayerJson,
	type LayerType,
	type MemoryItem,
	type MemoryOptions,
	type MemoryReport,
	type Model,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { FIELDS, isEditableType, type FieldKey } from './layers.ts';
import { field } from './rules.ts';
import { BOOK_SETTINGS, toModelJson, type MemorySettings, type ModelState } from './full-state.ts';

/**
 * The full mode (question 2) on the engine: the summary table, the memory estimate and the
 * book's figures for the edited model, as plain data in the page's language. The island loads
 * this module on the reader's first interaction; the page's `.astro` wrapper runs it at build
 * time for the first figures, so the page shows them without JavaScript and downloads no engine
 * before anyone acts.
 *
 * When a layer cannot be computed (a kernel larger than its input, an output below one pixel),
 * the engine stops at that layer; the table still shows the layers before it, computed on their
 * own, and marks the failing one with the engine's message.
 */

/** The outcome for the table. */
export type Analysis =
	| { readonly ok: true; readonly summary: Summary }
	| {
			readonly ok: false;
			readonly error: CnnError;
			/** Names of every layer, when the model parsed (the error is about shapes or counts). */
			readonly names?: readonly string[];
			/** The layers before the failing one, summarised on their own. */
			readonly partial?: Summary;
	  };

/** Summarises a model, or explains where and why it cannot be. */
export function analyse(json: ModelJson): Analysis {
	const parsed = attempt<Model>(() => parseModel(json));
	if (!parsed.ok) return parsed;
	const names = parsed.value.layers.map((layer) => layer.name);
	const result = attempt(() => summary(parsed.value));
	if (result.ok) return { ok: true, summary: result.value };
	const failing = result.error.layer?.index ?? 0;
	const prefix =
		failing > 0
			? attempt(() => summary(parseModel({ ...json, layers: json.layers.slice(0, failing) })))
			: undefined;
	return {
		ok: false,
		error: result.error,
		names,
		...(prefix?.ok ? { partial: prefix.value } : {}),
	};
}

/** A memory estimate, or the engine's error (a byte count past 2⁵³). */
export type MemoryResult =
	| { readonly ok: true; readonly report: MemoryReport }
	| { readonly ok: false; readonly error: CnnError };

/** Estimates memory for a summary, without throwing. */
export function estimateMemory(s: Summary, options: MemoryOptions): MemoryResult {
	const result = attempt(() => memory(s, options));
	return result.ok ? { ok: true, report: result.value } : result;
}

/**
 * The engine's lists the full and memory modes offer in their menus. The page's wrapper passes
 * them to the island, so the island's first download carries no engine module just for a list.
 */
export const CHOICES = {
	conventions: CONVENTIONS,
	activations: ACTIVATIONS,
	dtypes: DTYPES,
	modes: MODES,
	optimizers: OPTIMIZERS,
} as const;

/** The lists of {@link CHOICES}. */
export type Choices = typeof CHOICES;

/** A field's value, or the engine's default when it is absent, so the editor shows what is computed. */
export function fieldValue(layer: LayerJson, key: FieldKey): unknown {
	return field(layer, key) ?? fieldDefault(layer, key);
}

/** What the editor shows in each field of a layer (its own value or the engine's default). */
export type FieldValues = Readonly<Partial<Record<FieldKey, unknown>>>;

/** One row of the summary table, as shown. */
export interface RowFigure {
	readonly index: number;
	readonly name: string;
	readonly type: LayerType;
	/** The output shape, as the engine writes it (`100×150×100`). */
	readonly shape: string;
	readonly params: number;
	readonly macs: number;
	/** The engine's arithmetic behind `params` (`0` for a layer without parameters). */
	readonly working: string;
}

/** A network that the engine could summarise: its rows, totals and the book's two figures. */
export interface SummaryFigures {
	readonly ok: true;
	readonly rows: readonly RowFigure[];
	readonly totalParams: number;
	readonly trainableParams: number;
	readonly nonTrainableParams: number;
	readonly macs: number;
	/**
	 * The totals of the book's two settings on this network, in bytes (undefined where the engine
	 * refuses), and its weights alone.
	 */
	readonly book: {
		readonly predict: number | undefined;
		readonly train: number | undefined;
		readonly weights: number;
	};
}

/** The summary table's figures, or where and why the network cannot be summarised. */
export type TableFigures =
	| SummaryFigures
	| {
			readonly ok: false;
			/** The engine's message, in the page's language. */
			readonly message: string;
			/** The failing layer's index, when the engine names one. */
			readonly layer?: number;
			/** Names of every layer, when the model parsed (the error is about shapes or counts). */
			readonly names?: readonly string[];
			/** The rows before the failing layer, summarised on their own. */
			readonly partial?: readonly RowFigure[];
	  };

/** A memory estimate as shown, or the engine's message (a byte count past 2⁵³). */
export type MemoryFigures =
	| {
			readonly ok: true;
			readonly items: readonly MemoryItem[];
			readonly total: number;
			readonly peakLayer: string;
	  }
	| { readonly ok: false; readonly message: string };

/**
 * Everything the full mode shows for one state: the input shape, what each layer's fields show,
 * the summary table, and the memory estimate (undefined while the table cannot be computed).
 */
export interface FullFigures {
	readonly input: string;
	readonly values: readonly FieldValues[];
	readonly table: TableFigures;
	readonly memory: MemoryFigures | undefined;
}

function rowFigures(s: Summary, lang: Lang): RowFigure[] {
	return s.layers.map((row) => ({
		index: row.index,
		name: row.name,
		type: row.type,
		shape: formatShape(row.outputShape),
		params: row.params,
		macs: row.macs,
		working: working(row, lang),
	}));
}

function memoryFigures(result: MemoryResult, lang: Lang): MemoryFigures {
	if (!result.ok) return { ok: false, message: result.error.describe(lang) };
	const { items, total, peakLayer } = result.report;
	return { ok: true, items, total, peakLayer };
}

/** The figures of {@link FullFigures} for an edited model and memory settings, in a language. */
export function fullFigures(model: ModelState, settings: MemorySettings, lang: Lang): FullFigures {
	const values = model.layers.map(({ json }): FieldValues => {
		const keys = isEditableType(json.type) ? FIELDS[json.type] : [];
		return Object.fromEntries(keys.map((key) => [key, fieldValue(json, key)]));
	});
	const input = formatShape(model.input);
	const analysis = analyse(toModelJson(model));
	if (!analysis.ok) {
		const { error, names, partial } = analysis;
		const layer = error.layer?.index;
		const table: TableFigures = {
			ok: false,
			message: error.describe(lang),
			...(layer === undefined ? {} : { layer }),
			...(names === undefined ? {} : { names }),
			...(partial === undefined ? {} : { partial: rowFigures(partial, lang) }),
		};
		return { input, values, table, memory: undefined };
	}
	const s = analysis.summary;
	const total = (result: MemoryResult) => (result.ok ? result.report.total : undefined);
	const predict = estimateMemory(s, BOOK_SETTINGS.predict);
	const table: SummaryFigures = {
		ok: true,
		rows: rowFigures(s, lang),
		totalParams: s.totalParams,
		trainableParams: s.trainableParams,
		nonTrainableParams: s.nonTrainableParams,
		macs: s.macs,
		book: {
			predict: total(predict),
			train: total(estimateMemory(s, BOOK_SETTINGS.train)),
			weights: predict.ok ? predict.report.weights : 0,
		},
	};
	return { input, values, table, memory: memoryFigures(estimateMemory(s, settings), lang) };
}
