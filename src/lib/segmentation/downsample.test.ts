import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convOutputSize } from '../cnn/index.ts';
import { averagePool2, downsampleStages, stageSize, subsample2 } from './downsample.ts';
import { argmax, labelMap, oneHot } from './maps.ts';
import { CLASS_COUNT, sceneLabels } from './scene.ts';
import { labelMaps, RUNS } from './testing.ts';

describe('downsampling', () => {
	test('stage sizes are the engine’s: 64 → 32 → 16 → 8 → 4 → 2', () => {
		const stages = downsampleStages(sceneLabels(), CLASS_COUNT, 5);
		expect(stages.map((s) => [s.stride, s.labels.size])).toEqual([
			[2, 32],
			[4, 16],
			[8, 8],
			[16, 4],
			[32, 2],
		]);
		expect(stages.map((s) => s.labels.size)).toEqual(
			[64, 32, 16, 8, 4].map((n) => convOutputSize(n, { kernel: 2, stride: 2 })),
		);
		expect(stageSize(7)).toBe(3);
	});

	test('a block’s scores are its class shares: a 2×2 block with 3 pixels of class 1', () => {
		const map = labelMap(2, (x, y) => (x === 0 && y === 0 ? 0 : 1));
		expect(Array.from(averagePool2(oneHot(map, 2)).scores)).toEqual([0.25, 0.75]);
		expect(Array.from(argmax(averagePool2(oneHot(map, 2))).labels)).toEqual([1]);
	});

	test('a tie goes to the first class', () => {
		const map = labelMap(2, (x) => (x === 0 ? 1 : 2));
		expect(Array.from(argmax(averagePool2(oneHot(map, 3))).labels)).toEqual([1]);
	});

	test('the pole survives stride 4 but is outvoted at stride 8 (except where the sign is)', () => {
		const stages = downsampleStages(sceneLabels(), CLASS_COUNT, 5);
		const poleCells = stages.map((s) => s.labels.labels.filter((l) => l === 3).length);
		expect(poleCells[0]).toBeGreaterThan(0);
		expect(poleCells[1]).toBeGreaterThan(0);
		expect(poleCells[2]).toBe(1);
		expect(poleCells[4]).toBe(0);
	});

	test('subsampling keeps the top-left pixel of each block', () => {
		const map = labelMap(4, (x, y) => (x + y) % 3);
		expect(Array.from(subsample2(map).labels)).toEqual([0, 2, 2, 1]);
	});

	test('averaged scores stay a distribution: non-negative, summing to 1 per cell', () => {
		fc.assert(
			fc.property(labelMaps, (map) => {
				const pooled = averagePool2(oneHot(map, 4));
				for (let i = 0; i < pooled.size * pooled.size; i++) {
					let sum = 0;
					for (let c = 0; c < 4; c++) {
						const s = pooled.scores[i * 4 + c] ?? -1;
						expect(s).toBeGreaterThanOrEqual(0);
						sum += s;
					}
					expect(sum).toBeCloseTo(1, 12);
				}
			}),
			RUNS,
		);
	});

	test('a constant label map stays that constant through every stage, with either rule', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 3 }),
				fc.constantFrom('average', 'subsample'),
				(c, rule) => {
					const flat = labelMap(64, () => c);
					for (const stage of downsampleStages(flat, 4, 5, rule)) {
						expect(stage.labels.labels.every((l) => l === c)).toBe(true);
					}
				},
			),
		);
	});

	test('argmax of a one-hot map gives back the labels', () => {
		fc.assert(
			fc.property(labelMaps, (map) => {
				expect(Array.from(argmax(oneHot(map, 4)).labels)).toEqual(Array.from(map.labels));
			}),
			RUNS,
		);
	});
});
