import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convOutputSize, parseModel, summary } from '../../lib/cnn/index.ts';
import { vgg16 } from '../../lib/cnn/presets/vgg16.ts';
import { defined } from '../../lib/defined.ts';
import {
	TRAIN_SIZE,
	VGG_HEAD,
	convBase,
	convert,
	headWidths,
	reshapeOf,
	totalStride,
	type Conversion,
} from './conversion.ts';

function ok(result: ReturnType<typeof convert>): Conversion {
	if (!result.ok) throw new Error(result.error.message);
	return result.value;
}

describe('convert', () => {
	test('VGG-16’s head becomes a 7×7 convolution with 4,096 filters, then 1×1 convolutions', () => {
		const c = ok(convert(VGG_HEAD, TRAIN_SIZE));
		expect(c.featureMap).toEqual([7, 7, 512]);
		expect(c.pairs.map((p) => p.conv.layer)).toMatchObject([
			{ kernel: [7, 7], filters: 4096, padding: 'valid' },
			{ kernel: [1, 1], filters: 4096 },
			{ kernel: [1, 1], filters: 1000, activation: 'softmax' },
		]);
	});

	test('layer by layer the counts are identical: 102,764,544, 16,781,312, 4,097,000', () => {
		const c = ok(convert(VGG_HEAD, 448));
		expect(c.pairs.map((p) => p.dense.params)).toEqual([102_764_544, 16_781_312, 4_097_000]);
		expect(c.pairs.map((p) => p.conv.params)).toEqual([102_764_544, 16_781_312, 4_097_000]);
	});

	test('the dense model is exactly the VGG-16 preset, so its total is 138,357,544', () => {
		const c = ok(convert(VGG_HEAD, TRAIN_SIZE));
		expect(c.dense.totalParams).toBe(summary(parseModel(vgg16())).totalParams);
		expect(c.conv.totalParams).toBe(138_357_544);
	});

	test('a 448-pixel image gives an 8×8 grid of 1,000-class predictions, 32 pixels apart', () => {
		const c = ok(convert(VGG_HEAD, 448));
		expect(c.featureMapAtSize).toEqual([14, 14, 512]);
		expect(c.output).toEqual([8, 8, 1000]);
		expect(c.stride).toBe(32);
	});

	test('the counts match for any head: any number of dense layers, units and classes', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 5000 }),
				fc.integer({ min: 1, max: 2000 }),
				fc.integer({ min: 224, max: 700 }),
				(dense, units, classes, size) => {
					const c = ok(convert({ dense, units, classes }, size));
					expect(c.pairs).toHaveLength(dense);
					for (const p of c.pairs) expect(p.conv.params).toBe(p.dense.params);
					expect(c.output[2]).toBe(classes);
				},
			),
			{ numRuns: 60 },
		);
	});

	test('the grid the engine computes is the classifier slid with a 32-pixel stride', () => {
		fc.assert(
			fc.property(fc.integer({ min: TRAIN_SIZE, max: 2048 }), (size) => {
				const c = ok(convert(VGG_HEAD, size));
				// A 224-pixel window slid with that stride: a "valid" convolution of kernel 224.
				expect(c.output[0]).toBe(convOutputSize(size, { kernel: TRAIN_SIZE, stride: c.stride }));
				// The same through the engine's one output-size formula, pool by pool.
				let side = size;
				for (let i = 0; i < 5; i++) side = convOutputSize(side, { kernel: 2, stride: 2 });
				expect(c.featureMapAtSize[0]).toBe(side);
			}),
			{ numRuns: 200 },
		);
	});

	test('an image smaller than 224 gets the engine’s message about the 7×7 kernel', () => {
		const result = convert(VGG_HEAD, 100);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe('kernel-too-large');
		expect(result.error.describe('en')).toMatch(/fc1_conv.*7×7.*3×3/);
		expect(result.error.describe('id')).toMatch(/fc1_conv/);
	});

	test('an image too small for the pools gets the engine’s message about the first pool', () => {
		const result = convert(VGG_HEAD, 1);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.describe('en')).toMatch(/block1_pool/);
	});
});

describe('the rest of the conversion', () => {
	test('the base is VGG-16’s thirteen convolutions and five pools, ending at block5_pool', () => {
		const base = convBase();
		expect(base).toHaveLength(18);
		expect(base.at(-1)?.name).toBe('block5_pool');
	});

	test('a head of n dense layers has n − 1 hidden widths and the classes last', () => {
		expect(headWidths(VGG_HEAD)).toEqual([4096, 4096, 1000]);
		expect(headWidths({ dense: 1, units: 10, classes: 5 })).toEqual([5]);
	});

	test('the weights are reshaped (25088, 4096) → (7, 7, 512, 4096) in Keras, (4096, 25088) → (4096, 512, 7, 7) in PyTorch', () => {
		const c = ok(convert(VGG_HEAD, TRAIN_SIZE));
		expect(reshapeOf(defined(c.pairs[0], 'the first pair'))).toEqual({
			kerasFrom: [25_088, 4096],
			kerasTo: [7, 7, 512, 4096],
			torchFrom: [4096, 25_088],
			torchTo: [4096, 512, 7, 7],
		});
		expect(reshapeOf(defined(c.pairs[2], 'the last pair')).kerasTo).toEqual([1, 1, 4096, 1000]);
	});

	test('the stride is the product of the strides along the base', () => {
		expect(totalStride(summary(parseModel(vgg16())).layers.slice(0, 18))).toBe(32);
	});
});
