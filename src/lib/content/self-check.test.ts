import { describe, expect, it } from 'vitest';
import { gradeChoice, gradeNumber, isClose, readAnswer } from './self-check.ts';

const PARAMS = { value: 903_400, tolerance: 0 };
const MB = { value: 12.6136, tolerance: 0.005 };

describe('reading a typed answer', () => {
	it('reads an ambiguous thousands separator both ways, the page language first', () => {
		expect(readAnswer('903.400', 'id')).toEqual({ ok: true, values: [903_400, 903.4] });
		expect(readAnswer('903,400', 'en')).toEqual({ ok: true, values: [903_400, 903.4] });
		expect(readAnswer('903,400', 'id')).toEqual({ ok: true, values: [903.4, 903_400] });
	});

	it('reads unambiguous entries one way only', () => {
		expect(readAnswer('903400', 'id')).toEqual({ ok: true, values: [903_400] });
		expect(readAnswer('12,6', 'en')).toEqual({ ok: true, values: [12.6] });
		expect(readAnswer('12.6', 'id')).toEqual({ ok: true, values: [12.6] });
		expect(readAnswer('1.234.567', 'en')).toEqual({ ok: true, values: [1_234_567] });
		expect(readAnswer(' 903 400 ', 'en')).toEqual({ ok: true, values: [903_400] });
	});

	it('ignores the unit printed next to the field', () => {
		expect(readAnswer('12,6 MB', 'id', 'MB')).toEqual({ ok: true, values: [12.6] });
		expect(readAnswer('12.6mb', 'en', 'MB')).toEqual({ ok: true, values: [12.6] });
	});

	it('says an empty entry is empty and text is not a number, never NaN', () => {
		expect(readAnswer('', 'en')).toEqual({ ok: false, problem: 'empty' });
		expect(readAnswer('   ', 'id')).toEqual({ ok: false, problem: 'empty' });
		expect(readAnswer('abc', 'en')).toEqual({ ok: false, problem: 'not-a-number' });
		expect(readAnswer('12..6', 'id')).toEqual({ ok: false, problem: 'not-a-number' });
		expect(readAnswer('1e999', 'en')).toEqual({ ok: false, problem: 'not-a-number' });
	});
});

describe('grading a number', () => {
	it('accepts the exact count in either format on either page', () => {
		for (const typed of ['903.400', '903,400', '903400', '903 400'])
			for (const lang of ['id', 'en'] as const)
				expect(gradeNumber(typed, PARAMS, lang)).toBe('correct');
	});

	it('accepts a rounded figure within the tolerance, in either decimal mark', () => {
		expect(gradeNumber('12,6', MB, 'id')).toBe('correct');
		expect(gradeNumber('12.6', MB, 'id')).toBe('correct');
		expect(gradeNumber('12.6', MB, 'en')).toBe('correct');
		expect(gradeNumber('12.61 MB', MB, 'en', 'MB')).toBe('correct');
	});

	it('marks a figure outside the tolerance wrong', () => {
		expect(gradeNumber('3.44', MB, 'en')).toBe('wrong');
		expect(gradeNumber('13', MB, 'en')).toBe('wrong');
		expect(gradeNumber('903,401', PARAMS, 'en')).toBe('wrong');
	});

	it('reports bad input instead of calling it wrong', () => {
		expect(gradeNumber('', PARAMS, 'en')).toBe('empty');
		expect(gradeNumber('lots', PARAMS, 'id')).toBe('not-a-number');
	});

	it('treats a relative tolerance symmetrically and absorbs floating-point error', () => {
		const key = { value: 200, tolerance: 0.01 };
		expect(isClose(198, key)).toBe(true);
		expect(isClose(202, key)).toBe(true);
		expect(isClose(197.9, key)).toBe(false);
		expect(isClose(0.1 + 0.2, { value: 0.3, tolerance: 0 })).toBe(true);
	});
});

describe('grading a multiple-choice pick', () => {
	it('says correct, wrong or that nothing was picked', () => {
		expect(gradeChoice('1', '1')).toBe('correct');
		expect(gradeChoice('0', '1')).toBe('wrong');
		expect(gradeChoice(null, '1')).toBe('empty');
		expect(gradeChoice('', '1')).toBe('empty');
	});
});
