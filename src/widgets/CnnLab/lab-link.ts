import type { ModelJson } from '../../lib/cnn/index.ts';
import { LAB_PRESETS } from '../../lib/cnn/presets/index.ts';
import { checkEditable } from '../Calculator/editable.ts';
import { codec as calculatorCodec } from '../Calculator/full-link.ts';
import { fromModelJson, toModelJson, type MemorySettings } from '../Calculator/full-state.ts';
import { MALFORMED, linkCodec } from '../Calculator/url.ts';
import { URL_KEY } from '../Calculator/useLinkState.ts';
import type { LabModelState } from './lab-model.ts';

/** The query parameter of the lab's model: `?lab=…`, next to the calculator's `?calc=…`. */
export const LAB_KEY = 'lab';

/**
 * The lab's link: `{ v: 1, k: 'lab', p, m }` in the calculator's envelope (`url.ts`: base64url
 * JSON, the length limit, the refusals), with the preset ID or `custom` and the model JSON, which
 * is checked by the engine and by the calculator's editor (`checkEditable`) before it is used, as
 * the calculator checks its own links. Loaded only when a link is read or written.
 */
export const codec = linkCodec<LabModelState>(
	'lab',
	({ preset, model }) => ({ p: preset, m: toModelJson(model) }),
	({ p, m }) => {
		const preset = p === 'custom' ? p : LAB_PRESETS.find((known) => known.id === p)?.id;
		if (preset === undefined) return MALFORMED;
		const problem = checkEditable(m);
		if (problem) return { ok: false, problem: { code: 'model', problem } };
		return { ok: true, state: { preset, model: fromModelJson(m as ModelJson) } };
	},
);

/**
 * The lab page's address with a model in it, the calculator's "Open in the lab": `page` is the
 * lab page's path (with the base path and the language), the model goes in as `custom`.
 */
export function labHref(page: string, model: ModelJson): string {
	return `${page}?${LAB_KEY}=${codec.encode({ preset: 'custom', model: fromModelJson(model) })}`;
}

/**
 * Question 2's page with the lab's model and its training's memory setting in the calculator's
 * own link (`full-link.ts`), the lab's "Open in the calculator".
 */
export function calculatorHref(page: string, model: ModelJson, memory: MemorySettings): string {
	const state = { preset: 'custom' as const, model: fromModelJson(model), memory };
	return `${page}?${URL_KEY}=${calculatorCodec.encode(state)}`;
}
