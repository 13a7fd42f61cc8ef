import { CnnError } from '../errors.ts';
import { padding4, pair, shape } from '../fields.ts';
import { formatShape, sizeOf } from '../shapes.ts';
import type {
	FlattenLayer,
	ReshapeLayer,
	UpSampling2DLayer,
	ZeroPadding2DLayer,
} from '../types.ts';
import { defineRule, requireFeatureMap } from './rule.ts';

/* Layers that move values around without weights: no parameters and no MACs. */

/** Any shape → one vector of the same number of values. */
export const flatten = defineRule<FlattenLayer>({
	kerasName: 'flatten',
	fields: {},
	view: true,
	infer: (_layer, [input]) => ({
		shape: [sizeOf(input)],
		trainable: 0,
		nonTrainable: 0,
		macs: 0,
	}),
});

/** The same values in a new shape; a single -1 is worked out from the others. */
export const reshape = defineRule<ReshapeLayer>({
	kerasName: 'reshape',
	fields: { shape: shape(true) },
	view: true,
	infer(layer, [input]) {
		const size = sizeOf(input);
		let known = 1;
		for (const d of layer.shape) if (d > 0) known *= d;
		const out = layer.shape.map((d) => (d > 0 ? d : size / known));
		if (sizeOf(out) !== size || !out.every(Number.isInteger)) {
			throw new CnnError('reshape-mismatch', {
				layer,
				field: 'shape',
				params: { from: formatShape(input), size, to: formatShape(layer.shape) },
			});
		}
		return { shape: out, trainable: 0, nonTrainable: 0, macs: 0 };
	},
});

/** H×W×C → (H + top + bottom)×(W + left + right)×C. */
export const zeroPadding2d = defineRule<ZeroPadding2DLayer>({
	kerasName: 'zero_padding2d',
	fields: { padding: padding4(1) },
	infer(layer, [input]) {
		requireFeatureMap(layer, input);
		const [top, bottom, left, right] = layer.padding;
		return {
			shape: [input[0] + top + bottom, input[1] + left + right, input[2]],
			trainable: 0,
			nonTrainable: 0,
			macs: 0,
		};
	},
});

/** H×W×C → (H·s_h)×(W·s_w)×C by repeating rows and columns. */
export const upSampling2d = defineRule<UpSampling2DLayer>({
	kerasName: 'up_sampling2d',
	fields: { size: pair(2) },
	infer(layer, [input]) {
		requireFeatureMap(layer, input);
		return {
			shape: [input[0] * layer.size[0], input[1] * layer.size[1], input[2]],
			trainable: 0,
			nonTrainable: 0,
			macs: 0,
		};
	},
});
