import { countProgress, type SavedAnswers } from '../../lib/content/self-check-progress.ts';

/**
 * A page's progress as the reader sees it, in the two places that show it: the self-check's own
 * tally under its questions (`enhance.ts`) and the chapter overview's marks (`progress.ts`). Both
 * count with the library's `countProgress` and print the same `{n}` template, so they cannot
 * disagree. Pure, and apart from either script's DOM code.
 */

/** The counts of `countProgress` and the tally line, "3 / 4 correct", from its `{n}` template. */
export function tally(
	template: string,
	saved: SavedAnswers,
	ids: readonly string[],
): { answered: number; correct: number; text: string } {
	const counts = countProgress(saved, ids);
	return { ...counts, text: template.replace('{n}', String(counts.correct)) };
}
