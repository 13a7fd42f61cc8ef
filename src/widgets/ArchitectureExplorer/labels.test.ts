import { describe, expect, test } from 'vitest';
import { parseModel, summary } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { opLabel, paramsText, shapeText, tagsText } from './labels.ts';
import { STRINGS } from './strings.ts';

const op = { en: STRINGS.en.op, id: STRINGS.id.op };

const s = summary(
	parseModel({
		input: [56, 56, 256],
		layers: [
			{ type: 'conv2d', name: 'a', filters: 128, kernel: 3, strides: 2, padding: 'same' },
			{ type: 'batchNorm', name: 'b' },
			{ type: 'activation', name: 'c', fn: 'relu' },
			{ type: 'maxPool2d', name: 'd', pool: 3, strides: 2, padding: 'same' },
			{ type: 'separableConv2d', name: 'e', filters: 4096, kernel: 3, padding: 'same' },
			{ type: 'globalAvgPool2d', name: 'f' },
			{ type: 'dropout', name: 'g', rate: 0.5 },
			{ type: 'dense', name: 'h', units: 1000, activation: 'softmax' },
		],
	}),
);
const rows = s.layers;

describe('labels', () => {
	test('name a layer by kernel, width and stride, in each language’s word order', () => {
		expect(opLabel(layerRow(s, 0).layer, 'en', op.en)).toBe('3×3 conv, 128 /2');
		expect(opLabel(layerRow(s, 0).layer, 'id', op.id)).toBe('konv 3×3, 128 /2');
		expect(opLabel(layerRow(s, 3).layer, 'en', op.en)).toBe('3×3 max pool /2');
		expect(opLabel(layerRow(s, 3).layer, 'id', op.id)).toBe('max pool 3×3 /2');
		expect(opLabel(layerRow(s, 5).layer, 'en', op.en)).toBe('global avg pool');
	});

	test('write numbers in the page’s format', () => {
		expect(opLabel(layerRow(s, 4).layer, 'en', op.en)).toBe('3×3 sep. conv, 4,096');
		expect(opLabel(layerRow(s, 4).layer, 'id', op.id)).toBe('konv sep. 3×3, 4.096');
		expect(opLabel(layerRow(s, 6).layer, 'id', op.id)).toBe('dropout 0,5');
		expect(shapeText([14, 14, 1024], 'en')).toBe('14×14×1,024');
		expect(paramsText(102_764_544, 'id', STRINGS.id)).toBe('102.764.544 param');
	});

	test('tag a box with its activation and the layers folded into it', () => {
		expect(tagsText(rows.slice(0, 3), op.en)).toBe('BN · ReLU');
		expect(tagsText([layerRow(s, 7)], op.en)).toBe('softmax');
		expect(tagsText([layerRow(s, 3)], op.en)).toBe('');
	});
});
