import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { numberInputMessage, parseNumberInput, type NumberRule } from './number-input.ts';

const size: NumberRule = { min: 1, max: 4096 };

describe('parseNumberInput', () => {
	test('accepts a whole number within the range', () => {
		expect(parseNumberInput(' 224 ', size, 'en')).toEqual({ ok: true, value: 224 });
	});

	test('names each kind of bad entry', () => {
		expect(parseNumberInput('', size, 'en')).toEqual({ ok: false, error: { code: 'empty' } });
		expect(parseNumberInput('abc', size, 'en')).toEqual({
			ok: false,
			error: { code: 'not-a-number' },
		});
		expect(parseNumberInput('<script>', size, 'en')).toMatchObject({
			error: { code: 'not-a-number' },
		});
		expect(parseNumberInput('2.5', size, 'en')).toEqual({
			ok: false,
			error: { code: 'not-integer' },
		});
		expect(parseNumberInput('-3', size, 'en')).toEqual({
			ok: false,
			error: { code: 'too-small', min: 1 },
		});
		expect(parseNumberInput('0', size, 'en')).toEqual({
			ok: false,
			error: { code: 'too-small', min: 1 },
		});
		expect(parseNumberInput('1e9', size, 'en')).toEqual({
			ok: false,
			error: { code: 'too-large', max: 4096 },
		});
		expect(parseNumberInput('1e999', size, 'en')).toEqual({
			ok: false,
			error: { code: 'too-large', max: 4096 },
		});
	});

	test('reads thousands separators and decimal marks the way each language writes them', () => {
		const wide = { min: 0, max: 1e9, integer: false };
		expect(parseNumberInput('903.400', wide, 'id')).toEqual({ ok: true, value: 903400 });
		expect(parseNumberInput('903,400', wide, 'en')).toEqual({ ok: true, value: 903400 });
		expect(parseNumberInput('3,6', wide, 'id')).toEqual({ ok: true, value: 3.6 });
		expect(parseNumberInput('3.6', wide, 'en')).toEqual({ ok: true, value: 3.6 });
		expect(parseNumberInput('1.234.567', wide, 'id')).toEqual({ ok: true, value: 1234567 });
	});

	test('never returns NaN, Infinity or a value outside the rule', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('id', 'en'), (raw, lang) => {
				const r = parseNumberInput(raw, size, lang);
				if (r.ok) {
					expect(Number.isInteger(r.value)).toBe(true);
					expect(r.value).toBeGreaterThanOrEqual(1);
					expect(r.value).toBeLessThanOrEqual(4096);
				} else {
					expect(numberInputMessage(r.error, lang)).toMatch(/\S/);
				}
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('numberInputMessage', () => {
	test('speaks the page language with its number format', () => {
		expect(numberInputMessage({ code: 'too-large', max: 4096 }, 'id')).toBe('Paling besar 4.096.');
		expect(numberInputMessage({ code: 'too-large', max: 4096 }, 'en')).toBe(
			'It must be at most 4,096.',
		);
	});
});
