import { fill } from '../../lib/i18n/fill.ts';
import type { CommonStrings } from './strings.ts';

/**
 * The visible notice for a link whose state was refused, with the reason (`linkProblemText`, from
 * the link codec). Its text is built from fixed sentences and the engine's message; nothing from
 * the URL is inserted as HTML.
 */
export function LinkNotice(props: {
	/** `linkProblem`: the calculator's sentence, or the CNN lab's. */
	t: Pick<CommonStrings, 'linkProblem'>;
	reason: string | undefined;
}) {
	const { t, reason } = props;
	if (reason === undefined) return null;
	return (
		<p class="calc-notice" role="status" data-testid="link-notice">
			{fill(t.linkProblem, { reason })}
		</p>
	);
}
