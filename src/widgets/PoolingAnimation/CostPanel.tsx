import { formatShape, working } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { NumberField } from '../shared/NumberField.tsx';
import { engineRow, type Operation } from './model.ts';
import { STRINGS } from './strings.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';

export interface CostPanelProps {
	id: string;
	size: number;
	op: Operation;
	window: number;
	stride: number;
	padding: number;
	channels: number;
	stale: boolean;
	lang: Lang;
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
	const { size, op, window, stride, padding, channels, lang } = props;
	const t = STRINGS[lang];
	const n = (v: number) => formatNumber(v, lang);
	const poolOp: Operation = op === 'avg' ? 'avg' : 'max';
	const rows = [
		{
			label: t.costPool(t.operations[poolOp], window),
			result: engineRow(size, channels, poolOp, window, stride, padding),
		},
		{
			label: t.costConv(window, n(channels)),
			result: engineRow(size, channels, 'conv', window, stride, padding),
		},
	];
	return (
		<section class="pool-cost" aria-labelledby={`${props.id}-cost`}>
			<h5 id={`${props.id}-cost`}>{t.costHeading}</h5>
			<p>{t.costIntro(size)}</p>
			<NumberField
				id={`${props.id}-channels`}
				label={t.channels}
				value={channels}
				rule={CHANNEL_RULE}
				lang={lang}
				hint={`1–${n(CHANNEL_RULE.max)}`}
				onValue={props.onChannels}
				onValidity={props.onValidity}
				class="pool-cost__channels"
			/>
			<ScrollRegion class="pool-scroll" label={t.costRegion}>
				<table class={`pool-cost__table ${props.stale ? 'cnn-stale' : ''}`}>
					<thead>
						<tr>
							<th scope="col">{t.costOperation}</th>
							<th scope="col">{t.costOutput}</th>
							<th scope="col">{t.costParams}</th>
							<th scope="col">{t.costMacs}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map(({ label, result }) => (
							<tr>
								<th scope="row">{label}</th>
								{result.ok ? (
									<>
										<td>{formatShape(result.row.outputShape)}</td>
										<td data-cost="params">
											{result.row.params === 0 ? '0' : working(result.row, lang)}
										</td>
										<td data-cost="macs">{n(result.row.macs)}</td>
									</>
								) : (
									<td colSpan={3} class="pool-error">
										{result.error.describe(lang)}
									</td>
								)}
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
			<p class="pool-note">{t.costNote}</p>
		</section>
	);
}
