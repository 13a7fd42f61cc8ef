import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { answerPlainText, normalizeAnswer, parseNotes } from './parse.ts';

const source = readFileSync(
	new URL('../../../content/_sources/ch14-cnn.md', import.meta.url),
	'utf8',
);

describe('parseNotes', () => {
	const notes = parseNotes(source);

	test('reads the chapter number and title from the first heading, without its emoji', () => {
		expect(notes.chapter).toBe(14);
		expect(notes.title).toBe('Convolutional Neural Networks');
	});

	test('finds the eight questions in order, with repaired text', () => {
		expect(notes.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(notes.questions[1]?.text).toBe(
			'CNN dengan 3 layer (3×3 kernel, stride 2, padding “same”) – Berapa parameternya?',
		);
		expect(notes.questions[5]?.text).toBe('Inovasi:');
	});

	test('removes block-quote markers and separates quoted from unquoted blocks', () => {
		expect(notes.questions[1]?.answer).toBe(
			[
				'Misal input 3 channel RGB:',
				'',
				'- Layer 1: (3×3×3)×100 + 100 = **2,800**',
				'- Layer 2: (3×3×100)×200 + 200 = **180,200**',
				'- Layer 3: (3×3×200)×400 + 400 = **720,400**',
				'',
				'**Total** ≈ **903,400 parameters**',
				'',
				'RAM 32-bit: 903,400 × 4B = ~3.44 MB untuk 1 instance\\',
				'Mini-batch 50 → ~172 MB',
			].join('\n'),
		);
	});

	test('keeps an answer that has no block quote at all', () => {
		expect(notes.questions[5]?.answer.split('\n')[0]).toBe(
			'- **AlexNet**: ReLU, dropout, data augmentation, GPU splitting',
		);
	});

	test('reads CRLF line endings and a byte-order mark the same way', () => {
		const crlf = parseNotes(`\uFEFF${source.replace(/\n/g, '\r\n')}`);
		expect(crlf.questions).toEqual(notes.questions);
		expect(crlf.chapter).toBe(14);
	});

	test('reports the repairs it made', () => {
		expect(notes.repairs.length).toBeGreaterThan(10);
		expect(notes.repairs.map((r) => r.to)).toContain('”');
	});
});

describe('normalizeAnswer', () => {
	test('keeps a hard line break inside a paragraph and drops it before a new list item', () => {
		expect(normalizeAnswer(['> a  ', '> b', '> - c  ', '> - d'])).toBe('a\\\nb\n- c\n- d');
	});
});

describe('answerPlainText', () => {
	test('reduces Markdown to the words a reader sees', () => {
		expect(answerPlainText('- **Total** ≈ **903,400**\\\n- next')).toBe('Total ≈ 903,400 next');
	});
});

describe('parseNotes slug override', () => {
	test('takes a trailing {#slug} off the question text and keeps it as the slug', () => {
		const { questions } = parseNotes('# Chapter 1 – X\n### 1. Why CNNs? {#cnn-vs-dense}\n> A\n');
		expect(questions[0]).toMatchObject({ text: 'Why CNNs?', slug: 'cnn-vs-dense' });
	});

	test('leaves braces elsewhere in the heading as text', () => {
		const { questions } = parseNotes('# Chapter 1 – X\n### 1. What is {x} here?\n');
		expect(questions[0]?.text).toBe('What is {x} here?');
		expect(questions[0]?.slug).toBeUndefined();
	});
});
