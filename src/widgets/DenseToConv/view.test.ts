import { describe, expect, test } from 'vitest';
import { working } from '../../lib/cnn/index.ts';
import { defined } from '../../lib/defined.ts';
import { convert } from './conversion.ts';
import { TRAIN_SIZE, VGG_HEAD } from './settings.ts';
import { converterView, type ConverterView } from './view.ts';

function ok(result: ReturnType<typeof converterView>): ConverterView {
	if (!result.ok) throw new Error(result.message);
	return result.view;
}

describe('converterView', () => {
	test('reads every count and working from the engine’s two summaries', () => {
		const view = ok(converterView(VGG_HEAD, 448, 'en'));
		const c = convert(VGG_HEAD, 448);
		if (!c.ok) throw c.error;
		expect(view.layers.map((l) => l.name)).toEqual(['fc1', 'fc2', 'predictions']);
		view.layers.forEach((layer, i) => {
			const pair = defined(c.value.pairs[i], `pair ${i}`);
			expect(layer.dense.params).toBe(pair.dense.params);
			expect(layer.conv.working).toBe(working(pair.conv, 'en'));
		});
		expect(view.layers[0]?.conv.kernel).toEqual([7, 7]);
		expect(view.denseTotal).toBe(123_642_856);
		expect(view.convTotal).toBe(view.denseTotal);
	});

	test('at 448 pixels: an 8×8 grid, 32 pixels apart from five pools, 8 slides of the window', () => {
		const view = ok(converterView(VGG_HEAD, 448, 'en'));
		expect(view.output).toEqual([8, 8, 1000]);
		expect(view.stride).toBe(32);
		expect(view.pools).toBe(5);
		expect(view.slides).toBe(8);
		expect(view.flat).toEqual([25_088]);
		expect(view.featureMapAtSize).toEqual([14, 14, 512]);
	});

	test('the base runs once on the large image, more work than one crop but less than 64 crops', () => {
		const view = ok(converterView(VGG_HEAD, 448, 'en'));
		expect(view.macs.conv).toBeGreaterThan(view.macs.dense);
		expect(view.macs.conv).toBeLessThan(64 * view.macs.dense);
	});

	test('writes each working in the page’s language', () => {
		const id = ok(converterView(VGG_HEAD, TRAIN_SIZE, 'id'));
		expect(id.layers[0]?.dense.working).toBe('(25.088 + 1) × 4.096 = 102.764.544');
		expect(id.layers[0]?.conv.working).toBe('(7×7×512 + 1) × 4.096 = 102.764.544');
	});

	test('an impossible size comes back as the engine’s message in the page’s language', () => {
		const result = converterView(VGG_HEAD, 100, 'en');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/fc1_conv.*7×7/);
	});

	test('it is plain data, so an island prop carries it unchanged', () => {
		const view = ok(converterView(VGG_HEAD, TRAIN_SIZE, 'en'));
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
		expect(JSON.stringify(view).length).toBeLessThan(2000);
	});
});
