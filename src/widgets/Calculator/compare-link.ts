import { DEFAULT_COMPARE, type CompareState } from './compare-state.ts';
import { RULES } from './rules.ts';
import { MALFORMED, int, readPayload, toBase64Url, linkProblemText, type Decoded } from './url.ts';
import type { LinkCodec } from './useLinkState.ts';

/** Question 1's comparison as a query value. */
export function encodeCompare(state: CompareState): string {
	return toBase64Url(JSON.stringify({ v: 1, k: 'compare', ...state }));
}

/** Reads {@link encodeCompare}'s output back. */
export function decodeCompare(text: string): Decoded<CompareState> {
	const read = readPayload(text, 'compare');
	if (!read.ok) return read;
	const s = read.state;
	const keys = Object.keys(DEFAULT_COMPARE);
	const valid =
		int(s.h, RULES.size) &&
		int(s.w, RULES.size) &&
		int(s.c, RULES.channels) &&
		int(s.units, RULES.count) &&
		int(s.filters, RULES.count) &&
		int(s.kernel, RULES.window) &&
		Object.keys(s).length === keys.length + 2;
	if (!valid) return MALFORMED;
	const state = Object.fromEntries(keys.map((key) => [key, s[key]]));
	return { ok: true, state: state as unknown as CompareState };
}

/** Question 1's codec, as `useLinkState` loads it on first use. */
export const codec: LinkCodec<CompareState> = {
	encode: encodeCompare,
	decode: decodeCompare,
	describe: linkProblemText,
};
