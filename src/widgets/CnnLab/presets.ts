import { parseModel, summary, type ModelJson } from '../../lib/cnn/index.ts';
import { defined } from '../../lib/defined.ts';
import { DEFAULT_SETTINGS } from '../../lib/training/lab-run.ts';
import { fullFigures } from '../Calculator/full.ts';
import { fromModelJson } from '../Calculator/full-state.ts';
import { modelStrings } from '../Calculator/strings.ts';
import { labMemory, type LabModelProps } from './lab-model.ts';
import { fashionBook, fashionLenet, fashionTiny } from '../../lib/cnn/presets/fashion.ts';
import { LAB_PRESETS } from '../../lib/cnn/presets/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/** A lab preset as the island needs it: its JSON (the editor's first model) and its total. */
export interface LabPresetView {
	readonly id: string;
	readonly name: string;
	readonly description: string;
	readonly model: ModelJson;
	readonly totalParams: number;
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
		return {
			id: preset.id,
			name: preset.name,
			description: preset.description[lang],
			model,
			totalParams: summary(parseModel(model)).totalParams,
		};
	});
}

/**
 * What the lab's model section needs from the build (`CnnLab.astro`): the calculator's words for
 * the shared pieces, the default preset's figures as question 2's calculator computes them (its
 * summary, and the memory of training it with the default settings), so the server's HTML shows
 * them and no engine is downloaded before the reader acts, and question 2's page for "Open in the
 * calculator".
 */
export function labModelProps(lang: Lang, calcPage: string): LabModelProps {
	const [first] = labPresetViews(lang);
	const figures = fullFigures(
		fromModelJson(defined(first, 'the default lab preset').model),
		labMemory(DEFAULT_SETTINGS),
		lang,
	);
	if (!figures.table.ok || !figures.memory?.ok) throw new Error('The default lab model failed.');
	return {
		t: modelStrings(lang),
		initial: { ...figures, table: figures.table, memory: figures.memory },
		calcPage,
	};
}
