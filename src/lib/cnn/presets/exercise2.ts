import type { ModelJson } from '../types.ts';

/**
 * Exercise 2 of the chapter: a 200×300 RGB image through three 3×3, stride-2, "same"
 * convolutions of 100, 200 and 400 filters (feature maps 100×150×100, 50×75×200, 25×38×400):
 * 903,400 parameters, and the book's 12.6 MB (inference) and 565.6 MB (training, batch 50).
 * Written as literal JSON, as a student would write it.
 */
export function exercise2(): ModelJson {
	return {
		name: 'Exercise 2',
		convention: 'keras',
		input: [200, 300, 3],
		layers: [
			{ type: 'conv2d', filters: 100, kernel: 3, strides: 2, padding: 'same', activation: 'relu' },
			{ type: 'conv2d', filters: 200, kernel: 3, strides: 2, padding: 'same', activation: 'relu' },
			{ type: 'conv2d', filters: 400, kernel: 3, strides: 2, padding: 'same', activation: 'relu' },
		],
	};
}
