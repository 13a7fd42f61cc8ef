import type { Lang } from '../i18n/lang.ts';

/**
 * The progress a reader's browser keeps for the self-checks: where each page's answers are
 * stored, how they are read back safely, and how many are right. The self-check writes it and the
 * chapter overview reads it; it is a module of its own so the overview's script carries no
 * grading code. Pure: the `localStorage` calls are in `src/widgets/SelfCheck/storage.ts`.
 */

/** The answer a reader gave to one item, as saved: what they typed or picked, and its grade. */
export interface SavedAnswer {
	readonly answer: string;
	readonly correct: boolean;
}

/** A page's saved answers, by item ID. */
export type SavedAnswers = Record<string, SavedAnswer>;

/**
 * The storage key of one page's answers in one language. It is versioned so a future change of
 * format starts afresh instead of misreading old data, and it carries the language because the
 * Indonesian and English pages are studied separately.
 */
export function progressKey(lang: Lang, page: string): string {
	return `cnn-notes:v1:self-check:${lang}:${page}`;
}

/**
 * Reads saved answers from storage text, keeping only well-formed entries: storage can hold
 * anything (an older format, a hand edit), and a bad entry must not break the page.
 */
export function parseSaved(text: string | null | undefined): SavedAnswers {
	const out: SavedAnswers = {};
	let data: unknown;
	try {
		data = JSON.parse(text ?? '{}');
	} catch {
		return out;
	}
	if (data && typeof data === 'object') {
		for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
			if (typeof v !== 'object' || v === null || !('answer' in v) || !('correct' in v)) continue;
			const { answer, correct } = v;
			if (typeof answer === 'string' && typeof correct === 'boolean') out[id] = { answer, correct };
		}
	}
	return out;
}

/** How many of a page's current items were answered, and how many of those correctly. */
export function countProgress(
	saved: SavedAnswers,
	ids: readonly string[],
): { answered: number; correct: number } {
	const answered = ids.filter((id) => saved[id]);
	return { answered: answered.length, correct: answered.filter((id) => saved[id]?.correct).length };
}
