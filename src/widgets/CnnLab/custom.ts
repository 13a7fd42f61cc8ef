import { trySummary, type ModelJson } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { rowsOf, type LabPresetView } from './presets.ts';

/** The reader's own model, read from the JSON field: its summary, or the engine's message. */
export type CustomModel =
	| { readonly ok: true; readonly view: LabPresetView }
	| { readonly ok: false; readonly message: string };

/**
 * Reads the lab's JSON field with the engine (the calculator's format), so an edited model gets
 * the same summary table as a preset, and a model the engine refuses gets the engine's sentence
 * next to the field. Whether the lab can *train* it is the worker's check (`TrainingError`).
 * Loaded only when the reader applies a JSON edit.
 */
export function readCustomModel(text: string, name: string, lang: Lang): CustomModel {
	const result = trySummary(text);
	if (!result.ok) return { ok: false, message: result.error.describe(lang) };
	const model = JSON.parse(text) as ModelJson;
	return {
		ok: true,
		view: {
			id: 'custom',
			name,
			description: '',
			model,
			rows: rowsOf(result.summary),
			totalParams: result.summary.totalParams,
		},
	};
}
