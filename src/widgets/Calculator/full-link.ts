import { DTYPES, MODES, OPTIMIZERS, type ModelJson } from '../../lib/cnn/index.ts';
import { RULES } from './rules.ts';
import { checkEditable } from './editable.ts';
import { fromModelJson, isPresetOrCustom, toModelJson, type CalcState } from './state.ts';
import {
	MALFORMED,
	int,
	oneOf,
	readPayload,
	toBase64Url,
	linkProblemText,
	type Decoded,
} from './url.ts';
import type { LinkCodec } from './useLinkState.ts';

/** The full calculator's state as a query value. */
export function encodeCalc(state: CalcState): string {
	const { batch, dtype, mode, optimizer } = state.memory;
	const payload = {
		v: 1,
		k: 'full',
		p: state.preset,
		m: toModelJson(state.model),
		b: batch,
		d: dtype,
		t: mode,
		o: optimizer,
	};
	return toBase64Url(JSON.stringify(payload));
}

/** Reads {@link encodeCalc}'s output back; the model is checked by the engine and the editor. */
export function decodeCalc(text: string): Decoded<CalcState> {
	const read = readPayload(text, 'full');
	if (!read.ok) return read;
	const { p, m, b, d, t, o } = read.state;
	if (!isPresetOrCustom(p) || !int(b, RULES.batch) || !oneOf(d, DTYPES)) return MALFORMED;
	if (!oneOf(t, MODES) || !oneOf(o, OPTIMIZERS)) return MALFORMED;
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
}

/** The full mode's codec, as `useLinkState` loads it on first use. */
export const codec: LinkCodec<CalcState> = {
	encode: encodeCalc,
	decode: decodeCalc,
	describe: linkProblemText,
};
