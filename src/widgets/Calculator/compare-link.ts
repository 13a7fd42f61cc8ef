import { DEFAULT_COMPARE, type CompareState } from './compare-state.ts';
import { RULES } from './rules.ts';
import { MALFORMED, int, linkCodec } from './url.ts';

/** Question 1's link: the image and the two layers' sizes, as they are. */
export const codec = linkCodec<CompareState>(
	'compare',
	(state) => ({ ...state }),
	(s) => {
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
	},
);
