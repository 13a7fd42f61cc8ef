import { describe, expect, test } from 'vitest';
import { exercise2 } from './presets/exercise2.ts';
import { featureMapOf, layerRow } from './read.ts';
import { summary } from './summary.ts';
import { parseModel } from './validate.ts';

describe('layerRow', () => {
	const s = summary(parseModel(exercise2()));

	test('finds a row by position, from the end when negative, or by name', () => {
		expect(layerRow(s, 1).name).toBe('conv2d_1');
		expect(layerRow(s, -1).name).toBe('conv2d_2');
		expect(layerRow(s, 'conv2d_2').outputShape).toEqual([25, 38, 400]);
	});

	test('a missing row throws, naming the row asked for and the model', () => {
		expect(() => layerRow(s, 3)).toThrow(`missing layer 3 in ${s.name}`);
		expect(() => layerRow(s, 'fc1')).toThrow(`missing layer "fc1" in ${s.name}`);
	});
});

describe('featureMapOf', () => {
	test('returns a rank-3 shape as it is, typed as [H, W, C]', () => {
		const [h, w, c] = featureMapOf([7, 5, 512]);
		expect([h, w, c]).toEqual([7, 5, 512]);
	});

	test('a vector throws, naming its shape', () => {
		expect(() => featureMapOf([4096])).toThrow('got [4096]');
	});
});
