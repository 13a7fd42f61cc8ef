import { repairMojibake, type Repair } from './mojibake.ts';

/**
 * Parses the author's notes format: a `# <emoji> Chapter N – Title` heading, then questions as
 * `### N. Question` separated by `---`, each followed by its answer, block-quoted or not (a heading
 * may end with `{#slug}` to choose its page's slug). The site's chapter pages quote these answers
 * as their "short answer", and `npm run import-notes` turns a whole notes file into pages; both go
 * through this one parser so they cannot drift apart.
 */

/** One question of a notes file, with its text already repaired. */
export interface NoteQuestion {
	number: number;
	/** The question text after `### N.`, repaired, without a trailing `{#slug}`. */
	text: string;
	/**
	 * The page slug the author chose with `{#my-slug}` at the end of the heading, if any. The
	 * importer derives a slug from the text otherwise; this lets the author keep a URL short or
	 * stable when the question's wording changes.
	 */
	slug?: string;
	/**
	 * The answer as Markdown, repaired, with block-quote markers removed and a blank line wherever
	 * the notes switched between quoted and unquoted lines (those were separate blocks there).
	 * Empty when the question has no answer.
	 */
	answer: string;
	/** 1-based line of the question heading in the file, for messages. */
	line: number;
}

/** A parsed notes file. */
export interface Notes {
	chapter: number | undefined;
	/** The chapter title without its emoji and number, e.g. `Convolutional Neural Networks`. */
	title: string;
	questions: NoteQuestion[];
	/** Every mojibake sequence repaired in the file. */
	repairs: Repair[];
}

const QUESTION = /^#{3}\s+(\d+)\.\s*(.*?)\s*$/;
const SLUG_OVERRIDE = /\s*\{#([^{}\s]+)\}$/;
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|```)/;
const CHAPTER = /^#\s+(?:[^\p{L}\p{N}]*\s*)?(?:chapter|bab)\s+(\d+)\s*[–—:.-]?\s*(.*?)\s*$/iu;

function unquote(line: string): { quoted: boolean; text: string } {
	const match = /^\s{0,3}>\s?(.*)$/.exec(line);
	return match ? { quoted: true, text: match[1] ?? '' } : { quoted: false, text: line };
}

/** Turns the raw lines under a question into clean Markdown (see {@link NoteQuestion.answer}). */
export function normalizeAnswer(lines: readonly string[]): string {
	const out: string[] = [];
	let previousQuoted: boolean | undefined;
	for (const raw of lines) {
		const { quoted, text } = unquote(raw);
		const blank = text.trim() === '';
		if (!blank && previousQuoted !== undefined && quoted !== previousQuoted && out.at(-1) !== '') {
			out.push('');
		}
		// A trailing double space is a hard line break; make it visible so formatters keep it.
		out.push(blank ? '' : text.replace(/\s{2,}$/, '\\').replace(/\s+$/, ''));
		if (!blank) previousQuoted = quoted;
	}
	while (out[0] === '') out.shift();
	while (out.at(-1) === '') out.pop();
	// A hard break only means something inside a paragraph: drop it before a blank line, the end,
	// or a line that starts a new block (a list item, a heading, a quote).
	return out
		.map((line, i) => {
			const next = out[i + 1] ?? '';
			return line.endsWith('\\') && (next === '' || BLOCK_START.test(next))
				? line.slice(0, -1)
				: line;
		})
		.join('\n')
		.replace(/\n{3,}/g, '\n\n');
}

/**
 * Parses a notes file. The text is repaired first, so every field of the result is clean UTF-8.
 * Line endings may be LF or CRLF, and a leading byte-order mark is ignored.
 */
export function parseNotes(source: string): Notes {
	const { text, repairs } = repairMojibake(source.replace(/^\uFEFF/, ''));
	const lines = text.split(/\r?\n/);
	let chapter: number | undefined;
	let title = '';
	const questions: NoteQuestion[] = [];
	let current:
		{ number: number; text: string; slug?: string; line: number; body: string[] } | undefined;

	const finish = () => {
		if (current) {
			const { body, ...rest } = current;
			questions.push({ ...rest, answer: normalizeAnswer(body) });
		}
		current = undefined;
	};

	lines.forEach((line, index) => {
		const q = QUESTION.exec(line);
		if (q) {
			finish();
			const heading = q[2] ?? '';
			const override = SLUG_OVERRIDE.exec(heading);
			current = {
				number: Number(q[1]),
				text: override ? heading.slice(0, override.index) : heading,
				...(override?.[1] ? { slug: override[1] } : {}),
				line: index + 1,
				body: [],
			};
			return;
		}
		if (!current && title === '' && /^#\s/.test(line)) {
			const c = CHAPTER.exec(line);
			chapter = c ? Number(c[1]) : undefined;
			title = (c ? (c[2] ?? '') : line.replace(/^#\s+/, '')).trim();
			return;
		}
		if (!current) return;
		if (RULE.test(line)) {
			finish();
			return;
		}
		current.body.push(line);
	});
	finish();
	return { chapter, title, questions, repairs };
}

/**
 * Reduces an answer's Markdown to the words a reader sees, with whitespace collapsed. Tests compare
 * a page's rendered "short answer" with the notes through it, so formatting choices (a list marker,
 * bold, a hard break) cannot hide a changed or lost word.
 */
export function answerPlainText(markdown: string): string {
	return markdown
		.replace(/\\$/gm, '')
		.replace(/^\s*[-*+]\s+/gm, '')
		.replace(/\*\*|__/g, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>~])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
