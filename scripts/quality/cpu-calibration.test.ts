import { describe, expect, test } from 'vitest';
import {
	calibratedSlowdown,
	DEFAULT_SLOWDOWN,
	REFERENCE_LAYOUT_MS,
	TARGET_LAYOUT_MS,
} from './cpu-calibration.ts';

describe('calibratedSlowdown', () => {
	test('gives Lighthouse’s default 4× on the reference machine', () => {
		expect(calibratedSlowdown(REFERENCE_LAYOUT_MS)).toBeCloseTo(DEFAULT_SLOWDOWN);
	});

	test('grades the same phone whatever the host’s speed at that moment', () => {
		for (const ms of [20, 35, 50, 64, 90, 140]) {
			expect(ms * calibratedSlowdown(ms)).toBeCloseTo(TARGET_LAYOUT_MS);
		}
	});

	test('slows a host twice as fast twice as much', () => {
		expect(calibratedSlowdown(30)).toBeCloseTo(2 * calibratedSlowdown(60));
	});

	test('never speeds up a host slower than the target phone', () => {
		expect(calibratedSlowdown(TARGET_LAYOUT_MS * 2)).toBe(1);
	});

	test('refuses a time that is missing or broken instead of grading an unthrottled run', () => {
		for (const bad of [NaN, 0, -5, Infinity]) {
			expect(() => calibratedSlowdown(bad)).toThrow(/layout benchmark/);
		}
	});
});
