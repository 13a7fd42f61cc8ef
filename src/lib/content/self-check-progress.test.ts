import { describe, expect, it } from 'vitest';
import { countProgress, parseSaved, progressKey } from './self-check-progress.ts';

describe('saved progress', () => {
	it('keys each page separately per language, with a version', () => {
		expect(progressKey('id', 'ch14/02-parameters-and-memory')).toBe(
			'cnn-notes:v1:self-check:id:ch14/02-parameters-and-memory',
		);
		expect(progressKey('en', 'ch14/02-parameters-and-memory')).not.toBe(
			progressKey('id', 'ch14/02-parameters-and-memory'),
		);
	});

	it('keeps well-formed entries and drops anything else', () => {
		const text = JSON.stringify({
			a: { answer: '903400', correct: true },
			b: { answer: 3, correct: true },
			c: 'x',
			d: { answer: '1', correct: false },
		});
		expect(parseSaved(text)).toEqual({
			a: { answer: '903400', correct: true },
			d: { answer: '1', correct: false },
		});
		expect(parseSaved('not json')).toEqual({});
		expect(parseSaved(null)).toEqual({});
		expect(parseSaved('null')).toEqual({});
		expect(parseSaved('[1,2]')).toEqual({});
	});

	it('counts only the items the page still has', () => {
		const saved = {
			a: { answer: '1', correct: true },
			b: { answer: '2', correct: false },
			gone: { answer: '3', correct: true },
		};
		expect(countProgress(saved, ['a', 'b', 'c'])).toEqual({ answered: 2, correct: 1 });
		expect(countProgress({}, ['a'])).toEqual({ answered: 0, correct: 0 });
	});
});
