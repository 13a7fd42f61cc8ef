import { defined } from '../../lib/defined.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { gradeChoice, gradeNumber, type Verdict } from '../../lib/content/self-check.ts';
import { tally } from './tally.ts';
import { forget, load, save } from './storage.ts';

/**
 * Turns a server-rendered self-check (`SelfCheck.astro`) into a working one: shows the fields
 * and buttons, grades each answer on "Check" or Enter, writes the verdict next to the field (an
 * `aria-live` region, with an icon and words, not colour alone), opens the explanation, and
 * keeps the answers in `localStorage` so a reload shows them again. Every word comes from the
 * markup's data attributes, so the script is the same in both languages and stays small. The
 * elements and attributes it looks up are always rendered by the component; `defined` names the
 * one that is missing if the markup and the script ever drift apart.
 */

/** Enhances one self-check; `root` is the element marked `data-self-check`. */
export function enhance(root: HTMLElement): void {
	const d = root.dataset;
	const key = defined(d.key, 'data-key');
	const lang = d.lang as Lang;
	let saved = load(key);
	const forms = [...root.querySelectorAll('form')];
	const $ = (el: ParentNode, selector: string) =>
		defined(el.querySelector<HTMLElement>(selector), selector);
	const itemOf = (form: HTMLFormElement) => defined(form.dataset.item, 'data-item');
	const status = $(root, '[data-status]');

	const ids = forms.map(itemOf);
	const showTally = () => {
		$(root, '[data-total]').textContent = tally(defined(d.score, 'data-score'), saved, ids).text;
	};

	/** Writes a verdict (or clears it, with `state` empty) next to one question. */
	const show = (form: HTMLFormElement, state: Verdict | '', text: string, open: boolean) => {
		const feedback = $(form, '.sc__fb');
		feedback.textContent = text;
		feedback.dataset.state = state;
		const details = form.querySelector('details');
		if (details) details.open = open;
		form
			.querySelector('input[inputmode]')
			?.setAttribute('aria-invalid', String(state === 'empty' || state === 'not-a-number'));
	};

	const grade = (form: HTMLFormElement, raw: string, remember: boolean) => {
		const f = form.dataset;
		const choice = f.tol === undefined;
		const verdict = choice
			? gradeChoice(raw, defined(f.answer, 'data-answer'))
			: gradeNumber(raw, { value: Number(f.answer), tolerance: Number(f.tol) }, lang, f.unit);
		const graded = verdict === 'correct' || verdict === 'wrong';
		let text =
			verdict === 'correct'
				? `✓ ${d.correct}`
				: verdict === 'wrong'
					? `✗ ${d.wrong}`
					: `! ${verdict === 'empty' ? (choice ? d.pick : d.empty) : d.nan}`;
		if (graded) {
			// The picked option's reason, or the right answer after a wrong number, from the reveal.
			const more = choice
				? form.querySelectorAll('[data-why]')[Number(raw)]
				: verdict === 'wrong' && form.querySelector('[data-line]');
			if (more) text += ` ${more.textContent.trim()}`;
			saved[itemOf(form)] = { answer: raw, correct: verdict === 'correct' };
			if (remember) {
				save(key, saved);
				status.textContent = '';
			}
			showTally();
		}
		show(form, verdict, text, graded);
	};

	// Fields and buttons (`data-js`, hidden) appear; the no-JavaScript instructions go.
	for (const el of root.querySelectorAll<HTMLElement>('[data-js],[data-nojs]'))
		el.hidden = !el.hidden;

	for (const form of forms) {
		const field = form.querySelector<HTMLInputElement>('input[inputmode]');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			grade(
				form,
				field ? field.value : (form.querySelector<HTMLInputElement>(':checked')?.value ?? ''),
				true,
			);
		});
		const previous = saved[itemOf(form)];
		if (previous) {
			if (field) field.value = previous.answer;
			for (const radio of form.querySelectorAll<HTMLInputElement>('[type=radio]'))
				radio.checked = radio.value === previous.answer;
			grade(form, previous.answer, false);
		}
	}

	$(root, '[data-reset]').addEventListener('click', () => {
		saved = {};
		forget(key);
		for (const form of forms) {
			form.reset();
			show(form, '', '', false);
		}
		showTally();
		status.textContent = defined(d.cleared, 'data-cleared');
	});
	showTally();
}
