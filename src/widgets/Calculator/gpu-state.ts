import type { Dtype, Optimizer } from '../../lib/cnn/index.ts';
import type { PresetKey } from './networks.ts';

/**
 * Question 3's memory mode as the reader sets it: a network, a training setting, a GPU size and
 * the remedies' settings. Kept apart from the engine calls (`gpu.ts`), so the island can hold and
 * show the state before the engine has loaded.
 */

/** GPU memory sizes offered, in GB as sold; a "4 GB" card holds 4 × 2³⁰ bytes. */
export const GPU_SIZES = [4, 8, 12, 16, 24, 40, 80] as const;

/** One of {@link GPU_SIZES}. */
export type GpuSize = (typeof GPU_SIZES)[number];

/** Bytes a GPU of `size` GB holds: graphics memory is sold in binary gigabytes. */
export function gpuBytes(size: GpuSize): number {
	return size * 2 ** 30;
}

/** The answer's remedies, in its order. */
export const REMEDY_KEYS = ['batch', 'stride', 'layers', 'half', 'checkpoint'] as const;

/** One remedy. */
export type RemedyKey = (typeof REMEDY_KEYS)[number];

/** 16-bit floats everywhere, or mixed precision (16-bit activations, float32 master weights). */
export type HalfKind = 'float16' | 'mixed';

/** Everything the memory mode's reader sets. */
export interface GpuState {
	readonly preset: PresetKey;
	readonly batch: number;
	readonly dtype: Dtype;
	readonly optimizer: Optimizer;
	readonly gpu: GpuSize;
	/** The smaller batch the first remedy uses. */
	readonly smallerBatch: number;
	/** The layer (index) whose stride the second remedy raises, and to what. */
	readonly strideLayer: number;
	readonly stride: number;
	/** The layer (index) the third remedy removes. */
	readonly removeLayer: number;
	readonly half: HalfKind;
	/** The remedies combined in the last bar. */
	readonly applied: readonly RemedyKey[];
}
