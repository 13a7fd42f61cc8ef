import type { Lang } from '../../lib/i18n/lang.ts';
import { lrnTerm, type LrnParams } from '../../lib/normalization/lrn.ts';
import { fmt } from './formula.ts';
import { STRINGS } from './strings.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';

export interface NumbersTableProps {
	values: readonly number[];
	params: LrnParams;
	/** Batch-norm outputs, when the comparison is on. */
	normalized: readonly number[] | undefined;
	lang: Lang;
}

/**
 * Every channel's LRN arithmetic as a table, in the columns of the page's worked example: the
 * same information as the bars, for screen readers, for readers without JavaScript, and for
 * checking the page's table against the widget.
 */
export function NumbersTable(props: NumbersTableProps) {
	const { values, params, normalized, lang } = props;
	const t = STRINGS[lang];
	return (
		<details class="lrn-table">
			<summary>{t.tableSummary}</summary>
			<ScrollRegion class="lrn-scroll" label={t.tableSummary}>
				<table>
					<thead>
						<tr>
							<th scope="col">{t.tableMap}</th>
							<th scope="col">{t.tableA}</th>
							<th scope="col">{t.tableWindow}</th>
							<th scope="col">{t.tableSum}</th>
							<th scope="col">{t.tableBase}</th>
							<th scope="col">{t.tableDivisor}</th>
							<th scope="col">{t.tableB}</th>
							{normalized && <th scope="col">{t.tableBn}</th>}
						</tr>
					</thead>
					<tbody>
						{values.map((a, i) => {
							const term = lrnTerm(values, i, params);
							return (
								<tr>
									<th scope="row">{i}</th>
									<td>{fmt(a, lang)}</td>
									<td>
										{term.low}–{term.high}
									</td>
									<td>{fmt(term.sumSquares, lang)}</td>
									<td>{fmt(term.base, lang, 4)}</td>
									<td>{fmt(term.divisor, lang, 4)}</td>
									<td>{fmt(term.value, lang)}</td>
									{normalized && <td>{fmt(normalized[i] ?? 0, lang)}</td>}
								</tr>
							);
						})}
					</tbody>
				</table>
			</ScrollRegion>
		</details>
	);
}
