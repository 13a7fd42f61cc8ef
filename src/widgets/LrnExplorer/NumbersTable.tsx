import type { Lang } from '../../lib/i18n/lang.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { fmt } from './formula.ts';
import type { LrnResult } from './result.ts';
import type { LrnStrings } from './strings.ts';

export interface NumbersTableProps {
	result: LrnResult;
	/** Whether to add the batch-norm column (the comparison is on). */
	compare: boolean;
	t: LrnStrings;
	lang: Lang;
}

/**
 * Every channel's LRN arithmetic as a table, in the columns of the page's worked example: the
 * same information as the bars, for screen readers, for readers without JavaScript, and for
 * checking the page's table against the widget.
 */
export function NumbersTable(props: NumbersTableProps) {
	const { result, compare, t, lang } = props;
	return (
		<details class="lrn-table">
			<summary>{t.tableSummary}</summary>
			<DataTable
				tableClass="cnn-numbers"
				regionClass="lrn-scroll"
				label={t.tableSummary}
				columns={[
					t.tableMap,
					t.tableA,
					t.tableWindow,
					t.tableSum,
					t.tableBase,
					t.tableDivisor,
					t.tableB,
					...(compare ? [t.tableBn] : []),
				]}
			>
				{result.terms.map((term, i) => (
					<tr>
						<th scope="row">{i}</th>
						<td>{fmt(result.values[i] ?? 0, lang)}</td>
						<td>
							{term.low}–{term.high}
						</td>
						<td>{fmt(term.sumSquares, lang)}</td>
						<td>{fmt(term.base, lang, 4)}</td>
						<td>{fmt(term.divisor, lang, 4)}</td>
						<td>{fmt(term.value, lang)}</td>
						{compare && <td>{fmt(result.normalized[i] ?? 0, lang)}</td>}
					</tr>
				))}
			</DataTable>
		</details>
	);
}
