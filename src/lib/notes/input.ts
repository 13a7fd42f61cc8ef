import type { Notes } from './parse.ts';

/**
 * Checks that a notes file is something the importer should read at all, and that what it read
 * makes a chapter. Each problem is one sentence naming the file, because the command prints it as
 * its single line of output before it exits: the author has to know at a glance what to fix.
 */

/** Either a value or the one-line reason there is none. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Decodes the bytes of a notes file as UTF-8 text. It refuses an empty file and anything that is
 * not text: a NUL byte, bytes that are not UTF-8, or text that is more than 1% control
 * characters. (Mojibake is still valid UTF-8, so the damaged notes pass and are repaired later.)
 */
export function decodeNotesFile(bytes: Uint8Array, name: string): Checked<string> {
	if (bytes.length === 0) return { ok: false, error: `${name} is empty` };
	if (bytes.includes(0)) {
		return {
			ok: false,
			error: `${name} is a binary file (it holds NUL bytes), not Markdown notes`,
		};
	}
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		return {
			ok: false,
			error: `${name} is not UTF-8 text (is it a binary file?); save the notes as UTF-8`,
		};
	}
	const controls = text.match(CONTROL)?.length ?? 0;
	if (controls > 0 && controls * 100 > text.length) {
		return { ok: false, error: `${name} is a binary file (${controls} control bytes), not notes` };
	}
	text = text.replace(/^\uFEFF/, '');
	if (text.trim() === '') return { ok: false, error: `${name} is empty` };
	return { ok: true, value: text };
}

/**
 * Checks that parsed notes make a chapter: at least one question, no question number twice, and a
 * chapter number from the first heading or from `--chapter`. Returns the chapter number to use.
 */
export function checkNotes(notes: Notes, name: string, chapterOption?: number): Checked<number> {
	if (notes.questions.length === 0) {
		return {
			ok: false,
			error: `${name} has no questions (expected headings like "### 1. Question text")`,
		};
	}
	const seen = new Map<number, number>();
	for (const q of notes.questions) {
		const first = seen.get(q.number);
		if (first !== undefined) {
			return {
				ok: false,
				error: `${name} has question ${q.number} twice (lines ${first} and ${q.line}); number each question once`,
			};
		}
		seen.set(q.number, q.line);
	}
	const chapter = chapterOption ?? notes.chapter;
	if (chapter === undefined) {
		return {
			ok: false,
			error: `${name} has no chapter number in its first heading (expected "# Chapter N – Title"); pass --chapter N`,
		};
	}
	return { ok: true, value: chapter };
}
