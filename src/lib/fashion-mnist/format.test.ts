import { describe, expect, test } from 'vitest';
import { createRandom } from '../training/random.ts';
import {
	decodeImageSet,
	encodedSize,
	encodeImageSet,
	imageInto,
	isGzip,
	levelValues,
	quantise,
	type Bits,
	type ImageSet,
} from './format.ts';

function randomSet(count: number, rows: number, cols: number, bits: Bits, seed = 1): ImageSet {
	const random = createRandom(seed);
	const top = 1 << bits;
	return {
		count,
		rows,
		cols,
		bits,
		classes: 10,
		labels: Uint8Array.from({ length: count }, () => random.int(10)),
		pixels: Uint8Array.from({ length: count * rows * cols }, () => random.int(top)),
	};
}

describe('quantisation', () => {
	test('maps 0 and 255 to the lowest and highest level and rounds to the nearest level', () => {
		expect([0, 8, 9, 17, 25, 26, 255].map((v) => quantise(v, 4))).toEqual([0, 0, 1, 1, 1, 2, 15]);
		expect(quantise(255, 1)).toBe(1);
		expect(quantise(127, 1)).toBe(0);
		expect(quantise(200, 8)).toBe(200);
	});

	test('never moves a pixel by more than half a level', () => {
		const values = levelValues(4);
		for (let v = 0; v <= 255; v++)
			expect(Math.abs((values[quantise(v, 4)] ?? NaN) - v / 255)).toBeLessThanOrEqual(
				1 / 30 + 1e-7,
			);
	});

	test('level values run from 0 to 1 in equal steps', () => {
		expect([...levelValues(2)]).toEqual([0, 1 / 3, 2 / 3, 1].map((v) => Math.fround(v)));
	});
});

describe('the image format', () => {
	test.each([1, 2, 4, 8] as const)('round-trips labels and pixels at %i bits a pixel', (bits) => {
		const set = randomSet(7, 5, 3, bits, bits);
		const bytes = encodeImageSet(set);
		expect(bytes.length).toBe(encodedSize(7, 5, 3, bits));
		expect(decodeImageSet(bytes)).toEqual(set);
	});

	test('packs two 4-bit pixels a byte, the first in the high nibble, after a 16-byte header', () => {
		const set: ImageSet = {
			count: 1,
			rows: 1,
			cols: 3,
			bits: 4,
			classes: 10,
			labels: Uint8Array.of(9),
			pixels: Uint8Array.of(1, 15, 7),
		};
		const bytes = encodeImageSet(set);
		expect([...bytes.subarray(0, 4)]).toEqual([0x46, 0x4d, 0x4e, 0x51]);
		expect([...bytes.subarray(16)]).toEqual([9, 0x1f, 0x70]);
	});

	test('refuses a file that is not one, is truncated, or is of another version', () => {
		const bytes = encodeImageSet(randomSet(2, 2, 2, 4));
		expect(() => decodeImageSet(bytes.subarray(0, bytes.length - 1))).toThrow(/bytes/);
		expect(() => decodeImageSet(bytes.subarray(0, 8))).toThrow(/truncated/);
		expect(() => decodeImageSet(Uint8Array.of(...bytes).fill(0, 0, 1))).toThrow(/not a lab/);
		const future = Uint8Array.of(...bytes);
		future[4] = 2;
		expect(() => decodeImageSet(future)).toThrow(/version 2/);
	});

	test('refuses to encode a pixel above the top level or a label count that does not match', () => {
		const set = randomSet(2, 2, 2, 2);
		expect(() => encodeImageSet({ ...set, pixels: set.pixels.map(() => 4) })).toThrow(/above/);
		expect(() => encodeImageSet({ ...set, labels: Uint8Array.of(1) })).toThrow(/labels/);
	});

	test('writes an image into a network input buffer as values in [0, 1]', () => {
		const set = randomSet(3, 2, 2, 4);
		const out = new Float32Array(6).fill(-1);
		imageInto(set, 1, out, 2);
		expect([...out.subarray(0, 2)]).toEqual([-1, -1]);
		expect([...out.subarray(2)]).toEqual(
			[...set.pixels.subarray(4, 8)].map((l) => Math.fround(l / 15)),
		);
	});

	test('tells gzipped bytes from a decoded file', () => {
		expect(isGzip(Uint8Array.of(0x1f, 0x8b, 8))).toBe(true);
		expect(isGzip(encodeImageSet(randomSet(1, 1, 1, 4)))).toBe(false);
	});
});
