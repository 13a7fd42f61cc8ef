import { attempt, parseJson, summary, parseModel, type ModelJson } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { checkEditable, editProblemText } from '../Calculator/editable.ts';
import type { ProblemStrings } from '../Calculator/strings.ts';

/** A model read from the lab's JSON field: the model and its total, or why it cannot be edited. */
export type CustomModel =
	| {
			readonly ok: true;
			readonly json: ModelJson;
			/** Its total parameters, or undefined when a layer cannot be computed (the editor says which). */
			readonly params: number | undefined;
	  }
	| { readonly ok: false; readonly message: string };

/**
 * Reads the lab's JSON field as the calculator reads a pasted model (`JsonTools.tsx`): the
 * engine's parser, then the editor's checks (`checkEditable`), so a model the editor cannot show
 * gets the engine's or the calculator's sentence next to the field. A model whose shapes fail is
 * still loaded, into the editor, which marks the failing layer. Whether the lab can *train* it is
 * the worker's check (`TrainingError`). Loaded when the reader focuses the field.
 */
export function readCustomModel(text: string, t: ProblemStrings, lang: Lang): CustomModel {
	const parsed = attempt(() => parseJson(text));
	const problem = parsed.ok
		? checkEditable(parsed.value)
		: { code: 'engine' as const, error: parsed.error };
	if (problem || !parsed.ok) {
		return { ok: false, message: problem ? editProblemText(t, lang, problem) : '' };
	}
	const json = parsed.value as ModelJson;
	const counted = attempt(() => summary(parseModel(json)));
	return { ok: true, json, params: counted.ok ? counted.value.totalParams : undefined };
}
