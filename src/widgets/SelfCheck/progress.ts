import { countProgress, type SavedAnswers } from '../../lib/content/self-check-progress.ts';
import { load } from './storage.ts';

/**
 * A page's progress as the reader sees it, in the two places that show it: the self-check's own
 * tally under its questions (`enhance.ts`) and the chapter overview's marks
 * (`SelfCheckProgress.astro`). Both count with the library's `countProgress` and print the same
 * `{n}` template, so they cannot disagree.
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

/**
 * Fills an overview mark from the answers its page's self-check saved: "3 / 4 correct", a ✓ when
 * all are right, or "not started". Without JavaScript the mark keeps its server text, the number
 * of questions.
 */
export function showProgress(mark: HTMLElement): void {
	const d = mark.dataset;
	const ids = (d.ids ?? '').split(' ');
	const { answered, correct, text } = tally(d.score ?? '', load(d.progress ?? ''), ids);
	const all = correct === ids.length;
	mark.textContent = answered ? (all ? '✓ ' : '') + text : (d.none ?? '');
	mark.dataset.state = answered ? (all ? 'done' : 'started') : 'none';
}
