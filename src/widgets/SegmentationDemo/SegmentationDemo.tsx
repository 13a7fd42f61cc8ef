import { useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { DownsampleRule } from '../../lib/segmentation/downsample.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';
import '../shared/widget.css';
import { LabelMapSvg, Swatch } from './LabelMapSvg.tsx';
import { percent, score } from './numbers.ts';
import type { Scenario } from './scenario.ts';
import { ScoresTable } from './ScoresTable.tsx';
import './SegmentationDemo.css';
import type { SegmentationStrings } from './strings.ts';
import { WidgetRoot } from '../shared/WidgetRoot.tsx';

export interface SegmentationDemoProps {
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id?: string | undefined;
	/** The page language's words, chosen by `SegmentationDemo.astro`. */
	t: SegmentationStrings;
	/** The demo for the default rule, computed at build time by `SegmentationDemo.astro`. */
	first: Scenario;
}

const RULES: readonly DownsampleRule[] = ['average', 'subsample'];

/**
 * Question 8's resolution demo: a synthetic 64×64 scene, its label map after each stride-2 stage
 * (real downsampling of the labels), four ways to recover a full-size map (nearest, bilinear =
 * FCN-32s, FCN-16s, FCN-8s), their pixel accuracy and mean IoU, and the class-imbalance histogram.
 * It simulates geometry only; no network runs.
 *
 * The first render draws the wrapper's scenario; the segmentation library loads when the reader
 * first touches or focuses the widget, and only a change of rule needs it.
 */
export default function SegmentationDemo(props: SegmentationDemoProps) {
	const { lang, t } = props;
	const id = props.id ?? `seg-${lang}`;
	const [scenarios, setScenarios] = useState<Partial<Record<DownsampleRule, Scenario>>>({
		[props.first.rule]: props.first,
	});
	const [rule, setRule] = useState<DownsampleRule>(props.first.rule);
	const [showErrors, setShowErrors] = useState(false);
	const [, load] = useOnDemand(() => import('./scenario.ts'));

	// Until the library has computed the chosen rule, the last computed one stays on screen.
	const shown = scenarios[rule] ?? props.first;
	const { classes, truth, stages, results, baseline, survival } = shown;
	const size = truth.map.size;

	const chooseRule = async (next: DownsampleRule) => {
		setRule(next);
		if (scenarios[next]) return;
		const m = await load();
		setScenarios((old) => ({ ...old, [next]: m.scenario(next) }));
	};

	const pct = (v: number) => percent(v, lang);
	const dec = (v: number) => score(v, lang);
	const className = (c: number) => t.classes[classes[c] ?? 'background'];
	const sharesText = (shares: readonly number[]) =>
		shares.map((s, c) => fill(t.shareOf, { name: className(c), percent: pct(s) })).join(', ') + '.';
	const mapDesc = (what: string, mapSize: number, shares: readonly number[]) =>
		fill(t.mapDesc, { what, size: mapSize, shares: sharesText(shares) });

	const best = results.reduce((a, b) => (b.scores.meanIoU > a.scores.meanIoU ? b : a));
	const nearest = results[0];
	const pole = classes.indexOf('pole');

	return (
		<WidgetRoot class="cnn-stack not-content seg" attrs={{ id }} load={load}>
			<h4>{t.title}</h4>
			<p class="seg-simulation" role="note">
				{t.simulation}
			</p>

			<section class="seg-truth" aria-labelledby={`${id}-truth`}>
				<h5 id={`${id}-truth`}>{t.truthHeading}</h5>
				<div class="seg-truth__row">
					<figure class="seg-figure">
						<LabelMapSvg
							id={`${id}-gt`}
							map={truth.map}
							title={t.truthTitle}
							desc={mapDesc(t.truthTitle, size, truth.shares)}
							size="truth"
						/>
						<figcaption>{t.truthTitle}</figcaption>
					</figure>
					<ul class="seg-legend" aria-label={t.legend}>
						{classes.map((name, c) => (
							<li>
								<Swatch id={`${id}-legend-${c}`} label={c} />
								{t.classes[name]}
							</li>
						))}
					</ul>
				</div>
			</section>

			<section class="seg-loss" aria-labelledby={`${id}-loss`}>
				<h5 id={`${id}-loss`}>{t.lossHeading}</h5>
				<p>{t.lossIntro}</p>
				<fieldset class="seg-rule">
					<legend>{t.rule}</legend>
					{RULES.map((r) => (
						<label class="seg-radio">
							<input
								type="radio"
								name={`${id}-rule`}
								value={r}
								checked={rule === r}
								onChange={() => void chooseRule(r)}
							/>
							{t.rules[r]}
						</label>
					))}
				</fieldset>
				<div class="seg-strip">
					{stages.map((stage) => {
						const title = fill(t.stageTitle, { size: stage.map.size, stride: stage.stride });
						return (
							<figure class="seg-figure">
								<LabelMapSvg
									id={`${id}-s${stage.stride}`}
									map={stage.map}
									title={title}
									desc={mapDesc(title, stage.map.size, stage.shares)}
									size="stage"
								/>
								<figcaption>{title}</figcaption>
							</figure>
						);
					})}
				</div>
				<p data-testid="survival">
					{fill(t.survival, { pole: survival.pole, car: survival.car, stages: stages.length })}
				</p>
			</section>

			<section class="seg-recovery" aria-labelledby={`${id}-recovery`}>
				<h5 id={`${id}-recovery`}>{t.recoveryHeading}</h5>
				<p>{t.recoveryIntro}</p>
				{/* The widget's one primary action: marking where each way back goes wrong. */}
				<p class="seg-check">
					<button
						type="button"
						class="cnn-btn-primary"
						aria-pressed={showErrors}
						aria-describedby={`${id}-errors-hint`}
						onClick={() => setShowErrors(!showErrors)}
					>
						{t.showErrors}
					</button>
					<span class="seg-check__hint" id={`${id}-errors-hint`}>
						{t.errorsLegend}
					</span>
				</p>
				<div class="seg-grid">
					{results.map(({ method, map, shares, scores, wrong }) => {
						const wrongText = fill(t.wrongPixels, {
							count: formatNumber(wrong, lang),
							percent: pct(1 - scores.pixelAccuracy),
						});
						return (
							<figure class="seg-figure" data-method={method}>
								<LabelMapSvg
									id={`${id}-r-${method}`}
									map={map}
									title={t.methods[method]}
									desc={`${mapDesc(t.methods[method], size, shares)} ${wrongText}.`}
									size="result"
									errorsAgainst={showErrors ? truth.map : undefined}
								/>
								<figcaption>
									<strong>{t.methods[method]}</strong>
									<span class="seg-note">{t.methodNotes[method]}</span>
									<span>
										{t.pixelAccuracy} {pct(scores.pixelAccuracy)} · {t.meanIoU}{' '}
										{dec(scores.meanIoU)}
									</span>
								</figcaption>
							</figure>
						);
					})}
				</div>
				<ScoresTable
					rows={[
						...results.map((r) => ({
							label: t.methods[r.method],
							scores: r.scores,
							key: r.method,
						})),
						{ label: t.baseline, scores: baseline, key: 'baseline' },
					]}
					classes={classes}
					lang={lang}
					t={t}
				/>
			</section>

			<section class="seg-imbalance" aria-labelledby={`${id}-imbalance`}>
				<h5 id={`${id}-imbalance`}>{t.imbalanceHeading}</h5>
				<p>{t.imbalanceIntro}</p>
				<ul class="seg-histogram">
					{truth.shares.map((share, c) => (
						<li>
							<span class="seg-histogram__label">
								<Swatch id={`${id}-hist-${c}`} label={c} />
								{className(c)}
							</span>
							<span class="seg-histogram__track" aria-hidden="true">
								<span class="seg-histogram__bar" style={{ width: `${share * 100}%` }} />
							</span>
							<span class="seg-histogram__value">{pct(share)}</span>
						</li>
					))}
				</ul>
				<p data-testid="baseline">
					{fill(t.baselineSentence, {
						accuracy: pct(baseline.pixelAccuracy),
						miou: dec(baseline.meanIoU),
					})}
				</p>
				{nearest && (
					<p>
						{fill(t.methodSentence, {
							method: t.methods[nearest.method],
							accuracy: pct(nearest.scores.pixelAccuracy),
							miou: dec(nearest.scores.meanIoU),
							pole: dec(nearest.scores.iou[pole] ?? 0),
						})}
					</p>
				)}
			</section>

			<LiveRegion id={`${id}-announce`}>
				{fill(t.announce, {
					rule: t.rules[shown.rule],
					best: t.methods[best.method],
					accuracy: pct(best.scores.pixelAccuracy),
					miou: dec(best.scores.meanIoU),
				})}
			</LiveRegion>
		</WidgetRoot>
	);
}
