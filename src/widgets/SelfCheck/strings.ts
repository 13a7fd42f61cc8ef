import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * Every word the self-check and its progress marks print, in both languages. They travel in the
 * HTML (as text or data attributes), never in the script, so the script is the same on both sites
 * and no page downloads the other language's words.
 */
export interface SelfCheckStrings {
	/** Above the questions when the script runs: how to answer. */
	intro: string;
	/** Above the questions without JavaScript: how to read the answers. */
	introNoJs: string;
	check: string;
	/** Feedback: the icon is added separately and hidden from screen readers. */
	correct: string;
	wrong: string;
	empty: string;
	notNumber: string;
	pick: string;
	/** The reveal's summary. */
	show: string;
	answer: string;
	/** Marks of each option in the explanation, in words (not colour alone). */
	right: string;
	notRight: string;
	reset: string;
	cleared: string;
	/** Progress, with `{n}` (correct) and `{total}` in it; the server fills in `{total}`. */
	score: string;
	notStarted: string;
	/** How many questions a page's self-check has, as the overview says without JavaScript. */
	questions: (n: number) => string;
	/** Name of the radio group's letter, for the answer line ("Answer: B"). */
	letters: string;
}

/**
 * The progress template with a page's number of questions filled in, leaving `{n}` for the script:
 * the self-check and the overview's marks both send it this way.
 */
export function scoreTemplate(t: SelfCheckStrings, total: number): string {
	return t.score.replace('{total}', String(total));
}

/** The strings, keyed by language. */
export const SELF_CHECK_STRINGS: Record<Lang, SelfCheckStrings> = {
	id: {
		intro:
			'Jawab setiap soal, lalu tekan “Periksa” (atau Enter). Jawaban Anda disimpan hanya di peramban ini.',
		introNoJs: 'Jawab sendiri dulu, lalu buka “Lihat jawaban” untuk memeriksanya.',
		check: 'Periksa',
		correct: 'Benar.',
		wrong: 'Belum tepat.',
		empty: 'Isi jawaban dulu.',
		notNumber: 'Ini bukan angka. Tulis angka saja, misalnya 12,6 atau 903.400.',
		pick: 'Pilih salah satu jawaban dulu.',
		show: 'Lihat jawaban',
		answer: 'Jawaban:',
		right: 'Benar.',
		notRight: 'Salah.',
		reset: 'Hapus jawaban saya',
		cleared: 'Jawaban Anda di halaman ini sudah dihapus.',
		score: '{n} / {total} benar',
		notStarted: 'belum dicoba',
		questions: (n) => `${n} soal`,
		letters: 'ABCDE',
	},
	en: {
		intro:
			'Answer each question, then press “Check” (or Enter). Your answers are kept in this browser only.',
		introNoJs: 'Answer on your own first, then open “Show the answer” to check.',
		check: 'Check',
		correct: 'Correct.',
		wrong: 'Not quite.',
		empty: 'Type an answer first.',
		notNumber: 'This is not a number. Type digits only, e.g. 12.6 or 903,400.',
		pick: 'Pick one of the answers first.',
		show: 'Show the answer',
		answer: 'Answer:',
		right: 'Right.',
		notRight: 'Wrong.',
		reset: 'Reset my answers',
		cleared: 'Your answers on this page were cleared.',
		score: '{n} / {total} correct',
		notStarted: 'not started',
		questions: (n) => `${n} questions`,
		letters: 'ABCDE',
	},
};
