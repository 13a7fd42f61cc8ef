import type { Lang } from '../../lib/i18n/lang.ts';
import type { EditProblem } from './state.ts';
import type { CommonStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';

/**
 * The sentence for a model the editor cannot take, from a paste or a link: the engine's own
 * message when the engine refused it, otherwise the calculator's reason.
 */
export function editProblemText(t: CommonStrings, lang: Lang, problem: EditProblem): string {
	switch (problem.code) {
		case 'engine':
			return problem.error.describe(lang);
		case 'not-image':
			return t.notImage;
		case 'unsupported-type':
			return fill(t.unsupported, { n: problem.index + 1, type: problem.type });
		case 'branches':
			return fill(t.branches, { n: problem.index + 1 });
		case 'too-many-layers':
			return t.tooMany;
		case 'out-of-range':
			return t.outOfRange;
	}
}

/**
 * A fragment of a sentence as a sentence of its own: capital first letter, final full stop. It
 * lives with the messages, not in `fill.ts`, because only the on-demand paste tools use it.
 */
export function sentence(text: string): string {
	const s = text.charAt(0).toUpperCase() + text.slice(1);
	return /[.!?]$/.test(s) ? s : `${s}.`;
}
