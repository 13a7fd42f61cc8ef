import type { Lang } from '../i18n/lang.ts';
import { escapeMdx, yamlString } from './mdx-escape.ts';
import type { NoteQuestion } from './parse.ts';

/**
 * The text of the pages `npm run import-notes` writes: a chapter overview and one page per
 * question, in the shape the hand-written chapter 14 pages have (frontmatter with title,
 * description and sidebar order; the notes' answer inside `<ShortAnswer>`). Everything here is a
 * pure function of the notes, so the same notes always give the same bytes.
 */

/** Words of the generated pages, per language. Only the notes' language is ever written. */
interface PageStrings {
	chapterTitle: (n: number, title: string) => string;
	overviewLabel: string;
	overviewDescription: (n: number, title: string, count: number) => string;
	overviewIntro: (n: number, title: string) => string;
	questionsHeading: string;
	shortAnswerHeading: string;
	noAnswer: string;
	noAnswerDescription: (n: number, chapter: number) => string;
	untitled: (n: number) => string;
}

const STRINGS: Record<Lang, PageStrings> = {
	id: {
		chapterTitle: (n, title) => (title ? `Bab ${n} – ${title}` : `Bab ${n}`),
		overviewLabel: 'Ringkasan bab',
		overviewDescription: (n, title, count) =>
			`Soal-soal latihan Bab ${n}${title ? ` (${title})` : ''}: ${count} soal, masing-masing dengan jawaban singkat dari catatan penulis.`,
		overviewIntro: (n, title) =>
			`Halaman ini memuat soal-soal latihan Bab ${n}${title ? ` (${title})` : ''}, masing-masing dengan jawaban singkat dari catatan penulis. Karakter yang rusak di catatan sudah diperbaiki.`,
		questionsHeading: 'Soal-soal',
		shortAnswerHeading: 'Jawaban singkat',
		noAnswer: 'Catatan penulis belum memuat jawaban untuk soal ini.',
		noAnswerDescription: (n, chapter) =>
			`Soal ${n} Bab ${chapter}; catatan penulis belum memuat jawabannya.`,
		untitled: (n) => `Soal ${n}`,
	},
	en: {
		chapterTitle: (n, title) => (title ? `Chapter ${n} – ${title}` : `Chapter ${n}`),
		overviewLabel: 'Chapter overview',
		overviewDescription: (n, title, count) =>
			`The exercises of Chapter ${n}${title ? ` (${title})` : ''}: ${count} questions, each with the short answer from the author's notes.`,
		overviewIntro: (n, title) =>
			`This page lists the exercises of Chapter ${n}${title ? ` (${title})` : ''}, each with the short answer from the author's notes. Characters damaged in the notes have been repaired.`,
		questionsHeading: 'The questions',
		shortAnswerHeading: 'Short answer',
		noAnswer: "The author's notes have no answer to this question yet.",
		noAnswerDescription: (n, chapter) =>
			`Question ${n} of Chapter ${chapter}; the author's notes have no answer yet.`,
		untitled: (n) => `Question ${n}`,
	},
};

/** Longest sidebar label text after the number; longer questions are cut at a word. */
export const LABEL_LENGTH = 40;

/** Longest description, the length search engines show. */
export const DESCRIPTION_LENGTH = 160;

/**
 * Reduces one line of Markdown to the words a reader sees, for frontmatter (which is shown as
 * plain text): quote and list markers, bold and code markers, escapes and hard breaks go.
 */
