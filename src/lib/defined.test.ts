import { expect, test } from 'vitest';
import { defined } from './defined.ts';

test('defined returns a present value unchanged, falsy ones included', () => {
	expect(defined(0, 'zero')).toBe(0);
	expect(defined('', 'empty text')).toBe('');
	expect(defined([1, 2][1], 'second item')).toBe(2);
});

test('defined names the missing thing when the value is undefined or null', () => {
	expect(() => defined(new Map<string, number>().get('conv1'), 'row of conv1')).toThrow(
		'missing row of conv1',
	);
	expect(() => defined(null, 'the total cell')).toThrow('missing the total cell');
});
