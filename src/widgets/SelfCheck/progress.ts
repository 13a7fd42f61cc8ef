import { countProgress } from '../../lib/content/self-check-progress.ts';
import { load } from './storage.ts';

/**
 * Fills the overview's progress marks (`SelfCheckProgress.astro`) from the answers the
 * self-checks saved: "3 / 4 correct", a ✓ when all are right, or "not started". Without
 * JavaScript the mark keeps its server text, the number of questions.
 */
export function showProgress(mark: HTMLElement): void {
	const d = mark.dataset;
	const ids = (d.ids ?? '').split(' ');
	const { answered, correct } = countProgress(load(d.progress ?? ''), ids);
	const all = correct === ids.length;
	mark.textContent = answered
		? (all ? '✓ ' : '') + (d.score ?? '').replace('{n}', String(correct))
		: (d.none ?? '');
	mark.dataset.state = answered ? (all ? 'done' : 'started') : 'none';
}
