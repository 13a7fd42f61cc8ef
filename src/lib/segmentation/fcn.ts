import type { Stage } from './downsample.ts';
import { addScores, argmax, type LabelMap, type ScoreMap } from './maps.ts';
import { upsampleBilinear, upsampleNearest } from './upsample.ts';

/**
 * The recovery methods question 8 compares, applied to the downsampled class scores:
 * upsampling the coarsest map (nearest, bilinear) and FCN-style fusion with finer stages (Long
 * et al., 2015). FCN-16s upsamples the stride-32 scores 2×, adds the stride-16 scores and
 * upsamples the sum 16×; FCN-8s adds the stride-8 scores one step later and upsamples 8×. No
 * weights are learned here: the fused scores are the stages' own class shares, so the demo shows
 * the geometry of the method, not a trained network.
 */
export type Recovery = 'nearest' | 'fcn32s' | 'fcn16s' | 'fcn8s';

/** Methods in the order the widget lists them. */
export const RECOVERIES: readonly Recovery[] = ['nearest', 'fcn32s', 'fcn16s', 'fcn8s'];

/** The finest stride whose scores each method fuses: 32, 32, 16, 8. */
export const FINEST_STRIDE: Record<Recovery, number> = {
	nearest: 32,
	fcn32s: 32,
	fcn16s: 16,
	fcn8s: 8,
};

function stageAt(stages: readonly Stage[], stride: number): ScoreMap {
	const stage = stages.find((s) => s.stride === stride);
	if (!stage) throw new RangeError(`no stage with stride ${stride}`);
	return stage.scores;
}

/**
 * The full-size label map a method recovers from the stages (which must include stride 32,
 * and 16 and 8 for the FCN variants). FCN-32s is plain bilinear upsampling of the coarsest map.
 */
export function recover(stages: readonly Stage[], method: Recovery, size: number): LabelMap {
	const coarsest = stageAt(stages, 32);
	if (method === 'nearest') return argmax(upsampleNearest(coarsest, size));
	let fused = coarsest;
	for (const stride of [16, 8]) {
		if (stride < FINEST_STRIDE[method]) break;
		const finer = stageAt(stages, stride);
		fused = addScores(upsampleBilinear(fused, finer.size), finer);
	}
	return argmax(upsampleBilinear(fused, size));
}
