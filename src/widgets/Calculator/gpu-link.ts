import { DTYPES, OPTIMIZERS } from '../../lib/cnn/index.ts';
import { GPU_SIZES, REMEDY_KEYS, type GpuState } from './gpu-state.ts';
import { RULES } from './rules.ts';
import { PRESET_KEYS } from './networks.ts';
import { MALFORMED, int, linkCodec } from './url.ts';
import { isOneOf } from '../../lib/one-of.ts';

/** Layer indices a link may name; they are checked against the preset once it has loaded. */
const INDEX = { min: 0, max: 63 };

/** The memory mode's link: the state's own fields, as they are. */
export const codec = linkCodec<GpuState>(
	'gpu',
	(state) => ({ ...state }),
	(s) => {
		const valid =
			isOneOf(s.preset, PRESET_KEYS) &&
			int(s.batch, RULES.batch) &&
			isOneOf(s.dtype, DTYPES) &&
			isOneOf(s.optimizer, OPTIMIZERS) &&
			isOneOf(s.gpu, GPU_SIZES) &&
			int(s.smallerBatch, RULES.batch) &&
			int(s.strideLayer, INDEX) &&
			int(s.stride, RULES.window) &&
			int(s.removeLayer, INDEX) &&
			isOneOf(s.half, ['float16', 'mixed'] as const) &&
			Array.isArray(s.applied) &&
			s.applied.length <= REMEDY_KEYS.length &&
			(s.applied as unknown[]).every(
				(key, i, all) => isOneOf(key, REMEDY_KEYS) && all.indexOf(key) === i,
			) &&
			Object.keys(s).length === 13;
		if (!valid) return MALFORMED;
		const { v: _v, k: _k, ...state } = s;
		return { ok: true, state: state as unknown as GpuState };
	},
);
