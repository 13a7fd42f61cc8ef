import {
	attempt,
	fieldDefault,
	hasField,
	memory,
	parseModel,
	summary,
	type CnnError,
	type LayerJson,
	type MemoryOptions,
	type MemoryItem,
	type MemoryReport,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';
import { field, pairJson, pairOf } from './rules.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { REMEDY_KEYS, type GpuState, type RemedyKey } from './gpu-state.ts';

/**
 * Question 3's memory mode on the engine: the remedies of the answer, each applied to the model
 * or to the memory options and estimated by the engine. This module only says what each remedy
 * changes; every byte comes from `memory()`. The island loads it on the reader's first
 * interaction; the page's `.astro` wrapper runs it at build time for the first figures.
 */

/** Whether a layer has a stride the second remedy can raise (the engine's field tables say). */
const strided = (layer: LayerJson) => hasField(layer.type, 'strides');

/** Indices of the layers that have a stride the second remedy can raise. */
export function stridedLayers(json: ModelJson): number[] {
	return json.layers.flatMap((layer, i) => (strided(layer) ? [i] : []));
}

/** Whether the state's remedy indices point at suitable layers of this model. */
export function indicesFit(json: ModelJson, s: GpuState): boolean {
	return stridedLayers(json).includes(s.strideLayer) && s.removeLayer < json.layers.length;
}

/** A layer's current stride along the height, or the engine's default (a pool's: its window). */
export function strideOf(layer: LayerJson): number {
	return pairOf(field(layer, 'strides') ?? fieldDefault(layer, 'strides'), [1, 1])[0];
}

/**
 * The remedies' starting values for a model and batch: half the batch, double the stride of the
 * first strided layer, remove the last convolution (for exercise 2, the third, as in the answer's
 * worked example).
 */
export function remedyDefaults(
	json: ModelJson,
	batch: number,
): Pick<GpuState, 'smallerBatch' | 'strideLayer' | 'stride' | 'removeLayer'> {
	const strided = stridedLayers(json);
	const strideLayer = strided[0] ?? 0;
	const layer = json.layers[strideLayer];
	const convs = json.layers.flatMap((l, i) => (hasField(l.type, 'kernel') ? [i] : []));
	return {
		smallerBatch: Math.max(1, Math.floor(batch / 2)),
		strideLayer,
		stride: layer ? Math.min(strideOf(layer) * 2, 512) : 2,
		removeLayer: convs[convs.length - 1] ?? json.layers.length - 1,
	};
}

/** The memory mode's first state: exercise 2, a batch of 400 with Adam, on a 4 GB GPU. */
export function defaultGpuState(json: ModelJson): GpuState {
	const batch = 400;
	return {
		preset: 'exercise2',
		batch,
		dtype: 'float32',
		optimizer: 'adam',
		gpu: 4,
		...remedyDefaults(json, batch),
		half: 'float16',
		applied: ['batch', 'half'],
	};
}

/** One bar of the chart: a model and options to estimate. */
export interface Scenario {
	readonly key: 'baseline' | RemedyKey | 'combined';
	readonly json: ModelJson;
	readonly options: MemoryOptions;
}

function withLayers(json: ModelJson, layers: readonly LayerJson[]): ModelJson {
	return { ...json, layers };
}

/** Applies one remedy to a model and options. */
function apply(
	key: RemedyKey,
	s: GpuState,
	json: ModelJson,
	options: MemoryOptions,
): [ModelJson, MemoryOptions] {
	switch (key) {
		case 'batch':
			return [json, { ...options, batch: s.smallerBatch }];
		case 'stride': {
			const layers = json.layers.map((layer, i) =>
				i === s.strideLayer && strided(layer)
					? ({ ...layer, strides: pairJson([s.stride, s.stride]) } as LayerJson)
					: layer,
			);
			return [withLayers(json, layers), options];
		}
		case 'layers':
			return [
				withLayers(
					json,
					json.layers.filter((_, i) => i !== s.removeLayer),
				),
				options,
			];
		case 'half':
			return [
				json,
				s.half === 'mixed'
					? { ...options, mixedPrecision: true }
					: { ...options, dtype: 'float16' },
			];
		case 'checkpoint':
			return [json, { ...options, checkpointing: true }];
	}
}

/**
 * The bars: the setting as it is, each remedy alone, then the checked remedies together. The
 * stride remedy is applied before the layer removal, so the indices the reader picked still
 * point at the same layers.
 */
export function scenarios(json: ModelJson, s: GpuState): Scenario[] {
	const base: MemoryOptions = {
		batch: s.batch,
		dtype: s.dtype,
		mode: 'training',
		optimizer: s.optimizer,
	};
	const list: Scenario[] = [{ key: 'baseline', json, options: base }];
	for (const key of REMEDY_KEYS) {
		const [j, o] = apply(key, s, json, base);
		list.push({ key, json: j, options: o });
	}
	let combined: [ModelJson, MemoryOptions] = [json, base];
	for (const key of REMEDY_KEYS) {
		if (s.applied.includes(key)) combined = apply(key, s, combined[0], combined[1]);
	}
	list.push({ key: 'combined', json: combined[0], options: combined[1] });
	return list;
}

/** A scenario's estimate, or the engine's reason it has none (a removal that breaks shapes…). */
export type Estimate =
	| { readonly ok: true; readonly summary: Summary; readonly report: MemoryReport }
	| { readonly ok: false; readonly error: CnnError };

/** Runs the engine on a scenario. */
export function estimate(scenario: Scenario): Estimate {
	const result = attempt(() => {
		const s = summary(parseModel(scenario.json));
		return { summary: s, report: memory(s, scenario.options) };
	});
	return result.ok ? { ok: true, ...result.value } : result;
}

/** One bar of the chart and row of the table, as plain data in the page's language. */
export type ScenarioFigure = { readonly key: Scenario['key'] } & (
	| {
			readonly ok: true;
			readonly total: number;
			/** The parts the total counts, for the stacked bar. */
			readonly segments: readonly MemoryItem[];
			/** Layer outputs kept for the backward pass, and the MACs spent recomputing the others. */
			readonly checkpoints: number;
			readonly recomputeMacs: number;
			/** MACs per example of the scenario's model. */
			readonly macs: number;
	  }
	| { readonly ok: false; readonly message: string }
);

/**
 * Everything the memory mode shows for a model and a state: the layers the stride remedy may
 * change (for its menu) and each scenario's figures, or `rows: undefined` when the state's layer
 * indices do not point at suitable layers of this model (a preset just switched). The `.astro`
 * entry computes the first at build time; the island the next ones, once the engine has loaded.
 */
export interface GpuFigures {
	readonly strided: readonly number[];
	readonly rows: readonly ScenarioFigure[] | undefined;
}

/** The figures of {@link GpuFigures} for a model and a state, in a language. */
export function gpuFigures(json: ModelJson, s: GpuState, lang: Lang): GpuFigures {
	const strided = stridedLayers(json);
	if (!indicesFit(json, s)) return { strided, rows: undefined };
	const rows = scenarios(json, s).map((scenario): ScenarioFigure => {
		const result = estimate(scenario);
		if (!result.ok) return { key: scenario.key, ok: false, message: result.error.describe(lang) };
		const { report } = result;
		return {
			key: scenario.key,
			ok: true,
			total: report.total,
			segments: report.items.filter((item) => item.counted),
			checkpoints: report.checkpoints,
			recomputeMacs: report.recomputeMacs,
			macs: result.summary.macs,
		};
	});
	return { strided, rows };
}
