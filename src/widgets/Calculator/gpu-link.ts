import { GPU_SIZES, REMEDY_KEYS, type GpuState } from './gpu.ts';
import { RULES } from './rules.ts';
import { PRESET_KEYS } from './networks.ts';
import { DTYPES, OPTIMIZERS } from '../../lib/cnn/index.ts';
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

/** The memory mode's state as a query value. */
export function encodeGpu(state: GpuState): string {
	return toBase64Url(JSON.stringify({ v: 1, k: 'gpu', ...state }));
}

/** Reads {@link encodeGpu}'s output back. Layer indices are checked against the preset later. */
export function decodeGpu(text: string): Decoded<GpuState> {
	const read = readPayload(text, 'gpu');
	if (!read.ok) return read;
	const s = read.state;
	const index = { min: 0, max: 63 };
	const valid =
		oneOf(s.preset, PRESET_KEYS) &&
		int(s.batch, RULES.batch) &&
		oneOf(s.dtype, DTYPES) &&
		oneOf(s.optimizer, OPTIMIZERS) &&
		oneOf(s.gpu, GPU_SIZES) &&
		int(s.smallerBatch, RULES.batch) &&
		int(s.strideLayer, index) &&
		int(s.stride, RULES.window) &&
		int(s.removeLayer, index) &&
		oneOf(s.half, ['float16', 'mixed'] as const) &&
		Array.isArray(s.applied) &&
		s.applied.length <= REMEDY_KEYS.length &&
		(s.applied as unknown[]).every(
			(key, i, all) => oneOf(key, REMEDY_KEYS) && all.indexOf(key) === i,
		) &&
		Object.keys(s).length === 13;
	if (!valid) return MALFORMED;
	const { v: _v, k: _k, ...state } = s;
	return { ok: true, state: state as unknown as GpuState };
}

/** The memory mode's codec, as `useLinkState` loads it on first use. */
export const codec: LinkCodec<GpuState> = {
	encode: encodeGpu,
	decode: decodeGpu,
	describe: linkProblemText,
};
