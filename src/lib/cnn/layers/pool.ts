import { CnnError } from '../errors.ts';
import { bool, padding, pair } from '../fields.ts';
import { spatialOutput } from '../shapes.ts';
import type { GlobalPool2DLayer, Pool2DLayer } from '../types.ts';
import { defineRule, requireFeatureMap } from './rule.ts';

/*
 * Pooling has no parameters and, by the engine's definition, no MACs: it compares or adds values
 * but never multiplies them by weights.
 */

function pool2d(kerasName: string) {
	return defineRule<Pool2DLayer>({
		kerasName,
		fields: {
			pool: pair(),
			strides: pair(undefined, 'pool'),
			padding: padding(),
			ceilMode: bool(false),
		},
		infer(layer, [input]) {
			requireFeatureMap(layer, input);
			const { pool, padding: pad } = layer;
			if (typeof pad !== 'string') {
				// PyTorch refuses padding past half the window: such windows could lie entirely in padding.
				for (const axis of [0, 1] as const) {
					const max = pool[axis] >> 1;
					if (pad[axis] <= max) continue;
					throw new CnnError('padding-too-large', {
						layer,
						field: 'padding',
						params: { padding: pad[axis], pool: [pool[0], pool[1]], max },
					});
				}
			}
			const [h, w] = spatialOutput(
				layer,
				input,
				pool,
				layer.strides,
				pad,
				[1, 1],
				layer.ceilMode,
				'pool',
			);
			return { shape: [h, w, input[2]], trainable: 0, nonTrainable: 0, macs: 0 };
		},
	});
}

/** Keeps the largest value of each window. */
export const maxPool2d = pool2d('max_pooling2d');

/** Keeps the mean of each window (padding counts as zeros, as PyTorch's default). */
export const avgPool2d = pool2d('average_pooling2d');

function globalPool2d(kerasName: string) {
	return defineRule<GlobalPool2DLayer>({
		kerasName,
		fields: {},
		infer(layer, [input]) {
			requireFeatureMap(layer, input);
			return { shape: [input[2]], trainable: 0, nonTrainable: 0, macs: 0 };
		},
	});
}

/** H×W×C → C: the mean of each channel, the usual replacement for flatten + dense. */
export const globalAvgPool2d = globalPool2d('global_average_pooling2d');

/** H×W×C → C: the maximum of each channel. */
export const globalMaxPool2d = globalPool2d('global_max_pooling2d');
