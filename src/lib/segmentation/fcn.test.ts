import { describe, expect, test } from 'vitest';
import { downsampleStages } from './downsample.ts';
import { recover, RECOVERIES } from './fcn.ts';
import { argmax } from './maps.ts';
import { evaluate } from './metrics.ts';
import { CLASS_COUNT, SCENE_SIZE, sceneLabels } from './scene.ts';
import { upsampleBilinear } from './upsample.ts';

describe('recovery (question 8)', () => {
	const truth = sceneLabels();
	const stages = downsampleStages(truth, CLASS_COUNT, 5);
	const scores = Object.fromEntries(
		RECOVERIES.map((m) => [m, evaluate(truth, recover(stages, m, SCENE_SIZE), CLASS_COUNT)]),
	);

	test('every method returns a full-size map', () => {
		for (const m of RECOVERIES) expect(recover(stages, m, SCENE_SIZE).size).toBe(64);
	});

	test('bilinear beats nearest, and each skip connection beats the coarser variant', () => {
		const order = RECOVERIES.map((m) => scores[m]);
		for (let i = 1; i < order.length; i++) {
			expect(order[i]?.pixelAccuracy).toBeGreaterThan(order[i - 1]?.pixelAccuracy ?? 1);
			expect(order[i]?.meanIoU).toBeGreaterThan(order[i - 1]?.meanIoU ?? 1);
		}
	});

	test('the thin pole is lost by every method, while large regions keep a high IoU', () => {
		for (const m of RECOVERIES) {
			expect(scores[m]?.iou[3]).toBe(0);
			expect(scores[m]?.iou[0]).toBeGreaterThan(0.75);
		}
	});

	test('pixel accuracy flatters every method compared with mean IoU', () => {
		for (const m of RECOVERIES) {
			expect(scores[m]?.pixelAccuracy).toBeGreaterThan((scores[m]?.meanIoU ?? 1) + 0.3);
		}
	});

	test('the stride-32 scores upsampled to stride 1 equal FCN-32s', () => {
		const s32 = stages[4]?.scores;
		if (!s32) throw new Error('missing stage');
		expect(Array.from(recover(stages, 'fcn32s', 64).labels)).toEqual(
			Array.from(argmax(upsampleBilinear(s32, 64)).labels),
		);
	});
});
