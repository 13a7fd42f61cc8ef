import { describe, expect, test } from 'vitest';
import { classShares } from './metrics.ts';
import { CLASS_COUNT, SCENE_SIZE, sceneClass, sceneLabels } from './scene.ts';

describe('the scene', () => {
	test('is 64×64 with four classes, each of them present', () => {
		const truth = sceneLabels();
		expect(truth.size).toBe(SCENE_SIZE);
		const shares = classShares(truth, CLASS_COUNT);
		expect(shares.every((s) => s > 0)).toBe(true);
		expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
	});

	test('is imbalanced: background and road cover most pixels, the pole under 5 %', () => {
		const [background = 0, road = 0, car = 0, pole = 0] = classShares(sceneLabels(), CLASS_COUNT);
		expect(background + road).toBeGreaterThan(0.8);
		expect(car).toBeLessThan(0.1);
		expect(pole).toBeLessThan(0.05);
	});

	test('has a 3-pixel pole and a 5×3 distant car', () => {
		expect([48, 49, 50, 51, 52].map((x) => sceneClass(x, 30))).toEqual([0, 3, 3, 3, 0]);
		expect([37, 38, 42, 43].map((x) => sceneClass(x, 39))).toEqual([0, 2, 2, 0]);
	});
});
