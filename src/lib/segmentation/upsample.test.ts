import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { averagePool2 } from './downsample.ts';
import { addScores, type ScoreMap } from './maps.ts';
import { RUNS, scoreMaps } from './testing.ts';
import { bilinearTaps, upsampleBilinear, upsampleNearest } from './upsample.ts';

describe('upsampling', () => {
	test('nearest upsampling copies each cell into a block', () => {
		const map: ScoreMap = { size: 2, classes: 1, scores: Float64Array.from([1, 2, 3, 4]) };
		expect(Array.from(upsampleNearest(map, 4).scores)).toEqual([
			1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4,
		]);
	});

	test('bilinear upsampling 2× with half-pixel centres: ¾ of the near value, ¼ of the far one', () => {
		expect(bilinearTaps(0, 2, 4)).toEqual({ i0: 0, i1: 1, t: 0 });
		expect(bilinearTaps(1, 2, 4)).toEqual({ i0: 0, i1: 1, t: 0.25 });
		expect(bilinearTaps(2, 2, 4)).toEqual({ i0: 0, i1: 1, t: 0.75 });
		expect(bilinearTaps(3, 2, 4)).toEqual({ i0: 1, i1: 1, t: 0 });
		const map: ScoreMap = { size: 2, classes: 1, scores: Float64Array.from([0, 4, 0, 4]) };
		expect(Array.from(upsampleBilinear(map, 4).scores.slice(0, 4))).toEqual([0, 1, 3, 4]);
	});

	test('bilinear upsampling keeps every value between the map’s minimum and maximum', () => {
		fc.assert(
			fc.property(scoreMaps, fc.integer({ min: 1, max: 4 }), (map, factor) => {
				const up = upsampleBilinear(map, map.size * factor);
				// One assertion per map rather than per value: a million `expect` calls were the test's
				// whole run time.
				expect(Math.min(...up.scores)).toBeGreaterThanOrEqual(Math.min(...map.scores) - 1e-12);
				expect(Math.max(...up.scores)).toBeLessThanOrEqual(Math.max(...map.scores) + 1e-12);
			}),
			RUNS,
		);
	});

	test('upsampling a constant map, either way, gives the same constant', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(size, value) => {
					const map: ScoreMap = {
						size,
						classes: 2,
						scores: new Float64Array(size * size * 2).fill(value),
					};
					for (const up of [upsampleBilinear(map, size * 4), upsampleNearest(map, size * 4)]) {
						const worst = Math.max(...up.scores.map((v) => Math.abs(v - value)));
						expect(worst).toBeLessThan(1e-12);
					}
				},
			),
			RUNS,
		);
	});

	test('nearest upsampling then 2×2 average pooling gives the map back', () => {
		fc.assert(
			fc.property(scoreMaps, (map) => {
				const back = averagePool2(upsampleNearest(map, map.size * 2));
				back.scores.forEach((v, i) => expect(v).toBeCloseTo(map.scores[i] ?? NaN, 12));
			}),
			RUNS,
		);
	});

	test('upsampling by a factor of 1 is the identity', () => {
		fc.assert(
			fc.property(scoreMaps, (map) => {
				expect(Array.from(upsampleBilinear(map, map.size).scores)).toEqual(Array.from(map.scores));
			}),
			RUNS,
		);
	});

	test('adding score maps adds them element by element', () => {
		const a: ScoreMap = { size: 1, classes: 2, scores: Float64Array.from([0.25, 0.75]) };
		expect(Array.from(addScores(a, a).scores)).toEqual([0.5, 1.5]);
	});
});
