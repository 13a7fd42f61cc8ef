import { parseSaved, type SavedAnswers } from '../../lib/content/self-check-progress.ts';

/**
 * `localStorage` for saved answers, shared by the self-check and the overview's progress marks.
 * Every access is guarded: storage throws in some private modes and when it is full or disabled,
 * and a self-check must then still work, just without remembering.
 */

/** The answers saved under `key`, or none when storage is unreadable. */
export function load(key: string): SavedAnswers {
	try {
		return parseSaved(localStorage.getItem(key));
	} catch {
		return {};
	}
}

/** Saves the answers; silently does nothing when storage refuses. */
export function save(key: string, saved: SavedAnswers): void {
	try {
		localStorage.setItem(key, JSON.stringify(saved));
	} catch {
		// Not remembered, but the answer on screen stays graded.
	}
}

/** Forgets the answers of one page in one language. */
export function forget(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Nothing stored, or nothing reachable: either way there is nothing to forget.
	}
}
