import type { Lang } from '../../lib/i18n/lang.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { BoxInfo } from './boxes.ts';
import { shapeText } from './labels.ts';
import type { ExplorerStrings } from './strings.ts';
import { DataTable } from '../shared/DataTable.tsx';

/**
 * The details of the box under the pointer or the keyboard focus: its output shape, its count
 * and the parameter arithmetic (the engine's working), so a reader can check every number.
 */
export function Details(props: { box: BoxInfo | undefined; lang: Lang; t: ExplorerStrings }) {
	const { box, lang, t } = props;
	if (!box) {
		return (
			<div class="ax-details">
				<p class="ax-hint">{t.detailsHint}</p>
			</div>
		);
	}
	return (
		<div class="ax-details">
			<p>
				<strong>{box.title}</strong>
				{box.op ? ` — ${box.op}` : ''}
			</p>
			<dl>
				<dt>{t.output}</dt>
				<dd>{shapeText(box.shape, lang)}</dd>
				<dt>{t.params}</dt>
				<dd>{formatNumber(box.params, lang)}</dd>
				{box.working.length > 0 && (
					<>
						<dt>{t.working}</dt>
						{box.working.map((line, i) => (
							<dd key={i} class="ax-working">
								{line}
							</dd>
						))}
					</>
				)}
			</dl>
		</div>
	);
}

/**
 * The boxes of a diagram as a table: the same information as the SVG, for screen readers and for
 * anyone who prefers rows to boxes.
 */
export function BoxTable(props: {
	boxes: readonly BoxInfo[];
	lang: Lang;
	t: ExplorerStrings;
	caption: string;
}) {
	const { t } = props;
	return (
		<details class="ax-table">
			<summary>{t.tableSummary}</summary>
			<DataTable
				regionClass="ax-scroll"
				label={props.caption}
				caption={props.caption}
				captionHidden
				columns={[t.block, t.operation, t.output, t.params, t.working]}
			>
				{props.boxes.map((box, i) => (
					<tr key={`${i}:${box.id}`}>
						<th scope="row">{box.title}</th>
						<td>{box.op}</td>
						<td>{shapeText(box.shape, props.lang)}</td>
						<td class="ax-num">{formatNumber(box.params, props.lang)}</td>
						<td>{box.working.join('; ')}</td>
					</tr>
				))}
			</DataTable>
		</details>
	);
}
