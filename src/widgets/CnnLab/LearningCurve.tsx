import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { SvgFrame } from '../shared/SvgFrame.tsx';
import { CHART, curveGeometry, lossTickLabel, pathOf, type CurveData } from './chart.ts';
import type { CnnLabStrings } from './strings.ts';

/**
 * The learning curve: loss on the left axis (the running loss as a thin line, each epoch's mean
 * training loss as points), held-out accuracy on the right, with every epoch's figures repeated
 * in a table as the chart's text equivalent. Non-finite figures are never drawn or printed.
 */
export function LearningCurve(props: {
	id: string;
	data: CurveData;
	caption: string;
	t: CnnLabStrings;
	lang: Lang;
}) {
	const { id, data, t, lang } = props;
	const g = curveGeometry(data);
	const { width, height, left, right, top, bottom } = CHART;
	const n = (v: number, digits: number) =>
		formatNumber(v, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
	const pct = (v: number) => n(100 * v, 1);
	return (
		<div class="lab-curve">
			<figure class="lab-figure" data-testid="lab-curve">
				<SvgFrame
					id={`${id}-curve`}
					title={t.curveTitle}
					desc={t.curveDesc}
					width={width}
					height={height}
					fluid={false}
				>
					<g class="lab-grid">
						{g.lossTicks.map((tick) => (
							<line key={tick.value} x1={left} x2={width - right} y1={tick.y} y2={tick.y} />
						))}
					</g>
					<g class="lab-axis" aria-hidden="true">
						<line x1={left} x2={left} y1={top} y2={height - bottom} />
						<line x1={width - right} x2={width - right} y1={top} y2={height - bottom} />
						<line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} />
						{g.lossTicks.map((tick) => (
							<text key={tick.value} x={left - 6} y={tick.y + 4} text-anchor="end">
								{lossTickLabel(tick.value, g.lossMax, lang)}
							</text>
						))}
						{g.accuracyTicks.map((tick) => (
							<text key={tick.value} x={width - right + 6} y={tick.y + 4}>
								{formatNumber(100 * tick.value, lang)}%
							</text>
						))}
						{g.xTicks.map((tick) => (
							<text key={tick.epoch} x={tick.x} y={height - bottom + 16} text-anchor="middle">
								{tick.epoch}
							</text>
						))}
						<text x={(left + width - right) / 2} y={height - 6} text-anchor="middle">
							{t.epochAxis}
						</text>
					</g>
					<path class="lab-running" d={pathOf(g.running)} data-testid="lab-running" />
					<path class="lab-loss" d={pathOf(g.trainLoss)} />
					{g.trainLoss.map((p, i) => (
						<circle key={`l${i}`} class="lab-loss-point" cx={p.x} cy={p.y} r={4} />
					))}
					<path class="lab-acc" d={pathOf(g.testAccuracy)} />
					{g.testAccuracy.map((p, i) => (
						<rect
							key={`a${i}`}
							class="lab-acc-point"
							x={p.x - 4}
							y={p.y - 4}
							width={8}
							height={8}
						/>
					))}
				</SvgFrame>
				<figcaption>
					<ul class="lab-legend">
						<li>
							<span class="lab-key lab-key-running" aria-hidden="true" /> {t.runningLoss} (
							{t.lossAxis})
						</li>
						<li>
							<span class="lab-key lab-key-loss" aria-hidden="true" /> {t.trainLoss}
						</li>
						<li>
							<span class="lab-key lab-key-acc" aria-hidden="true" /> {t.testAccuracy}
						</li>
					</ul>
					<p>{props.caption}</p>
				</figcaption>
			</figure>
			<details class="lab-details">
				<summary>{t.tableSummary}</summary>
				<ScrollRegion label={t.tableSummary}>
					<table class="lab-table" data-testid="lab-epochs">
						<thead>
							<tr>
								<th scope="col">{t.epoch}</th>
								<th scope="col" class="lab-num">
									{t.trainLoss}
								</th>
								<th scope="col" class="lab-num">
									{t.trainAccuracy}
								</th>
								<th scope="col" class="lab-num">
									{t.testLoss}
								</th>
								<th scope="col" class="lab-num">
									{t.testAccuracy}
								</th>
							</tr>
						</thead>
						<tbody>
							{data.epochs.map((e) => (
								<tr key={e.epoch}>
									<th scope="row">{e.epoch}</th>
									<td class="lab-num">{n(e.trainLoss, 3)}</td>
									<td class="lab-num">{pct(e.trainAccuracy)}%</td>
									<td class="lab-num">{n(e.testLoss, 3)}</td>
									<td class="lab-num">{pct(e.testAccuracy)}%</td>
								</tr>
							))}
						</tbody>
					</table>
				</ScrollRegion>
			</details>
		</div>
	);
}
