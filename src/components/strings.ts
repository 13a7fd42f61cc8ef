import type { Lang } from '../lib/i18n/lang.ts';

/**
 * Words the site's own Astro components print, in both languages. One typed object per language
 * means a string added to one language and forgotten in the other is a type error, not a page
 * with a stray English word. (Widgets keep their strings in their own folders.)
 */
export interface UiStrings {
	shortAnswerLabel: string;
	/** The short answer of an exercise the notes do not answer: it follows the book instead. */
	shortAnswerBookLabel: string;
	correctionTitle: string;
	notesSay: string;
	whatIsTrue: string;
	referencesEmpty: string;
	openPaper: string;
	chapterLabel: (n: number) => string;
	questionsCount: (n: number) => string;
	startChapter: string;
	/** Overview: before the name of the tool a question page offers. */
	widgetLabel: string;
	/** Overview: before a page's self-check progress. */
	selfCheckLabel: string;
	/** After a glossary term Indonesian writes as English does (padding), instead of a translation. */
	glossaryBorrowed: string;
}

/** The strings, keyed by language. */
export const UI: Record<Lang, UiStrings> = {
	id: {
		shortAnswerLabel: 'Dari catatan penulis (teks sudah diperbaiki)',
		shortAnswerBookLabel:
			'Mengikuti pendekatan buku (catatan penulis berhenti di soal 8, jadi soal ini tidak ada di catatan)',
		correctionTitle: 'Koreksi atas catatan',
		notesSay: 'Catatan menulis',
		whatIsTrue: 'Yang benar',
		referencesEmpty: 'Belum ada referensi.',
		openPaper: 'buka makalah',
		chapterLabel: (n) => `Bab ${n}`,
		questionsCount: (n) => `${n} soal`,
		startChapter: 'Mulai belajar',
		widgetLabel: 'Alat interaktif',
		selfCheckLabel: 'Uji diri',
		glossaryBorrowed: 'istilah Inggris, dipakai apa adanya',
	},
	en: {
		shortAnswerLabel: "From the author's notes (text repaired, translated)",
		shortAnswerBookLabel:
			"Following the book's approach (the author's notes stop at exercise 8, so this one is not in them)",
		correctionTitle: 'Correction to the notes',
		notesSay: 'The notes say',
		whatIsTrue: 'What is true',
		referencesEmpty: 'No references yet.',
		openPaper: 'open the paper',
		chapterLabel: (n) => `Chapter ${n}`,
		questionsCount: (n) => `${n} questions`,
		startChapter: 'Start studying',
		widgetLabel: 'Interactive tool',
		selfCheckLabel: 'Self-check',
		glossaryBorrowed: 'Indonesian keeps the English word',
	},
};
