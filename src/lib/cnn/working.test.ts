import { describe, expect, test } from 'vitest';
import { exercise2 } from './presets/exercise2.ts';
import { row } from './testing.ts';
import type { LayerJson } from './types.ts';
import { parseModel } from './validate.ts';
import { working } from './working.ts';

describe('working', () => {
	test('exercise 2 in English and Indonesian number formats', () => {
		const model = parseModel(exercise2());
		expect(working(model, 0, 'en')).toBe('(3×3×3 + 1) × 100 = 2,800');
		expect(working(model, 0, 'id')).toBe('(3×3×3 + 1) × 100 = 2.800');
		expect(working(model, 2, 'en')).toBe('(3×3×200 + 1) × 400 = 720,400');
		expect(working(model, 2, 'id')).toBe('(3×3×200 + 1) × 400 = 720.400');
	});

	test.each<[string, number[], LayerJson, string]>([
		[
			'conv without bias',
			[8, 8, 16],
			{ type: 'conv2d', filters: 32, kernel: 3, useBias: false },
			'3×3×16 × 32 = 4,608',
		],
		[
			'grouped conv',
			[8, 8, 64],
			{ type: 'conv2d', filters: 64, kernel: 3, groups: 32 },
			'(3×3×(64/32) + 1) × 64 = 1,216',
		],
		[
			'transposed conv',
			[7, 7, 32],
			{ type: 'conv2dTranspose', filters: 16, kernel: 3 },
			'(3×3×32 + 1) × 16 = 4,624',
		],
		['depthwise conv', [8, 8, 32], { type: 'depthwiseConv2d', kernel: 3 }, '(3×3 + 1) × 32 = 320'],
		[
			'depthwise with a multiplier',
			[8, 8, 32],
			{ type: 'depthwiseConv2d', kernel: 3, depthMultiplier: 2, useBias: false },
			'3×3 × 32×2 = 576',
		],
		[
			'separable conv',
			[8, 8, 64],
			{ type: 'separableConv2d', filters: 128, kernel: 3, useBias: false },
			'3×3×64 + 64×128 = 8,768',
		],
		[
			'separable conv with bias',
			[8, 8, 4],
			{ type: 'separableConv2d', filters: 6, kernel: 3, depthMultiplier: 2 },
			'3×3×4×2 + 4×2×6 + 6 = 126',
		],
		['dense', [9216], { type: 'dense', units: 4096 }, '(9,216 + 1) × 4,096 = 37,752,832'],
		[
			'dense on a feature map',
			[7, 7, 64],
			{ type: 'dense', units: 10, useBias: false },
			'64 × 10 = 640',
		],
		[
			'keras batch norm',
			[7, 7, 64],
			{ type: 'batchNorm' },
			'(2 + 2) × 64 = 256 (128 non-trainable)',
		],
		['layers without parameters', [7, 7, 64], { type: 'maxPool2d', pool: 2 }, '0'],
	])('%s', (_title, input, layer, text) => {
		expect(working(row(input, layer), 'en')).toBe(text);
	});

	test('pytorch batch norm counts only γ and β', () => {
		expect(working(row([64], { type: 'batchNorm' }, 'pytorch'), 'en')).toBe('2 × 64 = 128');
	});

	test('the non-trainable note is translated', () => {
		expect(working(row([7, 7, 64], { type: 'batchNorm' }), 'id')).toBe(
			'(2 + 2) × 64 = 256 (128 tidak dilatih)',
		);
	});

	test('an index outside the model gives 0 rather than failing', () => {
		expect(working(parseModel(exercise2()), 9, 'en')).toBe('0');
	});
});
