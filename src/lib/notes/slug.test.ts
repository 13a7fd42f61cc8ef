import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asciiWords, isSlug, MAX_LENGTH, MAX_WORDS, questionSlug } from './slug.ts';

describe('questionSlug', () => {
	test('starts with the zero-padded question number and keeps the first meaningful words', () => {
		expect(
			questionSlug(
				1,
				'What are the advantages of a CNN over a fully connected DNN for image classification?',
			),
		).toBe('01-advantages-cnn-fully-connected');
		expect(questionSlug(12, 'Kenapa pakai MaxPooling dibanding Conv dengan stride?')).toBe(
			'12-pakai-maxpooling-conv-stride',
		);
	});

	test('folds accents and symbols to ASCII and reads × as x', () => {
		expect(questionSlug(2, 'CNN dengan 3 layer (3×3 kernel, stride 2, padding “same”)')).toBe(
			'02-cnn-3-layer-3x3',
		);
		expect(questionSlug(3, 'Géron’s naïve Straße')).toBe('03-geron-s-naive-strasse');
	});

	test('falls back to "question" when no word is left', () => {
		expect(questionSlug(7, 'Apa itu?')).toBe('07-question');
		expect(questionSlug(8, '📘 → ≈')).toBe('08-question');
	});

	test('uses the override words from the notes, without repeating the number', () => {
		expect(questionSlug(1, 'anything at all', 'cnn-vs-dense')).toBe('01-cnn-vs-dense');
		expect(questionSlug(1, 'anything at all', '01-cnn-vs-dense')).toBe('01-cnn-vs-dense');
		expect(questionSlug(4, 'Max pooling', 'Pooling VS Strided_Conv')).toBe(
			'04-pooling-vs-strided-conv',
		);
	});

	test('ignores an override with no usable word', () => {
		expect(questionSlug(5, 'Local response normalization', '!!!')).toBe(
			'05-local-response-normalization',
		);
	});

	test('always gives a short ASCII slug of its number, the same every time', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999 }), fc.string({ maxLength: 200 }), (n, text) => {
				const slug = questionSlug(n, text);
				expect(isSlug(slug)).toBe(true);
				expect(slug.startsWith(`${String(n).padStart(2, '0')}-`)).toBe(true);
				const words = slug.split('-').slice(1);
				expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
				expect(words.join('-').length).toBeLessThanOrEqual(MAX_LENGTH);
				expect(questionSlug(n, text)).toBe(slug);
			}),
		);
	});
});

describe('asciiWords', () => {
	test('splits lower-cased ASCII words on anything else', () => {
		expect(asciiWords('Batch-Norm (BN) & ReLU6')).toEqual(['batch', 'norm', 'bn', 'relu6']);
	});
});
