import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import type { LabPresetView } from './presets.ts';
import type { CnnLabStrings } from './strings.ts';

/** The chosen model as Keras's `model.summary()` prints it: the engine's rows and total. */
export function LabSummary(props: {
	preset: LabPresetView;
	t: CnnLabStrings;
	lang: Lang;
	id: string;
}) {
	const { preset, t, lang } = props;
	const n = (v: number) => formatNumber(v, lang);
	return (
		<ScrollRegion label={t.summaryRegion}>
			<table class="lab-table" data-testid="lab-summary">
				<caption>{fill(t.summaryCaption, { name: preset.name })}</caption>
				<thead>
					<tr>
						<th scope="col">{t.layer}</th>
						<th scope="col">{t.outputShape}</th>
						<th scope="col" class="lab-num">
							{t.params}
						</th>
					</tr>
				</thead>
				<tbody>
					{preset.rows.map((row) => (
						<tr key={row.name}>
							<th scope="row">
								{row.name} <span class="lab-muted">({row.type})</span>
							</th>
							<td>{row.shape}</td>
							<td class="lab-num">{n(row.params)}</td>
						</tr>
					))}
				</tbody>
				<tfoot>
					<tr>
						<th scope="row">{t.total}</th>
						<td />
						<td class="lab-num">{n(preset.totalParams)}</td>
					</tr>
				</tfoot>
			</table>
		</ScrollRegion>
	);
}
