import { bool, int, oneOf } from '../fields.ts';
import { lastAxis, sizeOf } from '../shapes.ts';
import { ACTIVATIONS, type DenseLayer } from '../types.ts';
import { defineRule } from './rule.ts';

/**
 * A fully connected layer on the last axis, as in Keras: an input of shape […, n] becomes
 * […, units]. Params = n·units (+ units); MACs = n·units for every position of the leading axes.
 */
export const dense = defineRule<DenseLayer>({
	kerasName: 'dense',
	fields: { units: int(), useBias: bool(true), activation: oneOf(ACTIVATIONS, 'linear') },
	infer(layer, [input]) {
		const { units } = layer;
		const n = lastAxis(input);
		const shape = input.slice();
		shape[shape.length - 1] = units;
		return {
			shape,
			trainable: n * units + (layer.useBias ? units : 0),
			nonTrainable: 0,
			macs: sizeOf(input) * units,
		};
	},
});
