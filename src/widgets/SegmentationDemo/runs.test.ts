import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labelMap, type LabelMap } from '../../lib/segmentation/maps.ts';
import { classShares } from '../../lib/segmentation/metrics.ts';
import { CLASS_COUNT, sceneLabels } from '../../lib/segmentation/scene.ts';
import { percent, score } from './numbers.ts';
import { errorRuns, labelRuns, type Run } from './runs.ts';

/** Paints runs back into a label map, to check they cover every pixel exactly once. */
function paint(runs: readonly Run[], size: number, total: number): Int16Array {
	const cell = total / size;
	const out = new Int16Array(size * size).fill(-1);
	for (const r of runs) {
		const [x0, x1] = [Math.round(r.x / cell), Math.round((r.x + r.w) / cell)];
		const [y0, y1] = [Math.round(r.y / cell), Math.round((r.y + r.h) / cell)];
		for (let y = y0; y < y1; y++) {
			for (let x = x0; x < x1; x++) {
				expect(out[y * size + x]).toBe(-1);
				out[y * size + x] = r.label;
			}
		}
	}
	return out;
}

const maps = fc
	.integer({ min: 1, max: 8 })
	.chain((size) =>
		fc
			.array(fc.integer({ min: 0, max: 3 }), { minLength: size * size, maxLength: size * size })
			.map((values): LabelMap => ({ size, labels: Uint8Array.from(values) })),
	);

describe('drawing label maps with few rectangles', () => {
	test('the runs cover every pixel exactly once with its own label', () => {
		fc.assert(
			fc.property(maps, (map) => {
				expect(Array.from(paint(labelRuns(map, 64), map.size, 64))).toEqual(Array.from(map.labels));
			}),
			{ numRuns: 200 },
		);
	});

	test('the 64×64 scene needs far fewer rectangles than pixels', () => {
		expect(labelRuns(sceneLabels(), 64).length).toBeLessThan(200);
	});

	test('a 2×2 map is four 32×32 rectangles, or fewer when neighbours agree', () => {
		expect(
			labelRuns(
				labelMap(2, (x) => x),
				64,
			),
		).toEqual([
			{ x: 0, y: 0, w: 32, h: 64, label: 0 },
			{ x: 32, y: 0, w: 32, h: 64, label: 1 },
		]);
	});

	test('error runs cover exactly the pixels that differ', () => {
		const truth = labelMap(4, () => 0);
		const predicted = labelMap(4, (x, y) => (x === y ? 1 : 0));
		const runs = errorRuns(truth, predicted, 4);
		expect(runs.reduce((n, r) => n + r.w * r.h, 0)).toBe(4);
		expect(errorRuns(truth, truth, 4)).toEqual([]);
	});
});

describe('the numbers the page quotes', () => {
	test('the pole covers about 4.5% of the pixels', () => {
		const pole = classShares(sceneLabels(), CLASS_COUNT)[3] ?? 0;
		expect(percent(pole, 'en')).toBe('4.5%');
		expect(percent(pole, 'id')).toBe('4,5%');
	});

	test('scores print with two decimals in the page’s format', () => {
		expect(score(0.3421, 'en')).toBe('0.34');
		expect(score(0.3421, 'id')).toBe('0,34');
		expect(percent(0.83, 'en')).toBe('83.0%');
	});
});
