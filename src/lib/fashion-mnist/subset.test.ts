import { describe, expect, test } from 'vitest';
import { CLASS_NAMES } from './classes.ts';
import { decodeImageSet, encodeImageSet } from './format.ts';
import { encodeIdx, parseIdx } from './idx.ts';
import { balancedSubset, makeSubset } from './subset.ts';

describe('IDX files', () => {
	test('parse back what was written, sizes big-endian', () => {
		const data = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => i);
		const bytes = encodeIdx([2, 3, 4], data);
		expect([...bytes.subarray(0, 8)]).toEqual([0, 0, 8, 3, 0, 0, 0, 2]);
		const parsed = parseIdx(bytes);
		expect(parsed.dims).toEqual([2, 3, 4]);
		expect([...parsed.data]).toEqual([...data]);
	});

	test('refuse another element type, a short header or a wrong length', () => {
		const bytes = encodeIdx([3], Uint8Array.of(1, 2, 3));
		expect(() => parseIdx(bytes.subarray(0, 7))).toThrow(/bytes|truncated/);
		const floats = Uint8Array.of(...bytes);
		floats[2] = 0x0d;
		expect(() => parseIdx(floats)).toThrow(/type 0xd/);
		expect(() => parseIdx(Uint8Array.of(1, 2, 3, 4))).toThrow(/not an IDX/);
	});
});

describe('balanced subsets', () => {
	const labels = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 10);

	test('take the same number of each class, interleaved so every prefix stays balanced', () => {
		const chosen = balancedSubset(labels, 12, 5);
		expect(chosen.length).toBe(120);
		expect(new Set(chosen).size).toBe(120);
		expect([...chosen.subarray(0, 20)].map((i) => labels[i])).toEqual([
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
		]);
	});

	test('are the same for the same seed and differ for another', () => {
		expect(balancedSubset(labels, 12, 5)).toEqual(balancedSubset(labels, 12, 5));
		expect(balancedSubset(labels, 12, 5)).not.toEqual(balancedSubset(labels, 12, 6));
	});

	test('refuse to take more of a class than there is', () => {
		expect(() => balancedSubset(labels, 31, 1)).toThrow(/class 0 has 30 examples/);
	});

	test('quantise the chosen images and keep each its own label', () => {
		// Image i is uniformly grey at level i mod 16 (8-bit value 17 × level), its label i mod 10.
		const count = 40;
		const images = Uint8Array.from({ length: count * 4 }, (_, p) => 17 * (Math.floor(p / 4) % 16));
		const small = Uint8Array.from({ length: count }, (_, i) => i % 10);
		const set = makeSubset(encodedIdx(images, [count, 2, 2]), encodedIdx(small, [count]), {
			perClass: 3,
			seed: 2,
			bits: 4,
		});
		expect(set.count).toBe(30);
		for (let i = 0; i < set.count; i++) {
			const levels = new Set(set.pixels.subarray(i * 4, i * 4 + 4));
			expect(levels.size).toBe(1);
			const [level] = levels;
			const sources = Array.from({ length: count }, (_, j) => j).filter(
				(j) => j % 16 === level && j % 10 === set.labels[i],
			);
			expect(sources).toHaveLength(1);
		}
		expect(decodeImageSet(encodeImageSet(set))).toEqual(set);
	});
});

function encodedIdx(data: Uint8Array, dims: number[]) {
	return parseIdx(encodeIdx(dims, data));
}

test('every class has a name in both languages', () => {
	expect(CLASS_NAMES.en).toHaveLength(10);
	expect(CLASS_NAMES.id).toHaveLength(10);
	expect(CLASS_NAMES.id.every((name) => name.length > 0)).toBe(true);
});
