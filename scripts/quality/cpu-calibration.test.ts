import { describe, expect, test } from 'vitest';
import {
	calibratedSlowdown,
	DEFAULT_SLOWDOWN,
	REFERENCE_BENCHMARK_INDEX,
	TARGET_BENCHMARK_INDEX,
} from './cpu-calibration.ts';

describe('calibratedSlowdown', () => {
	test('gives Lighthouse’s default 4× on the calculator’s reference host', () => {
		expect(calibratedSlowdown(REFERENCE_BENCHMARK_INDEX)).toBeCloseTo(DEFAULT_SLOWDOWN);
	});

	test('grades the same phone whatever the host’s speed at that moment', () => {
		for (const index of [700, 1200, 1687, 2047, 2600, 2850]) {
			expect(index / calibratedSlowdown(index)).toBeCloseTo(TARGET_BENCHMARK_INDEX);
		}
	});

	test('slows a host twice as fast twice as much', () => {
		expect(calibratedSlowdown(2800)).toBeCloseTo(2 * calibratedSlowdown(1400));
	});

	test('never speeds up a host slower than the target phone', () => {
		expect(calibratedSlowdown(200)).toBe(1);
	});

	test('refuses an index that is missing or broken instead of grading an unthrottled run', () => {
		for (const bad of [NaN, 0, -5, Infinity]) {
			expect(() => calibratedSlowdown(bad)).toThrow(/benchmark index/);
		}
	});
});
