import type { ModelJson } from '../types.ts';

/**
 * AlexNet as `torchvision.models.alexnet` builds it: the single-GPU variant with 64/192/384/256/256
 * filters and no local response normalisation. torchvision's `AdaptiveAvgPool2d((6, 6))` is left
 * out: on a 224×224 input the features are already 6×6 and it changes nothing. 61,100,840
 * parameters.
 */
export function alexnet(): ModelJson {
	return {
		name: 'AlexNet (torchvision)',
		convention: 'pytorch',
		input: [224, 224, 3],
		layers: [
			{
				type: 'conv2d',
				name: 'features.0',
				filters: 64,
				kernel: 11,
				strides: 4,
				padding: 2,
				activation: 'relu',
			},
			{ type: 'maxPool2d', name: 'features.2', pool: 3, strides: 2 },
			{
				type: 'conv2d',
				name: 'features.3',
				filters: 192,
				kernel: 5,
				padding: 2,
				activation: 'relu',
			},
			{ type: 'maxPool2d', name: 'features.5', pool: 3, strides: 2 },
			{
				type: 'conv2d',
				name: 'features.6',
				filters: 384,
				kernel: 3,
				padding: 1,
				activation: 'relu',
			},
			{
				type: 'conv2d',
				name: 'features.8',
				filters: 256,
				kernel: 3,
				padding: 1,
				activation: 'relu',
			},
			{
				type: 'conv2d',
				name: 'features.10',
				filters: 256,
				kernel: 3,
				padding: 1,
				activation: 'relu',
			},
			{ type: 'maxPool2d', name: 'features.12', pool: 3, strides: 2 },
			{ type: 'flatten', name: 'flatten' },
			{ type: 'dropout', name: 'classifier.0', rate: 0.5 },
			{ type: 'dense', name: 'classifier.1', units: 4096, activation: 'relu' },
			{ type: 'dropout', name: 'classifier.3', rate: 0.5 },
			{ type: 'dense', name: 'classifier.4', units: 4096, activation: 'relu' },
			{ type: 'dense', name: 'classifier.6', units: 1000 },
		],
	};
}
