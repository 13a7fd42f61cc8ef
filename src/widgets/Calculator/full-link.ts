import { DTYPES, MODES, OPTIMIZERS, type ModelJson } from '../../lib/cnn/index.ts';
import { RULES } from './rules.ts';
import { checkEditable } from './editable.ts';
import { fromModelJson, isPresetOrCustom, toModelJson, type CalcState } from './full-state.ts';
import { MALFORMED, int, linkCodec } from './url.ts';
import { isOneOf } from '../../lib/one-of.ts';

/**
 * The full calculator's link: `{ p, m, b, d, t, o }`, the preset ID or `custom`, the model JSON,
 * then batch, dtype, mode and optimizer. The model is checked by the engine and by the editor
 * (`checkEditable`) before it is used.
 */
export const codec = linkCodec<CalcState>(
	'full',
	({ preset, model, memory }) => ({
		p: preset,
		m: toModelJson(model),
		b: memory.batch,
		d: memory.dtype,
		t: memory.mode,
		o: memory.optimizer,
	}),
	({ p, m, b, d, t, o }) => {
		if (!isPresetOrCustom(p) || !int(b, RULES.batch) || !isOneOf(d, DTYPES)) return MALFORMED;
		if (!isOneOf(t, MODES) || !isOneOf(o, OPTIMIZERS)) return MALFORMED;
		const problem = checkEditable(m);
		if (problem) return { ok: false, problem: { code: 'model', problem } };
		return {
			ok: true,
			state: {
				preset: p,
				model: fromModelJson(m as ModelJson),
				memory: { batch: b, dtype: d, mode: t, optimizer: o },
			},
		};
	},
);
