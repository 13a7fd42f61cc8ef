import { describe, expect, test } from 'vitest';
import { tally } from './tally.ts';

describe('the progress tally', () => {
	const saved = {
		a: { answer: '1', correct: true },
		b: { answer: '2', correct: false },
		gone: { answer: '3', correct: true },
	};

	test('counts only the page’s current items and fills the template with the right ones', () => {
		expect(tally('{n} / 3 correct', saved, ['a', 'b', 'c'])).toEqual({
			answered: 2,
			correct: 1,
			text: '1 / 3 correct',
		});
	});

	test('says 0 before anything is answered', () => {
		expect(tally('{n} / 2 benar', {}, ['a', 'b']).text).toBe('0 / 2 benar');
	});
});
