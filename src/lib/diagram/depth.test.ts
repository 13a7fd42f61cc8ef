import { describe, expect, test } from 'vitest';
import { parseModel, summary } from '../cnn/index.ts';
import { alexnet } from '../cnn/presets/alexnet.ts';
import { googlenet } from '../cnn/presets/googlenet.ts';
import { lenet5 } from '../cnn/presets/lenet5.ts';
import { resnet50 } from '../cnn/presets/resnet50.ts';
import { seResnet50 } from '../cnn/presets/se-resnet50.ts';
import { xception } from '../cnn/presets/xception.ts';
import { weightedDepth } from './depth.ts';

const depth = (json: Parameters<typeof parseModel>[0]) => weightedDepth(summary(parseModel(json)));

describe('weightedDepth', () => {
	test('gives the depths the papers quote: LeNet-5 5, AlexNet 8, GoogLeNet 22, ResNet-50 50', () => {
		expect(depth(lenet5())).toBe(5);
		expect(depth(alexnet())).toBe(8);
		expect(depth(googlenet())).toBe(22);
		expect(depth(resnet50())).toBe(50);
	});

	test('does not count the dense layers of squeeze-and-excitation gates: SE-ResNet-50 is 50', () => {
		expect(depth(seResnet50())).toBe(50);
	});

	test('counts Xception as 36 convolutions plus its output layer', () => {
		expect(depth(xception())).toBe(37);
	});

	test('counts parallel branches once, along the longest', () => {
		expect(
			depth({
				input: [8, 8, 4],
				layers: [
					{ type: 'conv2d', name: 'a', filters: 4, kernel: 1 },
					{ type: 'conv2d', name: 'b', filters: 4, kernel: 1, inputs: ['input'] },
					{ type: 'conv2d', name: 'c', filters: 4, kernel: 1 },
					{ type: 'concat', name: 'cat', inputs: ['a', 'c'] },
				],
			}),
		).toBe(2);
	});
});
