import { bool, num } from '../fields.ts';
import { lastAxis } from '../shapes.ts';
import type { BatchNormLayer } from '../types.ts';
import { defineRule } from './rule.ts';

/**
 * Batch normalisation over the last axis (C channels). The two conventions disagree on what to
 * call a parameter:
 * - keras: γ and β are trainable (C each), the moving mean and variance are non-trainable (2·C);
 * - pytorch: γ and β are parameters; running statistics are buffers, not counted.
 * `center: false` drops β and `scale: false` drops γ. No MACs: at inference it folds into the
 * preceding layer.
 */
export const batchNorm = defineRule<BatchNormLayer>({
	kerasName: 'batch_normalization',
	fields: {
		center: bool(true),
		scale: bool(true),
		epsilon: num(0.001, 'positive', (e) => e > 0),
		momentum: num(0.99, 'fraction', (m) => m >= 0 && m <= 1),
	},
	infer(layer, [input], convention) {
		const channels = lastAxis(input);
		const affine = (layer.center ? 1 : 0) + (layer.scale ? 1 : 0);
		return {
			shape: input,
			trainable: affine * channels,
			nonTrainable: convention === 'keras' ? 2 * channels : 0,
			macs: 0,
		};
	},
});
