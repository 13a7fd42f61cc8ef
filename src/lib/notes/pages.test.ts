import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import type { NoteQuestion } from './parse.ts';
import {
	DESCRIPTION_LENGTH,
	LABEL_LENGTH,
	questionDescription,
	questionLabel,
	questionTitle,
	renderOverview,
	renderQuestionPage,
	shorten,
} from './pages.ts';

const question = (over: Partial<NoteQuestion> = {}): NoteQuestion => ({
	number: 2,
	text: 'CNN dengan 3 layer (3×3 kernel, stride 2, padding “same”) – Berapa parameternya?',
	answer: 'Misal input 3 channel RGB:\n\n- Layer 1: **2,800**\n- Layer 2: **180,200**',
	line: 14,
	...over,
});

describe('renderQuestionPage', () => {
	test('writes frontmatter and the answer inside <ShortAnswer> under its heading', () => {
		const page = renderQuestionPage(question(), { lang: 'id', chapter: 14, folder: 'ch14' });
		expect(page).toBe(
			[
				'---',
				"title: 'CNN dengan 3 layer (3×3 kernel, stride 2, padding “same”) – Berapa parameternya?'",
				"description: 'Misal input 3 channel RGB: Layer 1: 2,800; Layer 2: 180,200'",
				'sidebar:',
				"  label: '2. CNN dengan 3 layer (3×3 kernel, stride…'",
				'  order: 2',
				'---',
				'',
				"import ShortAnswer from '../../src/components/ShortAnswer.astro';",
				'',
				'## Jawaban singkat',
				'',
				'<ShortAnswer>',
				'',
				'Misal input 3 channel RGB:',
				'',
				'- Layer 1: **2,800**',
				'- Layer 2: **180,200**',
				'',
				'</ShortAnswer>',
				'',
			].join('\n'),
		);
	});

	test('writes English pages one folder deeper, with English headings', () => {
		const page = renderQuestionPage(question(), { lang: 'en', chapter: 14, folder: 'en/ch14' });
		expect(page).toContain("import ShortAnswer from '../../../src/components/ShortAnswer.astro';");
		expect(page).toContain('## Short answer');
	});

	test('says so, outside <ShortAnswer>, when the notes have no answer', () => {
		const page = renderQuestionPage(question({ answer: '' }), {
			lang: 'id',
			chapter: 10,
			folder: 'ch10',
		});
		expect(page).not.toContain('<ShortAnswer>');
		expect(page).toContain('Catatan penulis belum memuat jawaban untuk soal ini.');
		expect(parseFrontmatter(page).frontmatter.description).toBe(
			'Soal 2 Bab 10; catatan penulis belum memuat jawabannya.',
		);
	});

	test('escapes MDX-significant characters in the answer but not in the frontmatter', () => {
		const page = renderQuestionPage(
			question({ text: "What's <T> {x}: #1?", answer: 'a {b} <c>' }),
			{ lang: 'en', chapter: 1, folder: 'en/ch01' },
		);
		expect(page).toContain('a \\{b\\} \\<c\\>');
		expect(parseFrontmatter(page).frontmatter.title).toBe("What's <T> {x}: #1?");
	});

	test('gives the same bytes for the same question', () => {
		const options = { lang: 'id', chapter: 14, folder: 'ch14' } as const;
		expect(renderQuestionPage(question(), options)).toBe(renderQuestionPage(question(), options));
	});
});

describe('question frontmatter', () => {
	test('titles a question with its plain text, or "Soal N" when it has none', () => {
		expect(questionTitle(question({ text: 'Why use **@tf.function**?' }), 'en')).toBe(
			'Why use @tf.function?',
		);
		expect(questionTitle(question({ text: '' }), 'id')).toBe('Soal 2');
		expect(questionTitle(question({ text: '' }), 'en')).toBe('Question 2');
	});

	test('labels a question with its number and at most 40 characters of its text', () => {
		expect(questionLabel(question({ text: 'Inovasi:' }), 'id')).toBe('2. Inovasi');
		const label = questionLabel(question(), 'id').replace(/^2\. /, '');
		expect([...label].length).toBeLessThanOrEqual(LABEL_LENGTH);
	});

	test('describes a question with the opening words of its answer', () => {
		const long = question({
			answer: Array.from({ length: 40 }, (_, i) => `- item ${i}`).join('\n'),
		});
		const description = questionDescription(long, 'en', 1);
		expect(description.startsWith('item 0; item 1; item 2')).toBe(true);
		expect([...description].length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
		expect(description.endsWith('…')).toBe(true);
	});
});

describe('shorten', () => {
	test('cuts at a word and marks the cut', () => {
		expect(shorten('one two three four', 12)).toBe('one two…');
		expect(shorten('short', 12)).toBe('short');
	});
});

describe('renderOverview', () => {
	test('titles the chapter and lists its questions with <ChapterContents>', () => {
		const page = renderOverview({
			lang: 'id',
			chapter: 10,
			title: 'Introduction to Artificial Neural Networks',
			folder: 'ch10',
			questions: 6,
		});
		const { frontmatter } = parseFrontmatter(page);
		expect(frontmatter.title).toBe('Bab 10 – Introduction to Artificial Neural Networks');
		expect(frontmatter.sidebar).toEqual({ label: 'Ringkasan bab' });
		expect(page).toContain(
			"import ChapterContents from '../../src/components/ChapterContents.astro';",
		);
		expect(page).toContain('<ChapterContents chapter={10} />');
		expect(page).toContain('6 soal');
	});

	test('writes an English overview under en/', () => {
		const page = renderOverview({
			lang: 'en',
			chapter: 10,
			title: 'ANN',
			folder: 'en/ch10',
			questions: 1,
		});
		expect(parseFrontmatter(page).frontmatter.title).toBe('Chapter 10 – ANN');
		expect(page).toContain('../../../src/components/ChapterContents.astro');
	});
});
