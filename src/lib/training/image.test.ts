import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeImageSet } from '../fashion-mnist/format.ts';
import { LAB_DATA_DIR } from '../fashion-mnist/recipes.ts';
import { greyOf, resample, SIDE, toFashionInput, workingSize } from './image.ts';

/** An RGBA picture of `width × height` in one colour, with `paint` drawing rectangles on it. */
function picture(width: number, height: number, background: readonly number[]) {
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < width * height; i++) rgba.set(background, 4 * i);
	const rect = (x: number, y: number, w: number, h: number, colour: readonly number[]) => {
		for (let yy = y; yy < y + h; yy++)
			for (let xx = x; xx < x + w; xx++) rgba.set(colour, 4 * (yy * width + xx));
	};
	return { rgba, rect };
}

/** The rows and columns of a 28 × 28 image holding values above `threshold`. */
function extent(pixels: Float32Array, threshold = 0.5) {
	const rows = new Set<number>();
	const cols = new Set<number>();
	pixels.forEach((v, i) => {
		if (v > threshold) {
			rows.add(Math.floor(i / SIDE));
			cols.add(i % SIDE);
		}
	});
	return {
		top: Math.min(...rows),
		bottom: Math.max(...rows),
		left: Math.min(...cols),
		right: Math.max(...cols),
	};
}

const WHITE = [255, 255, 255, 255];
const BLACK = [0, 0, 0, 255];

describe('the Fashion MNIST it imitates', () => {
	test('is light clothing on black: the committed test images are dark at the border and lit inside', () => {
		const root = join(import.meta.dirname, '../../..');
		const bytes = gunzipSync(readFileSync(join(root, LAB_DATA_DIR, 'test.bin.gz')));
		const set = decodeImageSet(new Uint8Array(bytes));
		let border = 0;
		let inside = 0;
		for (let i = 0; i < set.count; i++)
			for (let p = 0; p < 784; p++) {
				const [y, x] = [Math.floor(p / 28), p % 28];
				const edge = y === 0 || y === 27 || x === 0 || x === 27;
				if (edge) border += set.pixels[i * 784 + p] ?? 0;
				else inside += set.pixels[i * 784 + p] ?? 0;
			}
		const top = (1 << set.bits) - 1;
		expect(border / (set.count * 108 * top)).toBeLessThan(0.1);
		expect(inside / (set.count * 676 * top)).toBeGreaterThan(0.25);
	});
});

describe('a picture shrunk for the network', () => {
	test('a dark garment photographed on white becomes light on black, its longest side 28 pixels, centred', () => {
		const { rgba, rect } = picture(100, 60, WHITE);
		rect(30, 20, 40, 20, BLACK); // 40 wide, 20 tall: 2 : 1
		const result = toFashionInput(rgba, 100, 60);
		expect(result.inverted).toBe(true);
		expect(result.found).toBe(true);
		expect(extent(result.pixels)).toEqual({ top: 7, bottom: 20, left: 0, right: 27 });
		expect(result.pixels[14 * SIDE + 14]).toBeCloseTo(1, 5);
		expect(result.pixels[0]).toBe(0);
		expect(result.pixels[27 * SIDE + 27]).toBe(0);
	});

	test('a light object on a dark background is kept as it is, not negated', () => {
		const { rgba, rect } = picture(50, 50, [20, 20, 20, 255]);
		rect(10, 10, 30, 15, [220, 220, 220, 255]);
		const result = toFashionInput(rgba, 50, 50);
		expect(result.inverted).toBe(false);
		expect(extent(result.pixels)).toEqual({ top: 7, bottom: 20, left: 0, right: 27 });
		// The dark grey background becomes black, the object white.
		expect(result.pixels[0]).toBe(0);
		expect(result.pixels[14 * SIDE + 14]).toBeCloseTo(1, 5);
	});

	test('a tall, thin object keeps its aspect ratio and sits in the middle', () => {
		const { rgba, rect } = picture(80, 80, WHITE);
		rect(35, 0, 10, 40, BLACK); // 10 × 40: 7 × 28 once shrunk
		const { pixels } = toFashionInput(rgba, 80, 80);
		expect(extent(pixels)).toEqual({ top: 0, bottom: 27, left: 10, right: 16 });
	});

	test('transparent pixels count as a white background, as a browser shows them', () => {
		const { rgba, rect } = picture(40, 40, [0, 0, 0, 0]);
		rect(10, 10, 20, 20, [0, 0, 255, 255]);
		const result = toFashionInput(rgba, 40, 40);
		expect(result.inverted).toBe(true);
		expect(extent(result.pixels)).toEqual({ top: 0, bottom: 27, left: 0, right: 27 });
	});

	test('a plain picture with nothing on it is reported as empty, all black', () => {
		const { rgba } = picture(30, 30, WHITE);
		const result = toFashionInput(rgba, 30, 30);
		expect(result.found).toBe(false);
		expect(result.pixels.every((v) => v === 0)).toBe(true);
	});

	test('the inversion can be forced either way', () => {
		const { rgba, rect } = picture(20, 20, WHITE);
		rect(5, 5, 10, 10, BLACK);
		expect(toFashionInput(rgba, 20, 20, { invert: false }).inverted).toBe(false);
		expect(toFashionInput(rgba, 20, 20, { invert: true }).inverted).toBe(true);
	});

	test('refuses bytes too few for the size it is told', () => {
		expect(() => greyOf(new Uint8ClampedArray(10), 2, 2)).toThrow(/10 bytes for a 2 × 2/);
	});
});

describe('resampling', () => {
	test('averages by area when it shrinks, so a thin line stays as a fainter line', () => {
		expect([...resample([0, 1, 1, 0], 4, 1, 2, 1)]).toEqual([0.5, 0.5]);
		expect([...resample([0, 0, 0, 1, 0, 0], 6, 1, 2, 1)].map((v) => +v.toFixed(4))).toEqual([
			0, 0.3333,
		]);
	});

	test('repeats pixels when it enlarges, and keeps a uniform image uniform', () => {
		expect([...resample([0.25, 1], 2, 1, 4, 1)]).toEqual([0.25, 0.25, 1, 1]);
		const flat = resample(new Float32Array(7 * 5).fill(0.5), 7, 5, 3, 4);
		expect(flat.every((v) => Math.abs(v - 0.5) < 1e-6)).toBe(true);
	});
});

test('a large photo is read at no more than 280 pixels a side, a small one at its own size', () => {
	expect(workingSize(4000, 3000)).toEqual({ width: 280, height: 210 });
	expect(workingSize(100, 60)).toEqual({ width: 100, height: 60 });
});
