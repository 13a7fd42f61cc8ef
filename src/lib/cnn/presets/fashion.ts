import type { ModelJson } from '../types.ts';

/*
 * The CNN lab's three starting points, all for Fashion MNIST's 28×28 greyscale images and its ten
 * classes, and all within what the lab's trainer can train (conv2d, pooling, flatten, dropout,
 * dense, ReLU and a softmax output). Keras-style: the same JSON builds the same network in
 * Keras or TensorFlow.js.
 */

/** The default: two small convolutions, 5,258 parameters; trains in seconds in a browser. */
export function fashionTiny(): ModelJson {
	return {
		name: 'Tiny CNN',
		input: [28, 28, 1],
		layers: [
			{ type: 'conv2d', filters: 8, kernel: 3, activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'conv2d', filters: 16, kernel: 3, activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'flatten' },
			{ type: 'dense', units: 10, activation: 'softmax' },
		],
	};
}

/**
 * LeNet-5's layout on 28×28 inputs ("same" padding on the first convolution stands in for the
 * original 32×32 input), with ReLU and max pooling as a modern network would: 61,706 parameters,
 * the count of the chapter's LeNet-5.
 */
export function fashionLenet(): ModelJson {
	return {
		name: 'LeNet-like CNN',
		input: [28, 28, 1],
		layers: [
			{ type: 'conv2d', filters: 6, kernel: 5, padding: 'same', activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'conv2d', filters: 16, kernel: 5, activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'flatten' },
			{ type: 'dense', units: 120, activation: 'relu' },
			{ type: 'dense', units: 84, activation: 'relu' },
			{ type: 'dense', units: 10, activation: 'softmax' },
		],
	};
}

/**
 * The book's Fashion MNIST CNN cut to browser size: the same pattern (3×3 convolutions whose
 * filters double after each pooling, then a dense layer with dropout before the softmax) with
 * fewer filters and layers.
 */
export function fashionBook(): ModelJson {
	return {
		name: 'Book-like CNN',
		input: [28, 28, 1],
		layers: [
			{ type: 'conv2d', filters: 16, kernel: 3, activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'conv2d', filters: 32, kernel: 3, activation: 'relu' },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'flatten' },
			{ type: 'dense', units: 128, activation: 'relu' },
			{ type: 'dropout', rate: 0.5 },
			{ type: 'dense', units: 10, activation: 'softmax' },
		],
	};
}
