import { describe, expect, it } from 'vitest';
import { isOneOf } from './one-of.ts';

describe('isOneOf', () => {
	const LIST = ['lenet5', 'alexnet'] as const;

	it('accepts a value the list holds', () => {
		expect(isOneOf('alexnet', LIST)).toBe(true);
	});

	it('rejects a string the list does not hold, a different case and a non-string', () => {
		expect(isOneOf('vgg16', LIST)).toBe(false);
		expect(isOneOf('AlexNet', LIST)).toBe(false);
		expect(isOneOf(1, LIST)).toBe(false);
		expect(isOneOf(undefined, LIST)).toBe(false);
	});
});
