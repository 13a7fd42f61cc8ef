import {
	formatShape,
	parseModel,
	summary,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';
import { fashionBook, fashionLenet, fashionTiny } from '../../lib/cnn/presets/fashion.ts';
import { LAB_PRESETS } from '../../lib/cnn/presets/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/** One row of the lab's summary table: a layer as Keras's `model.summary()` prints it. */
export interface LabRow {
	readonly name: string;
	readonly type: string;
	readonly shape: string;
	readonly params: number;
}

/** A lab preset as the island needs it: its JSON (sent to the worker) and its summary rows. */
export interface LabPresetView {
	readonly id: string;
	readonly name: string;
	readonly description: string;
	readonly model: ModelJson;
	readonly rows: readonly LabRow[];
	readonly totalParams: number;
}

/** One row per layer of an engine summary, as the lab's table shows it. */
export function rowsOf(s: Summary): LabRow[] {
	return s.layers.map((l) => ({
		name: l.name,
		type: l.type,
		shape: formatShape(l.outputShape),
		params: l.params,
	}));
}

const MODELS: Readonly<Record<(typeof LAB_PRESETS)[number]['id'], () => ModelJson>> = {
	'fashion-tiny': fashionTiny,
	'fashion-lenet': fashionLenet,
	'fashion-book': fashionBook,
};

/**
 * The three lab presets with the engine's summary of each, computed by the wrapper at build time:
 * the island shows any of them without loading the engine, and the table is the engine's.
 */
export function labPresetViews(lang: Lang): LabPresetView[] {
	return LAB_PRESETS.map((preset) => {
		const model = MODELS[preset.id]();
		const s = summary(parseModel(model));
		return {
			id: preset.id,
			name: preset.name,
			description: preset.description[lang],
			model,
			rows: rowsOf(s),
			totalParams: s.totalParams,
		};
	});
}
