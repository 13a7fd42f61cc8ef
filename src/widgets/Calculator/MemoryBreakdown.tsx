import { fill } from '../../lib/i18n/fill.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { DataTable } from '../shared/DataTable.tsx';
import type { MemoryFigures } from './full.ts';
import { MemoryBar, swatch } from './MemoryBar.tsx';
import type { ModelStrings } from './strings.ts';
import { mb, mib } from './units.ts';

/**
 * The memory estimate itself: its total, the stacked bar and the table (MB and MiB), faded while
 * stale. The CNN lab shows it too, for its model and its training settings.
 */
export function MemoryBreakdown(props: {
	t: ModelStrings;
	lang: Lang;
	/** Prefix of the bar's id. */
	id: string;
	shown: Extract<MemoryFigures, { ok: true }>;
	stale: boolean;
}) {
	const { t, lang, shown, id } = props;
	const counted = shown.items.filter((item) => item.counted);
	const desc = counted.map((item) => `${t.items[item.key]}: ${mb(item.bytes, lang)}`).join('; ');
	return (
		<div class={`calc-memory__result ${props.stale ? 'cnn-stale' : ''}`}>
			<p class="calc-total" data-testid="memory-total">
				{t.total}: <strong>{mb(shown.total, lang)}</strong> ({mib(shown.total, lang)})
			</p>
			<MemoryBar
				id={`${id}-bar`}
				title={t.chartTitle}
				desc={desc}
				segments={counted}
				total={shown.total}
			/>
			<DataTable regionClass="calc-scroll" label={t.chartTitle} columns={[t.part, 'MB', 'MiB']}>
				{shown.items.map((item) => (
					<tr key={item.key} class={item.counted ? undefined : 'calc-muted'}>
						<th scope="row" class="calc-name">
							<span class={`calc-swatch ${swatch(item.key)}`} aria-hidden="true" />
							{t.items[item.key]}
							{item.key === 'inferencePeak' && ` (${fill(t.peakAt, { layer: shown.peakLayer })})`}
							{!item.counted && ` (${t.notCounted})`}
						</th>
						<td class="calc-num">{mb(item.bytes, lang)}</td>
						<td class="calc-num">{mib(item.bytes, lang)}</td>
					</tr>
				))}
				<tr class="calc-sum">
					<th scope="row">{t.total}</th>
					<td class="calc-num">{mb(shown.total, lang)}</td>
					<td class="calc-num">{mib(shown.total, lang)}</td>
				</tr>
			</DataTable>
		</div>
	);
}
