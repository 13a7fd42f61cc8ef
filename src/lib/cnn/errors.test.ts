import { describe, expect, test } from 'vitest';
import { checkCount, CnnError, quote, type ErrorCode } from './errors.ts';
import { MESSAGES } from './messages.ts';

describe('CnnError', () => {
	test('is an Error whose message is the English description', () => {
		const error = new CnnError('no-layers', { scope: 'model' });
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('CnnError');
		expect(error.message).toBe(error.describe('en'));
	});

	test('counts layers from 1 in messages but from 0 in data', () => {
		const error = new CnnError('missing-field', {
			layer: { index: 2, name: 'conv2d_2' },
			field: 'kernel',
		});
		expect(error.layer).toEqual({ index: 2, name: 'conv2d_2' });
		expect(error.describe('en')).toBe(
			'Layer 3 (conv2d_2): the required field "kernel" is missing.',
		);
		expect(error.describe('id')).toBe('Layer 3 (conv2d_2): kolom wajib "kernel" belum diisi.');
	});

	test('reads the book example in both languages', () => {
		const error = new CnnError('kernel-too-large', {
			layer: { index: 2, name: 'conv2d_2' },
			field: 'kernel',
			params: { what: 'kernel', kernel: [5, 5], effective: [5, 5], input: [3, 3] },
		});
		expect(error.describe('en')).toBe(
			'Layer 3 (conv2d_2): the kernel (5×5) is larger than its padded input (3×3).',
		);
		expect(error.describe('id')).toBe(
			'Layer 3 (conv2d_2): kernel (5×5) lebih besar daripada input setelah padding (3×3).',
		);
	});

	test('formats large numbers per language', () => {
		const error = new CnnError('too-large', { params: { what: 'params', value: 2 ** 60 } });
		expect(error.describe('en')).toBe(
			'The parameter count (≈ 1.15 × 10^18) is past 2^53, beyond what can be counted exactly.',
		);
		expect(error.describe('id')).toBe(
			'Jumlah parameter (≈ 1,15 × 10^18) melewati 2^53, di luar batas yang bisa dihitung dengan tepat.',
		);
	});

	test.each(Object.keys(MESSAGES) as ErrorCode[])(
		'%s has a non-empty sentence in both languages, even without facts',
		(code) => {
			const error = new CnnError(code, { layer: { index: 0, name: 'x' }, field: 'f' });
			for (const lang of ['en', 'id'] as const) {
				const text = error.describe(lang);
				expect(text.length).toBeGreaterThan('Layer 1 (x): '.length + 10);
				expect(text).toMatch(/[.!?)]$/);
				expect(text).not.toMatch(/undefined|NaN|\[object/);
			}
		},
	);
});

describe('checkCount', () => {
	test('passes safe integers through', () => {
		expect(checkCount(Number.MAX_SAFE_INTEGER, 'params')).toBe(Number.MAX_SAFE_INTEGER);
	});

	test('raises too-large past 2^53, naming what was counted', () => {
		expect(() => checkCount(2 ** 53, 'macs')).toThrow(/multiply–accumulates/);
	});
});

describe('quote', () => {
	test.each([
		[undefined, 'undefined'],
		[Number.POSITIVE_INFINITY, 'Infinity'],
		['3', '"3"'],
		[[1, 2], '[1,2]'],
		[10n, '[object BigInt]'],
		['x'.repeat(100), `"${'x'.repeat(36)}…`],
	])('renders %s as %s', (value, text) => {
		expect(quote(value)).toBe(text);
	});

	test('survives a cyclic object', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(quote(cyclic)).toBe('[object Object]');
	});
});
