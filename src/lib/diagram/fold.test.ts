import { describe, expect, test } from 'vitest';
import { parseModel, summary } from '../cnn/index.ts';
import { foldLayers } from './fold.ts';

const layersOf = (json: Parameters<typeof parseModel>[0]) => summary(parseModel(json)).layers;

describe('foldLayers', () => {
	test('folds batch norm and ReLU into the convolution they follow', () => {
		const layers = layersOf({
			input: [8, 8, 3],
			layers: [
				{ type: 'conv2d', name: 'conv', filters: 4, kernel: 3 },
				{ type: 'batchNorm', name: 'bn' },
				{ type: 'activation', name: 'relu', fn: 'relu' },
				{ type: 'maxPool2d', name: 'pool', pool: 2 },
			],
		});
		const nodes = foldLayers(layers);
		expect(nodes.map((n) => n.id)).toEqual(['conv', 'pool']);
		expect(nodes[0]?.indices).toEqual([0, 1, 2]);
		expect(nodes[1]?.inputs).toEqual(['conv']);
	});

	test('keeps a layer apart when the layer before it feeds a second one (a branch point)', () => {
		const layers = layersOf({
			input: [8, 8, 4],
			layers: [
				{ type: 'conv2d', name: 'a', filters: 4, kernel: 1 },
				{ type: 'activation', name: 'relu', fn: 'relu' },
				{ type: 'add', name: 'sum', inputs: ['a', 'relu'] },
			],
		});
		expect(foldLayers(layers).map((n) => n.id)).toEqual(['a', 'relu', 'sum']);
	});

	test('never folds across groups, so no box straddles two stages', () => {
		const layers = layersOf({
			input: [8, 8, 3],
			layers: [
				{ type: 'conv2d', name: 'conv', filters: 4, kernel: 3 },
				{ type: 'activation', name: 'relu', fn: 'relu' },
			],
		});
		const nodes = foldLayers(layers, (i) => (i === 0 ? 'stage1' : 'stage2'));
		expect(nodes.map((n) => n.id)).toEqual(['conv', 'relu']);
	});

	test('rewrites inputs to the ids of the boxes, including the model input', () => {
		const layers = layersOf({
			input: [8, 8, 4],
			layers: [
				{ type: 'conv2d', name: 'c', filters: 4, kernel: 1, padding: 'same' },
				{ type: 'batchNorm', name: 'c_bn' },
				{ type: 'add', name: 'sum', inputs: ['c_bn', 'input'] },
			],
		});
		expect(foldLayers(layers).find((n) => n.id === 'sum')?.inputs).toEqual(['c', 'input']);
	});
});
