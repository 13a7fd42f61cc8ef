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
	/** The printable chapter (`PrintChapter.astro`). */
	print: {
		title: (n: number) => string;
		description: (n: number) => string;
		intro: string;
		contents: string;
		prepare: string;
		print: string;
		noScript: string;
		/** Filled in by the page's script: `{done}`, `{total}` and `{title}` are replaced. */
		loading: string;
		ready: string;
		failed: string;
		retry: string;
		/** On the overview: the link to the printable chapter. */
		overviewLink: string;
	};
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
		print: {
			title: (n) => `Bab ${n} untuk dicetak`,
			description: (n) =>
				`Seluruh halaman Bab ${n} dalam satu halaman, untuk dicetak atau disimpan sebagai PDF.`,
			intro:
				'Halaman ini mengumpulkan seluruh bab, berurutan, dalam satu halaman yang bisa dicetak atau disimpan sebagai PDF dari peramban (Ctrl + P, lalu "Simpan sebagai PDF"). Halaman-halamannya baru diunduh saat Anda menekan tombol di bawah, jadi halaman ini tetap ringan sampai Anda membutuhkannya. Gambar dan tabel alat interaktif dicetak dalam keadaan awalnya.',
			contents: 'Isi bab',
			prepare: 'Siapkan seluruh bab',
			print: 'Cetak atau simpan PDF',
			noScript:
				'Tanpa JavaScript, halaman-halaman bab tidak bisa dikumpulkan di sini. Setiap halaman di atas tetap bisa dicetak sendiri-sendiri dengan rapi.',
			loading: 'Mengunduh halaman {done} dari {total}…',
			ready: 'Siap: {total} halaman terkumpul di bawah. Sekarang cetak atau simpan PDF.',
			failed: 'Halaman "{title}" gagal diunduh. Periksa koneksi Anda, lalu coba lagi.',
			retry: 'Coba lagi',
			overviewLink: 'Cetak seluruh bab',
		},
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
		print: {
			title: (n) => `Chapter ${n}, for printing`,
			description: (n) => `Every page of Chapter ${n} on one page, to print or save as a PDF.`,
			intro:
				'This page gathers the whole chapter, in order, on one page you can print or save as a PDF from your browser (Ctrl + P, then "Save as PDF"). The pages are downloaded only when you press the button below, so this page stays light until you need it. Interactive figures and tables print in their starting state.',
			contents: 'Contents',
			prepare: 'Gather the whole chapter',
			print: 'Print or save as PDF',
			noScript:
				'Without JavaScript the chapter cannot be gathered here. Each page above still prints cleanly on its own.',
			loading: 'Downloading page {done} of {total}…',
			ready: 'Ready: {total} pages gathered below. Now print or save as a PDF.',
			failed: 'The page "{title}" could not be downloaded. Check your connection, then try again.',
			retry: 'Try again',
			overviewLink: 'Print the whole chapter',
		},
	},
};
