import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { NumberField } from '../shared/NumberField.tsx';
import { DataTable } from '../shared/DataTable.tsx';
import type { Frame } from './model.ts';
import type { PoolingStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';

export interface CostPanelProps {
	id: string;
	/** The frame whose settings and engine rows the table shows. */
	frame: Frame;
	/** The channel count as the reader set it (the frame may still be the previous one's). */
	channels: number;
	stale: boolean;
	lang: Lang;
	t: PoolingStrings;
	onChannels: (value: number) => void;
	onValidity: (invalid: boolean) => void;
}

/** Channel counts the panel accepts: up to 4096, the widest layers in common networks. */
export const CHANNEL_RULE = { min: 1, max: 4096 };

/**
 * What each way of downsampling costs on a C-channel map: the pooling layer and the strided
 * convolution with the same window, stride and padding, each summarised by the engine (output
 * shape, parameters k·k·C·C + C, MACs), with the engine's own working for the parameter count.
 */
export function CostPanel(props: CostPanelProps) {
	const { frame, lang, t } = props;
	const { grid, op, window } = frame.settings;
	const size = grid.length;
	const n = (v: number) => formatNumber(v, lang);
	const rows = [
		{
			label: fill(t.costPool, { kind: t.operations[op === 'avg' ? 'avg' : 'max'], k: window }),
			cost: frame.costs.pool,
		},
		{
			label: fill(t.costConv, { k: window, c: n(frame.channels) }),
			cost: frame.costs.conv,
		},
	];
	return (
		<section class="pool-cost" aria-labelledby={`${props.id}-cost`}>
			<h5 id={`${props.id}-cost`}>{t.costHeading}</h5>
			<p>{fill(t.costIntro, { size })}</p>
			<NumberField
				id={`${props.id}-channels`}
				label={t.channels}
				value={props.channels}
				rule={CHANNEL_RULE}
				lang={lang}
				hint={`1–${n(CHANNEL_RULE.max)}`}
				onValue={props.onChannels}
				onValidity={props.onValidity}
				class="pool-cost__channels"
			/>
			<DataTable
				regionClass="pool-scroll"
				label={t.costRegion}
				tableClass={`cnn-numbers pool-cost__table ${props.stale ? 'cnn-stale' : ''}`}
				columns={[t.costOperation, t.costOutput, t.costParams, t.costMacs]}
			>
				{rows.map(({ label, cost }) => (
					<tr>
						<th scope="row">{label}</th>
						{cost.ok ? (
							<>
								<td>{cost.shape}</td>
								<td data-cost="params">{cost.params}</td>
								<td data-cost="macs">{n(cost.macs)}</td>
							</>
						) : (
							<td colSpan={3} class="pool-error">
								{cost.error}
							</td>
						)}
					</tr>
				))}
			</DataTable>
			<p class="pool-note">{t.costNote}</p>
		</section>
	);
}
