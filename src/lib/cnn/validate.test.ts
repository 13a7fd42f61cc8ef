import { describe, expect, test } from 'vitest';
import { errorOf, thrown } from './testing.ts';
import { LAYER_TYPES, type Conv2DLayer, type LayerJson, type Pool2DLayer } from './types.ts';
import { fieldDefault, hasField, parseModel } from './validate.ts';

describe('parseModel fills in defaults', () => {
	test('a minimal conv2d gets every default of the format', () => {
		const model = parseModel({
			input: [28, 28, 1],
			layers: [{ type: 'conv2d', filters: 8, kernel: 3 }],
		});
		expect(model.name).toBe('model');
		expect(model.convention).toBe('keras');
		expect(model.layers[0]).toEqual<Conv2DLayer>({
			type: 'conv2d',
			name: 'conv2d',
			index: 0,
			inputs: ['input'],
			filters: 8,
			kernel: [3, 3],
			strides: [1, 1],
			padding: 'valid',
			dilation: [1, 1],
			groups: 1,
			useBias: true,
			activation: 'linear',
		});
	});

	test('pool strides default to the pool size, and explicit padding becomes a pair', () => {
		const model = parseModel({
			input: [28, 28, 1],
			layers: [{ type: 'maxPool2d', pool: [2, 3], padding: 1 }],
		});
		expect(model.layers[0]).toMatchObject<Partial<Pool2DLayer>>({
			strides: [2, 3],
			padding: [1, 1],
			ceilMode: false,
		});
	});

	test('unnamed layers get Keras names, counted per type', () => {
		const model = parseModel({
			input: [28, 28, 1],
			layers: [
				{ type: 'conv2d', filters: 8, kernel: 3 },
				{ type: 'batchNorm' },
				{ type: 'conv2d', filters: 8, kernel: 3 },
				{ type: 'maxPool2d', pool: 2 },
				{ type: 'conv2d', filters: 8, kernel: 3 },
				{ type: 'flatten' },
				{ type: 'dense', units: 10 },
			],
		});
		expect(model.layers.map((l) => l.name)).toEqual([
			'conv2d',
			'batch_normalization',
			'conv2d_1',
			'max_pooling2d',
			'conv2d_2',
			'flatten',
			'dense',
		]);
	});

	test('default names skip names the author already used', () => {
		const model = parseModel({
			input: [4],
			layers: [
				{ type: 'dense', units: 2 },
				{ type: 'dense', units: 2, name: 'dense' },
			],
		});
		expect(model.layers.map((l) => l.name)).toEqual(['dense_1', 'dense']);
	});

	test('each layer reads the previous one unless it lists inputs', () => {
		const model = parseModel({
			input: [4],
			layers: [
				{ type: 'dense', units: 2 },
				{ type: 'dense', units: 2 },
				{ type: 'add', inputs: ['dense', 'dense_1'] },
			],
		});
		expect(model.layers.map((l) => l.inputs)).toEqual([['input'], ['dense'], ['dense', 'dense_1']]);
		expect(model.sources).toEqual([[-1], [0], [0, 1]]);
	});
});

