import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { cellShade, classScores } from '../../lib/training/inspect.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import type { InspectStrings } from './inspect-strings.ts';
import './inspect.css';

export interface ConfusionMatrixProps {
	/**
	 * `classes × classes` counts, row = true class, column = predicted class, as `evaluate`
	 * (`lib/training/fit.ts`) returns them in `confusion`; `undefined` before an evaluation.
	 */
	confusion: ArrayLike<number> | undefined;
	/** The page language's words (`INSPECT_STRINGS[lang]`); the classes are `t.classes`. */
	t: InspectStrings;
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id: string;
}

/**
 * The held-out set's confusion matrix as a real table: a row per true class, a column per
 * predicted class, both named by header cells (so a screen reader says "Shirt, predicted class
 * T-shirt/top, 112"), a recall column, and each cell shaded by its share of the row through a
 * custom property. On a phone the table scrolls sideways in its own keyboard-reachable region.
 */
export function ConfusionMatrix(props: ConfusionMatrixProps) {
	const { confusion, t, lang, id } = props;
	const classes = t.classes.length;
	const percent = (p: number | null) =>
		p === null
			? '—'
			: `${formatNumber(100 * p, lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
	const scores = confusion ? classScores(confusion, classes) : undefined;
	const total = scores?.support.reduce((a, b) => a + b, 0) ?? 0;
	const helpId = `${id}-cm-help`;
	return (
		<div class="inspect-cm">
			<h6 id={`${id}-cm-title`}>{t.cmTitle}</h6>
			{!confusion || !scores ? (
				<p class="inspect-note">{t.cmEmpty}</p>
			) : (
				<>
					<p id={helpId} class="inspect-note">
						{t.cmHelp}
					</p>
					<ScrollRegion label={t.cmRegion} class="inspect-cm__scroll">
						<table class="inspect-cm__table" aria-describedby={helpId}>
							<caption>
								{fill(t.cmCaption, {
									count: formatNumber(total, lang),
									accuracy: percent(scores.accuracy),
								})}
							</caption>
							<thead>
								<tr>
									<td />
									<th scope="colgroup" colSpan={classes}>
										{t.cmPredicted}
									</th>
									<td />
								</tr>
								<tr>
									<th scope="col">{t.cmTrue}</th>
									{t.classes.map((name) => (
										<th scope="col" key={name}>
											{name}
										</th>
									))}
									<th scope="col">{t.cmRecall}</th>
								</tr>
							</thead>
							<tbody>
								{t.classes.map((name, row) => (
									<tr key={name}>
										<th scope="row">{name}</th>
										{t.classes.map((_, col) => {
											const share = scores.rowShares[row * classes + col] ?? 0;
											const kind = [
												row === col ? 'is-diagonal' : '',
												share >= 0.5 ? 'is-strong' : '',
											]
												.filter(Boolean)
												.join(' ');
											return (
												<td
													key={col}
													class={kind || undefined}
													style={{ '--inspect-shade': `${cellShade(share)}%` }}
												>
													{formatNumber(confusion[row * classes + col] ?? 0, lang)}
												</td>
											);
										})}
										<td class="inspect-cm__recall">{percent(scores.recall[row] ?? null)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</ScrollRegion>
				</>
			)}
		</div>
	);
}
