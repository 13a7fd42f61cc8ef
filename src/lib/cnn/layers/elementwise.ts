import { nonNegInt, num, oneOf } from '../fields.ts';
import { ACTIVATIONS, type ActivationLayer, type DropoutLayer, type LrnLayer } from '../types.ts';
import { defineRule, requireFeatureMap, same } from './rule.ts';

/* Layers that transform each value (or each channel neighbourhood) in place of shape. */

/** Zeroes a fraction `rate` of values while training; the shape never changes. */
export const dropout = defineRule<DropoutLayer>({
	kerasName: 'dropout',
	fields: { rate: num(undefined, 'rate', (r) => r >= 0 && r < 1) },
	infer: (_layer, [input]) => same(input),
});

/** Applies `fn` to every value. */
export const activation = defineRule<ActivationLayer>({
	kerasName: 'activation',
	fields: { fn: oneOf(ACTIVATIONS) },
	infer: (_layer, [input]) => same(input),
});

/**
 * Local response normalisation across neighbouring channels, with `tf.nn.lrn`'s defaults
 * (depth radius 5, bias 1, alpha 1, beta 0.5). No parameters: its constants are fixed.
 */
export const lrn = defineRule<LrnLayer>({
	kerasName: 'lrn',
	fields: {
		depthRadius: nonNegInt(5),
		bias: num(1, 'number'),
		alpha: num(1, 'number'),
		beta: num(0.5, 'number'),
	},
	infer(layer, [input]) {
		requireFeatureMap(layer, input);
		return same(input);
	},
});