describe('parseModel rejects bad input with a typed error', () => {
	test.each<[string, unknown, string, string]>([
		[
			'a model that is not an object',
			[1, 2],
			'not-object',
			'Model: the value must be a JSON object { … }, but it is [1,2].',
		],
		[
			'a missing input',
			{ layers: [] },
			'missing-field',
			'Model: the required field "input" is missing.',
		],
		[
			'an input with a zero',
			{ input: [28, 0, 1], layers: [] },
			'not-positive-integer',
			'Model: "input" must be a list of 1 to 3 positive integers, such as [28, 28, 1], but it is [28,0,1].',
		],
		[
			'an input of rank 4',
			{ input: [1, 28, 28, 1], layers: [] },
			'invalid-shape',
			'Model: "input" must be a list of 1 to 3 positive integers, such as [28, 28, 1], but it is [1,28,28,1].',
		],
		[
			'layers that are not a list',
			{ input: [4], layers: {} },
			'not-list',
			'Model: "layers" must be a list [ … ], but it is {}.',
		],
		[
			'no layers',
			{ input: [4], layers: [] },
			'no-layers',
			'Model: the model has no layers; add at least one to "layers".',
		],
		[
			'an unknown model field',
			{ input: [4], layers: [], optimizer: 'adam' },
			'unknown-field',
			'Model: "optimizer" is not a field of the model (allowed: name, convention, input, layers).',
		],
		[
			'an unknown convention',
			{ input: [4], convention: 'caffe', layers: [] },
			'invalid-option',
			'Model: "convention" must be one of "keras", "pytorch", but it is "caffe".',
		],
		[
			'a layer that is not an object',
			{ input: [4], layers: ['dense'] },
			'not-object',
			'Layer 1: the value must be a JSON object { … }, but it is "dense".',
		],
		[
			'a layer without a type',
			{ input: [4], layers: [{ units: 3 }] },
			'missing-field',
			'Layer 1: the required field "type" is missing.',
		],
		[
			'an unknown type',
			{ input: [4], layers: [{ type: 'Conv2D' }] },
			'unknown-type',
			'Layer 1: "Conv2D" is not a layer type; known types are conv2d, depthwiseConv2d, separableConv2d, conv2dTranspose, maxPool2d, avgPool2d, globalAvgPool2d, globalMaxPool2d, flatten, dropout, activation, lrn, zeroPadding2d, upSampling2d, reshape, dense, batchNorm, add, multiply, concat.',
		],
		[
			'an unknown field',
			{ input: [4], layers: [{ type: 'dense', units: 3, unit: 3 }] },
			'unknown-field',
			'Layer 1 (dense): "unit" is not a field of dense (allowed: type, name, inputs, units, useBias, activation).',
		],
		[
			'a missing required field',
			{ input: [4], layers: [{ type: 'dense' }] },
			'missing-field',
			'Layer 1 (dense): the required field "units" is missing.',
		],
		[
			'a fractional size',
			{ input: [8, 8, 1], layers: [{ type: 'conv2d', filters: 2.5, kernel: 3 }] },
			'not-positive-integer',
			'Layer 1 (conv2d): "filters" must be a positive integer (1, 2, 3, …), but it is 2.5.',
		],
		[
			'a size written as text',
			{ input: [8, 8, 1], layers: [{ type: 'conv2d', filters: 2, kernel: '3' }] },
			'not-positive-integer',
			'Layer 1 (conv2d): "kernel" must be a positive integer or a pair [h, w] of positive integers, but it is "3".',
		],
		[
			'a negative padding',
			{ input: [8, 8, 1], layers: [{ type: 'conv2d', filters: 2, kernel: 3, padding: -1 }] },
			'not-non-negative-integer',
			'Layer 1 (conv2d): "padding" must be "valid", "same", a whole number (0 or more) or a pair [h, w] of them, but it is -1.',
		],
		[
			'a non-boolean flag',
			{ input: [4], layers: [{ type: 'dense', units: 2, useBias: 'yes' }] },
			'not-boolean',
			'Layer 1 (dense): "useBias" must be true or false, but it is "yes".',
		],
		[
			'an empty name',
			{ input: [4], layers: [{ type: 'dense', units: 2, name: '' }] },
			'not-string',
			'Layer 1: "name" must be a non-empty text, but it is "".',
		],
		[
			'the reserved name',
			{ input: [4], layers: [{ type: 'dense', units: 2, name: 'input' }] },
			'reserved-name',
			`Layer 1 (input): "input" is the name of the model's input; choose another name for a layer.`,
		],
		[
			'a duplicate name',
			{
				input: [4],
				layers: [
					{ type: 'dense', units: 2, name: 'fc' },
					{ type: 'dense', units: 2, name: 'fc' },
				],
			},
			'duplicate-name',
			'Layer 2 (fc): the name "fc" is already used by layer 1; layer names must be unique.',
		],
		[
			'inputs that are not a list of names',
			{ input: [4], layers: [{ type: 'dense', units: 2, inputs: 'input' }] },
			'not-list',
			'Layer 1 (dense): "inputs" must be a non-empty list of layer names, such as ["conv2d", "input"], but it is "input".',
		],
		[
			'a batch-norm epsilon of 0',
			{ input: [4], layers: [{ type: 'batchNorm', epsilon: 0 }] },
			'out-of-range',
			'Layer 1 (batch_normalization): "epsilon" must be a number above 0, but it is 0.',
		],
		[
			'a non-finite number',
			{ input: [4], layers: [{ type: 'lrn', alpha: Number.NaN }] },
			'not-number',
			'Layer 1 (lrn): "alpha" must be a number, but it is NaN.',
		],
	])('%s', (_title, json, code, english) => {
		const error = thrown(() => parseModel(json));
		expect(error.code).toBe(code);
		expect(error.describe('en')).toBe(english);
		expect(error.message).toBe(english);
		expect(error.describe('id')).not.toBe(english);
	});

	test('errors name the field and the layer as data, for widgets to highlight', () => {
		const error = errorOf({
			input: [8, 8, 1],
			layers: [{ type: 'conv2d', filters: 0, kernel: 3 }],
		});
		expect(error.layer).toEqual({ index: 0, name: 'conv2d' });
		expect(error.field).toBe('filters');
		expect(error.params).toMatchObject({ expected: 'int', got: '0' });
	});

	test('an Indonesian message names the same layer and field', () => {
		const error = errorOf({
			input: [8, 8, 1],
			layers: [{ type: 'conv2d', filters: 0, kernel: 3 }],
		});
		expect(error.describe('id')).toBe(
			'Layer 1 (conv2d): "filters" harus bilangan bulat positif (1, 2, 3, …), tetapi nilainya 0.',
		);
	});
});

