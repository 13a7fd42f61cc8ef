import { describe, expect, test } from 'vitest';
import { downsampleStages } from './downsample.ts';
import { labelMap } from './maps.ts';
import { CLASS_COUNT, DISTANT_CAR, sceneLabels, THIN_POLE } from './scene.ts';
import { stagesSurvived, visibleAt } from './survival.ts';

describe('how long thin parts and small objects survive downsampling', () => {
	test('averaging: the 3-pixel pole lasts 2 stages (stride 4), the 5×3 car 1 (stride 2)', () => {
		const stages = downsampleStages(sceneLabels(), CLASS_COUNT, 5, 'average');
		expect(stagesSurvived(stages, THIN_POLE)).toBe(2);
		expect(stagesSurvived(stages, DISTANT_CAR)).toBe(1);
	});

	test('subsampling without smoothing is luck: the pole is gone after 1 stage, the car lasts 3', () => {
		const stages = downsampleStages(sceneLabels(), CLASS_COUNT, 5, 'subsample');
		expect(stagesSurvived(stages, THIN_POLE)).toBe(1);
		expect(stagesSurvived(stages, DISTANT_CAR)).toBe(3);
	});

	test('an object is visible at a stage when a cell over its box carries its class', () => {
		const map = labelMap(4, (x, y) => (x === 3 && y === 0 ? 2 : 0));
		const [stage] = downsampleStages(map, 3, 1, 'subsample');
		if (!stage) throw new Error('one stage');
		expect(visibleAt(stage, { x0: 3, y0: 0, x1: 3, y1: 0, label: 2 })).toBe(false);
		const [kept] = downsampleStages(
			labelMap(4, (x) => (x === 2 ? 2 : 0)),
			3,
			1,
			'subsample',
		);
		if (!kept) throw new Error('one stage');
		expect(visibleAt(kept, { x0: 2, y0: 0, x1: 2, y1: 3, label: 2 })).toBe(true);
	});

	test('a large region survives every stage', () => {
		const stages = downsampleStages(sceneLabels(), CLASS_COUNT, 5, 'average');
		expect(stagesSurvived(stages, { x0: 0, y0: 0, x1: 63, y1: 20, label: 0 })).toBe(5);
	});
});
