import type { ModelJson } from '../types.ts';

/**
 * LeNet-5 in its modern form (the chapter's table): every C3 map sees every S2 map, the
 * subsampling layers are plain average pools without trainable coefficients, and the output is a
 * dense softmax instead of RBF units. 61,706 parameters.
 */
export function lenet5(): ModelJson {
	return {
		name: 'LeNet-5',
		convention: 'keras',
		input: [32, 32, 1],
		layers: [
			{ type: 'conv2d', name: 'C1', filters: 6, kernel: 5, activation: 'tanh' },
			{ type: 'avgPool2d', name: 'S2', pool: 2 },
			{ type: 'conv2d', name: 'C3', filters: 16, kernel: 5, activation: 'tanh' },
			{ type: 'avgPool2d', name: 'S4', pool: 2 },
			{ type: 'conv2d', name: 'C5', filters: 120, kernel: 5, activation: 'tanh' },
			{ type: 'flatten', name: 'flatten' },
			{ type: 'dense', name: 'F6', units: 84, activation: 'tanh' },
			{ type: 'dense', name: 'output', units: 10, activation: 'softmax' },
		],
	};
}
