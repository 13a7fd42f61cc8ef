import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labelMap } from './maps.ts';
import {
	classShares,
	confusion,
	evaluate,
	iouPerClass,
	meanIoU,
	pixelAccuracy,
} from './metrics.ts';
import { labelMaps, RUNS } from './testing.ts';

describe('metrics', () => {
	test('the page’s example: background everywhere on 90/10 pixels gives 90 % and mean IoU 0.45', () => {
		const truth = labelMap(10, (_x, y) => (y === 0 ? 1 : 0));
		const predicted = labelMap(10, () => 0);
		const m = confusion(truth, predicted, 2);
		expect(pixelAccuracy(m)).toBe(0.9);
		expect(iouPerClass(m)).toEqual([0.9, 0]);
		expect(meanIoU(m)).toBeCloseTo(0.45, 12);
	});

	test('a class in neither map is left out of the mean', () => {
		const map = labelMap(2, () => 0);
		expect(iouPerClass(confusion(map, map, 3))).toEqual([1, null, null]);
		expect(meanIoU(confusion(map, map, 3))).toBe(1);
	});

	test('the IoU of a map with itself is 1 for every class it contains, and so is the accuracy', () => {
		fc.assert(
			fc.property(labelMaps, (map) => {
				const r = evaluate(map, map, 4);
				expect(r.pixelAccuracy).toBe(1);
				expect(r.meanIoU).toBe(1);
				r.iou.forEach((v, c) => expect(v).toBe(map.labels.includes(c) ? 1 : null));
			}),
			RUNS,
		);
	});

	test('IoU is symmetric and both scores lie between 0 and 1', () => {
		fc.assert(
			fc.property(
				labelMaps.chain((a) =>
					fc
						.array(fc.integer({ min: 0, max: 3 }), {
							minLength: a.labels.length,
							maxLength: a.labels.length,
						})
						.map((values) => [a, { size: a.size, labels: Uint8Array.from(values) }] as const),
				),
				([a, b]) => {
					const ab = evaluate(a, b, 4);
					const ba = evaluate(b, a, 4);
					expect(ab.iou).toEqual(ba.iou);
					expect(ab.pixelAccuracy).toBe(ba.pixelAccuracy);
					for (const v of [ab.pixelAccuracy, ab.meanIoU]) {
						expect(v).toBeGreaterThanOrEqual(0);
						expect(v).toBeLessThanOrEqual(1);
					}
				},
			),
			RUNS,
		);
	});

	test('class shares count pixels', () => {
		expect(
			classShares(
				labelMap(2, (x) => x),
				3,
			),
		).toEqual([0.5, 0.5, 0]);
	});
});