export function plainLine(markdown: string): string {
	return markdown
		.replace(/^(?:\s*>)*\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?/, '')
		.replace(/\\$/, '')
		.replace(/\*\*|__|`/g, '')
		.replace(/\\([!-/:-@[-`{-~])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with `…`. */
export function shorten(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const head = chars.slice(0, max - 1).join('');
	const space = head.lastIndexOf(' ');
	const cut = space > max / 2 ? head.slice(0, space) : head;
	return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The page title: the question as plain text, or "Soal N" when the heading has no text. */
export function questionTitle(q: NoteQuestion, lang: Lang): string {
	return plainLine(q.text) || STRINGS[lang].untitled(q.number);
}

/** The sidebar label: the number and the question, short enough for a sidebar line. */
export function questionLabel(q: NoteQuestion, lang: Lang): string {
	const text = questionTitle(q, lang).replace(/[\s?:.!]+$/, '');
	return `${q.number}. ${shorten(text, LABEL_LENGTH)}`;
}

/**
 * The description: the answer's opening words (list items joined with `;`), which is what a
 * reader scanning the chapter overview or a search result needs to recognise the question.
 */
export function questionDescription(q: NoteQuestion, lang: Lang, chapter: number): string {
	let text = '';
	for (const line of q.answer.split('\n').map(plainLine).filter(Boolean)) {
		text += text === '' ? line : /[.:;!?…]$/.test(text) ? ` ${line}` : `; ${line}`;
	}
	return text
		? shorten(text, DESCRIPTION_LENGTH)
		: STRINGS[lang].noAnswerDescription(q.number, chapter);
}

/** The title of a chapter's overview, e.g. `Bab 15 – Recurrent Neural Networks`. */
export function chapterTitle(chapter: number, title: string, lang: Lang): string {
	return STRINGS[lang].chapterTitle(chapter, plainLine(title));
}

/** `../` as many times as a page in `folder` (relative to `content/`) needs to reach the root. */
function toRoot(folder: string): string {
	return '../'.repeat(folder.split('/').filter(Boolean).length + 1);
}

function frontmatter(fields: {
	title: string;
	description: string;
	label: string;
	order?: number;
}): string {
	return [
		'---',
		`title: ${yamlString(fields.title)}`,
		`description: ${yamlString(fields.description)}`,
		'sidebar:',
		`  label: ${yamlString(fields.label)}`,
		...(fields.order === undefined ? [] : [`  order: ${fields.order}`]),
		'---',
	].join('\n');
}

/**
 * The page of one question: frontmatter, then the notes' answer (escaped for MDX) inside
 * `<ShortAnswer>` under a "short answer" heading. A question without an answer gets a sentence
 * saying so instead, outside `<ShortAnswer>`, which only ever holds the author's words.
 */
export function renderQuestionPage(
	q: NoteQuestion,
	options: { lang: Lang; chapter: number; folder: string },
): string {
	const t = STRINGS[options.lang];
	const body = q.answer.trim()
		? ['<ShortAnswer>', '', escapeMdx(q.answer), '', '</ShortAnswer>']
		: [t.noAnswer];
	return [
		frontmatter({
			title: questionTitle(q, options.lang),
			description: questionDescription(q, options.lang, options.chapter),
			label: questionLabel(q, options.lang),
			order: q.number,
		}),
		'',
		`import ShortAnswer from '${toRoot(options.folder)}src/components/ShortAnswer.astro';`,
		'',
		`## ${t.shortAnswerHeading}`,
		'',
		...body,
		'',
	].join('\n');
}

/**
 * The chapter overview (`index.mdx`): its title labels the chapter's sidebar group, and
 * `<ChapterContents>` lists the question pages from the collection, as on chapter 14's overview.
 */
export function renderOverview(options: {
	lang: Lang;
	chapter: number;
	title: string;
	folder: string;
	questions: number;
}): string {
	const t = STRINGS[options.lang];
	const title = plainLine(options.title);
	return [
		frontmatter({
			title: chapterTitle(options.chapter, title, options.lang),
			description: t.overviewDescription(options.chapter, title, options.questions),
			label: t.overviewLabel,
		}),
		'',
		`import ChapterContents from '${toRoot(options.folder)}src/components/ChapterContents.astro';`,
		'',
		escapeMdx(t.overviewIntro(options.chapter, title)),
		'',
		`## ${t.questionsHeading}`,
		'',
		`<ChapterContents chapter={${options.chapter}} />`,
		'',
	].join('\n');
}
