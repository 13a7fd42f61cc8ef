import { describe, expect, it } from 'vitest';
import {
	commentsIn,
	kerasShape,
	lines,
	numpyRow,
	pyExp,
	pyFloat,
	tfShape,
	torchSize,
	torchTuple,
} from './python.ts';

describe('Python printers', () => {
	it('write floats as Python prints them, with a trailing .0 for whole numbers', () => {
		expect(pyFloat(526)).toBe('526.0');
		expect(pyFloat(3.6136)).toBe('3.6136');
		expect(pyFloat(0)).toBe('0.0');
		expect(pyFloat(0.1 + 0.2)).toBe('0.30000000000000004');
	});

	it('refuse floats Python would print with an exponent, rather than guess', () => {
		expect(() => pyFloat(1e-5)).toThrow(RangeError);
		expect(() => pyFloat(1e16)).toThrow(RangeError);
		expect(() => pyFloat(Number.NaN)).toThrow(RangeError);
	});

	it('write small hyperparameters in exponent form, as people type them', () => {
		expect(pyExp(1e-4)).toBe('1e-4');
		expect(pyExp(5 * 1e-4)).toBe('5e-4');
		expect(pyExp(2)).toBe('2e0');
	});

	it('write shapes as Keras, TensorFlow and PyTorch print them', () => {
		expect(kerasShape([25, 38, 400])).toBe('(None, 25, 38, 400)');
		expect(tfShape(1, [8, 8, 1000])).toBe('(1, 8, 8, 1000)');
		expect(torchSize(1, [8, 8, 1000])).toBe('torch.Size([1, 1000, 8, 8])');
		expect(torchTuple(50, [100, 150, 100])).toBe('(50, 100, 100, 150)');
		expect(torchSize(1, [256])).toBe('torch.Size([1, 256])');
	});

	it('write a rounded array as NumPy prints it, decimal points aligned', () => {
		expect(numpyRow([5.1654, 51.149, 11.38], 2)).toBe('[ 5.17 51.15 11.38]');
		expect(numpyRow([5.1, 5.17], 2)).toBe('[5.1  5.17]');
		expect(numpyRow([5, 5.17], 2)).toBe('[5.   5.17]');
	});

	it('pick the comments of one language and end a snippet with a newline', () => {
		const t = commentsIn('id');
		expect(t({ en: '# hello', id: '# halo' })).toBe('# halo');
		expect(lines('a', 'b')).toBe('a\nb\n');
	});
});