describe('fieldDefault says what parseModel fills in', () => {
	test('a pool without strides strides by its window, as written', () => {
		expect(fieldDefault({ type: 'maxPool2d', pool: 3 }, 'strides')).toBe(3);
		expect(fieldDefault({ type: 'avgPool2d', pool: [2, 3] }, 'strides')).toEqual([2, 3]);
		expect(fieldDefault({ type: 'conv2d', filters: 8, kernel: 3 }, 'strides')).toEqual([1, 1]);
	});

	test('a required field or one the type lacks has no default', () => {
		expect(fieldDefault({ type: 'conv2d', filters: 8, kernel: 3 }, 'filters')).toBeUndefined();
		expect(fieldDefault({ type: 'dense', units: 4 }, 'strides')).toBeUndefined();
	});

	test('every default agrees with the layer parseModel builds when the field is left out', () => {
		const layers: LayerJson[] = [
			{ type: 'conv2d', filters: 8, kernel: 3 },
			{ type: 'depthwiseConv2d', kernel: 3 },
			{ type: 'separableConv2d', filters: 8, kernel: 3 },
			{ type: 'maxPool2d', pool: 2 },
			{ type: 'avgPool2d', pool: [2, 1] },
			{ type: 'batchNorm' },
			{ type: 'dropout', rate: 0.5 },
			{ type: 'flatten' },
			{ type: 'dense', units: 4 },
		];
		let checked = 0;
		for (const json of layers) {
			const parsed = parseModel({ input: [16, 16, 3], layers: [json] })
				.layers[0] as unknown as Record<string, unknown>;
			for (const key of Object.keys(parsed)) {
				if (['type', 'name', 'index', 'inputs'].includes(key) || key in json) continue;
				const expected = parsed[key];
				const value = fieldDefault(json, key);
				// A default copied from a field written as `2` is read as written; the model has `[2, 2]`.
				const normalised =
					typeof value === 'number' && Array.isArray(expected) ? [value, value] : value;
				expect(normalised, `${json.type}.${key}`).toEqual(expected);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(20);
	});
});

describe('hasField answers from the field tables', () => {
	test('convolutions and pools have a stride; dense layers and flatten do not', () => {
		const strided = LAYER_TYPES.filter((type) => hasField(type, 'strides'));
		expect(strided).toEqual([
			'conv2d',
			'depthwiseConv2d',
			'separableConv2d',
			'conv2dTranspose',
			'maxPool2d',
			'avgPool2d',
		]);
	});
});
