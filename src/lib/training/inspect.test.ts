import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { findPreset } from '../cnn/presets/index.ts';
import {
	argmax,
	cellShade,
	channelOf,
	channelStats,
	classScores,
	greyToRgba,
	layerMaps,
	toGreyLevels,
	valueRange,
} from './inspect.ts';
import { createNetwork } from './network.ts';

describe('feature maps and filters as pictures', () => {
	// A 2 × 2 map with 3 channels, channels last: value = 10·position + channel.
	const values = Float32Array.from({ length: 12 }, (_, i) => 10 * Math.floor(i / 3) + (i % 3));

	test('one channel of a channels-last tensor is read out row by row', () => {
		expect([...channelOf(values, [2, 2, 3], 1)]).toEqual([1, 11, 21, 31]);
		expect(() => channelOf(values, [2, 2, 3], 3)).toThrow(RangeError);
	});

	test('the range skips values that are not finite', () => {
		expect(valueRange([3, NaN, -2, Infinity, 5])).toEqual({ min: -2, max: 5 });
		expect(valueRange([])).toEqual({ min: 0, max: 0 });
	});

	test('grey levels run from black at the minimum to white at the maximum', () => {
		expect([...toGreyLevels([-1, 0, 1])]).toEqual([0, 128, 255]);
		// A layer-wide range keeps a weak map dark.
		expect([...toGreyLevels([0, 0.5], { min: 0, max: 2 })]).toEqual([0, 64]);
	});

	test('a map that never fired is black and a constant positive one white, not NaN', () => {
		expect([...toGreyLevels([0, 0, 0])]).toEqual([0, 0, 0]);
		expect([...toGreyLevels([2, 2])]).toEqual([255, 255]);
		expect([...toGreyLevels([NaN, 1, 0])]).toEqual([0, 255, 0]);
	});

	test('grey levels become opaque RGBA pixels', () => {
		expect([...greyToRgba([7, 200])]).toEqual([7, 7, 7, 255, 200, 200, 200, 255]);
	});

	test('each channel’s mean and maximum describe how strongly it fired', () => {
		expect(channelStats(values, [2, 2, 3])).toEqual([
			{ mean: 15, max: 30 },
			{ mean: 16, max: 31 },
			{ mean: 17, max: 32 },
		]);
	});

	test('argmax takes the first of equal values', () => {
		expect(argmax([0.1, 0.7, 0.7, 0.1])).toBe(1);
		expect(argmax([])).toBe(0);
	});
});

describe('a network’s feature maps for one image', () => {
	test('are the convolution and pooling outputs of that image, copied with their shapes', async () => {
		const json = await defined(findPreset('fashion-tiny'), 'the tiny preset').load();
		const network = createNetwork(json, { input: [28, 28, 1], classes: 10 });
		const images = new Float32Array(2 * 784);
		images.fill(0.8, 784 + 300, 784 + 500); // only the second image has ink
		network.predict(images, 2);
		const maps = layerMaps(network, 1);
		const spatial = network.model.layers.filter((l) =>
			['conv2d', 'maxPool2d', 'avgPool2d'].includes(l.type),
		);
		expect(maps.map((m) => m.name)).toEqual(spatial.map((l) => l.name));
		for (const map of maps) {
			const index = network.model.layers.findIndex((l) => l.name === map.name);
			const row = defined(network.summary.layers[index], map.name);
			expect(map.shape).toEqual(row.outputShape);
			const size = map.shape[0] * map.shape[1] * map.shape[2];
			expect([...map.values]).toEqual([...network.layerOutput(index).subarray(size, 2 * size)]);
		}
		const first = defined(maps[0], 'the first layer’s maps');
		const before = first.values.slice();
		network.predict(new Float32Array(784).fill(1), 1);
		expect(first.values).toEqual(before);
	});
});

describe('the confusion matrix read per class', () => {
	// 3 classes; rows are true classes. Class 2 has no images.
	const confusion = [8, 2, 0, 1, 3, 0, 0, 0, 0];
	const scores = classScores(confusion, 3);

	test('gives each class’s recall, and none for a class without images', () => {
		expect(scores.support).toEqual([10, 4, 0]);
		expect(scores.recall).toEqual([0.8, 0.75, null]);
	});

	test('gives each class’s precision and the overall accuracy', () => {
		expect(scores.precision).toEqual([8 / 9, 3 / 5, null]);
		expect(scores.accuracy).toBeCloseTo(11 / 14, 10);
	});

	test('shades each cell by its share of the row', () => {
		expect(scores.rowShares).toEqual([0.8, 0.2, 0, 0.25, 0.75, 0, 0, 0, 0]);
		expect(classScores([0, 0, 0, 0], 2).accuracy).toBeNull();
		expect(() => classScores([1, 2, 3], 2)).toThrow(/needs 4 counts, got 3/);
	});

	test('shades stay out of the middle band where neither text colour would be legible', () => {
		expect([0, 0.25, 0.49, 0.5, 0.75, 1, NaN, 2].map(cellShade)).toEqual([
			0, 15, 29, 70, 85, 100, 0, 100,
		]);
	});
});
