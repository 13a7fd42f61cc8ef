import { defined } from '../../lib/defined.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import '../shared/widget.css';
import './ArchitectureExplorer.css';
import { CHART, chartLayout } from './chart.ts';
import type { ChartNetwork } from './chart-data.ts';
import type { ChartWords } from './chart-strings.ts';
import type { ExplorerStrings } from './strings.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { SvgFrame } from '../shared/SvgFrame.tsx';

/**
 * The chart of all six networks: parameters per network in order of year on a log scale, with
 * each winner's ILSVRC top-5 error, and the same figures in a table. It never changes, so
 * `NetworkChart.astro` renders it at build time from the engine's summaries (`chartData`) and the
 * page sends no JavaScript for it.
 */
export default function NetworkChart(props: {
	lang: Lang;
	rows: readonly ChartNetwork[];
	/** The explorer's words (column headings) and the chart's, in the page's language. */
	t: ExplorerStrings;
	c: ChartWords;
}) {
	const { lang, rows, t, c } = props;
	const n = (v: number) => formatNumber(v, lang);
	const top5 = (v: number | undefined) =>
		v === undefined ? undefined : `${formatNumber(v, lang)}%`;
	const data = rows.map(({ network, s }) => ({
		label: c.row(network.name, network.year, top5(network.top5)),
		params: s.totalParams,
		value: n(s.totalParams),
	}));
	const layout = chartLayout(data, [c.yAxis, c.xAxis]);
	const { font, margin, barHeight } = CHART;
	return (
		<div class="cnn-widget ax ax-chart">
			<figure>
				<div class="cnn-scroll">
					<SvgFrame
						id="ax-chart"
						role="img"
						title={c.title}
						desc={c.desc}
						width={layout.width}
						height={layout.height}
					>
						<text x={margin} y={margin + font} class="dg-strong">
							{c.yAxis}
						</text>
						{layout.ticks.map((tick) => (
							<line
								key={tick.exponent}
								x1={tick.x}
								x2={tick.x}
								y1={layout.axisY}
								y2={layout.axisY + 5}
								class="dg-edge"
							/>
						))}
						{data.map((datum, i) => {
							const row = defined(layout.rows[i], `chart row ${i}`);
							return (
								<g key={datum.label}>
									<text x={margin} y={row.labelY}>
										{datum.label}
									</text>
									<rect
										x={margin}
										y={row.barY}
										width={row.barWidth}
										height={barHeight}
										class="dg-bar"
									/>
									<text x={row.valueX} y={row.barY + barHeight - 2} class="dg-muted">
										{datum.value}
									</text>
								</g>
							);
						})}
						<line
							x1={margin}
							x2={margin + CHART.barArea}
							y1={layout.axisY}
							y2={layout.axisY}
							class="dg-edge"
						/>
						{layout.ticks
							.filter((tick) => tick.labelled)
							.map((tick, i, all) => (
								<text
									key={tick.exponent}
									x={tick.x}
									y={layout.axisY + font + 6}
									text-anchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
								>
									{c.tick(tick.exponent)}
								</text>
							))}
						<text x={margin} y={layout.axisY + 2 * font + 14} class="dg-strong">
							{c.xAxis}
						</text>
					</SvgFrame>
				</div>
				<figcaption class="ax-hint">{c.note}</figcaption>
			</figure>
			<DataTable
				regionClass="ax-scroll"
				label={c.title}
				caption={c.title}
				captionHidden
				columns={[c.network, t.year, t.params, c.implementation, t.depth, t.top5]}
			>
				{rows.map(({ network, s, depth }) => (
					<tr key={network.id} data-network={network.id}>
						<th scope="row">{network.name}</th>
						<td>{network.year}</td>
						<td class="ax-num">{n(s.totalParams)}</td>
						<td>{s.name}</td>
						<td class="ax-num">{n(depth)}</td>
						<td class="ax-num">
							{top5(network.top5) ?? t.noTop5[network.id === 'lenet5' ? 'lenet5' : 'xception']}
						</td>
					</tr>
				))}
			</DataTable>
		</div>
	);
}
