import { expect, test } from 'vitest';
import { fill } from './fill.ts';

test('fills every placeholder with its value, numbers included', () => {
	expect(fill('{n} of {total} correct', { n: 3, total: 5 })).toBe('3 of 5 correct');
});

test('leaves an unknown placeholder as written instead of printing undefined', () => {
	expect(fill('{n} {unit}', { n: 2 })).toBe('2 {unit}');
});

test('fills the same placeholder everywhere it appears', () => {
	expect(fill('{x}×{x}', { x: 7 })).toBe('7×7');
});
