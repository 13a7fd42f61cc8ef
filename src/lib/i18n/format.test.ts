import { describe, expect, test } from 'vitest';
import { formatBytes, formatNumber } from './format.ts';

describe('formatNumber', () => {
	test('groups thousands with a dot in Indonesian and a comma in English', () => {
		expect(formatNumber(903_400, 'id')).toBe('903.400');
		expect(formatNumber(903_400, 'en')).toBe('903,400');
	});

	test('uses a decimal comma in Indonesian and a decimal point in English', () => {
		expect(formatNumber(3.6136, 'id', { maximumFractionDigits: 1 })).toBe('3,6');
		expect(formatNumber(3.6136, 'en', { maximumFractionDigits: 1 })).toBe('3.6');
	});

	test('keeps requested trailing zeros', () => {
		expect(formatNumber(6, 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(
			'6.0',
		);
	});

	test('never prints NaN or Infinity', () => {
		expect(formatNumber(Number.NaN, 'en')).toBe('—');
		expect(formatNumber(Number.POSITIVE_INFINITY, 'id')).toBe('—');
	});
});

describe('formatBytes', () => {
	test('writes megabytes in each language with a non-breaking space before the unit', () => {
		expect(formatBytes(3_613_600, 'id')).toBe('3,6\u00a0MB');
		expect(formatBytes(3_613_600, 'en')).toBe('3.6\u00a0MB');
	});

	test('distinguishes decimal MB from binary MiB', () => {
		expect(formatBytes(3_613_600, 'en', 'MiB', { maximumFractionDigits: 2 })).toBe('3.45\u00a0MiB');
		expect(formatBytes(12_613_600, 'en', 'MB', { maximumFractionDigits: 1 })).toBe('12.6\u00a0MB');
	});
});
