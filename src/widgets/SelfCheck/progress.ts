import { load } from './storage.ts';
import { tally } from './tally.ts';

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
