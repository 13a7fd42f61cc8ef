import type { Random } from './random.ts';

/**
 * Initial weights. He initialisation (variance 2 / fan-in) keeps a ReLU layer's activations from
 * shrinking layer after layer; Glorot's (variance 2 / (fan-in + fan-out)), Keras's default, suits
 * the layers without one, such as the softmax output. Both are uniform here, as in Keras's
 * `he_uniform` and `glorot_uniform`; biases start at zero.
 */
export type Init = 'he' | 'glorot';

/** Fills `values` uniformly in ±limit for the kind of layer, given its fans (see the README). */
export function initialise(
	values: Float32Array,
	init: Init,
	fanIn: number,
	fanOut: number,
	random: Random,
): void {
	const limit = init === 'he' ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
	for (let i = 0; i < values.length; i++) values[i] = (2 * random.next() - 1) * limit;
}
