import { useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { downsampleStages, type DownsampleRule } from '../../lib/segmentation/downsample.ts';
import { recover, RECOVERIES } from '../../lib/segmentation/fcn.ts';
import { labelMap, type LabelMap } from '../../lib/segmentation/maps.ts';
import { classShares, evaluate } from '../../lib/segmentation/metrics.ts';
import {
	CLASS_COUNT,
	CLASS_IDS,
	DISTANT_CAR,
	SCENE_SIZE,
	sceneLabels,
	THIN_POLE,
} from '../../lib/segmentation/scene.ts';
import { stagesSurvived } from '../../lib/segmentation/survival.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { percent, score } from './numbers.ts';
import '../shared/widget.css';
import { LabelMapSvg, Swatch } from './LabelMapSvg.tsx';
import { ScoresTable } from './ScoresTable.tsx';
import './SegmentationDemo.css';
import { STRINGS } from './strings.ts';

export interface SegmentationDemoProps {
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id?: string;
}

const STAGES = 5;
const RULES: readonly DownsampleRule[] = ['average', 'subsample'];
const POLE = CLASS_IDS.indexOf('pole');

/** The ground truth never changes; computed once per module. */
const TRUTH = sceneLabels();

/**
 * Question 8's resolution demo: a synthetic 64×64 scene, its label map after each stride-2 stage
 * (real downsampling of the labels), four ways to recover a full-size map (nearest, bilinear =
 * FCN-32s, FCN-16s, FCN-8s), their pixel accuracy and mean IoU, and the class-imbalance histogram.
 * It simulates geometry only; no network runs.
 */
export default function SegmentationDemo(props: SegmentationDemoProps) {
	const { lang } = props;
	const id = props.id ?? `seg-${lang}`;
	const t = STRINGS[lang];
	const [rule, setRule] = useState<DownsampleRule>('average');
	const [showErrors, setShowErrors] = useState(false);

	const stages = useMemo(() => downsampleStages(TRUTH, CLASS_COUNT, STAGES, rule), [rule]);
	const results = useMemo(
		() =>
			RECOVERIES.map((method) => {
				const map = recover(stages, method, SCENE_SIZE);
				return { method, map, scores: evaluate(TRUTH, map, CLASS_COUNT) };
			}),
		[stages],
	);
	const truthShares = classShares(TRUTH, CLASS_COUNT);
	const background = labelMap(SCENE_SIZE, () => 0);
	const baseline = evaluate(TRUTH, background, CLASS_COUNT);

	const pct = (v: number) => percent(v, lang);
	const dec = (v: number) => score(v, lang);
	const sharesText = (map: LabelMap) =>
		classShares(map, CLASS_COUNT)
			.map((s, c) => t.shareOf(t.classes[CLASS_IDS[c] ?? 'background'], pct(s)))
			.join(', ') + '.';

	const best = results.reduce((a, b) => (b.scores.meanIoU > a.scores.meanIoU ? b : a));
	const nearest = results[0];

	return (
		<div class="cnn-widget not-content seg" id={id}>
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
							map={TRUTH}
							title={t.truthTitle}
							desc={t.mapDesc(t.truthTitle, SCENE_SIZE, sharesText(TRUTH))}
							px={192}
						/>
						<figcaption>{t.truthTitle}</figcaption>
					</figure>
					<ul class="seg-legend" aria-label={t.legend}>
						{CLASS_IDS.map((name, c) => (
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
								onChange={() => setRule(r)}
							/>
							{t.rules[r]}
						</label>
					))}
				</fieldset>
				<div class="seg-strip">
					{stages.map((stage) => {
						const title = t.stageTitle(stage.labels.size, stage.stride);
						return (
							<figure class="seg-figure">
								<LabelMapSvg
									id={`${id}-s${stage.stride}`}
									map={stage.labels}
									title={title}
									desc={t.mapDesc(title, stage.labels.size, sharesText(stage.labels))}
									px={96}
								/>
								<figcaption>{title}</figcaption>
							</figure>
						);
					})}
				</div>
				<p data-testid="survival">
					{t.survival(
						stagesSurvived(stages, THIN_POLE),
						stagesSurvived(stages, DISTANT_CAR),
						STAGES,
					)}
				</p>
			</section>

			<section class="seg-recovery" aria-labelledby={`${id}-recovery`}>
				<h5 id={`${id}-recovery`}>{t.recoveryHeading}</h5>
				<p>{t.recoveryIntro}</p>
				<label class="seg-check">
					<input
						type="checkbox"
						checked={showErrors}
						onChange={(e) => setShowErrors(e.currentTarget.checked)}
					/>
					{t.showErrors}
					<span class="seg-check__hint">({t.errorsLegend})</span>
				</label>
				<div class="seg-grid">
					{results.map(({ method, map, scores }) => {
						const wrong = Math.round((1 - scores.pixelAccuracy) * SCENE_SIZE * SCENE_SIZE);
						return (
							<figure class="seg-figure" data-method={method}>
								<LabelMapSvg
									id={`${id}-r-${method}`}
									map={map}
									title={t.methods[method]}
									desc={`${t.mapDesc(t.methods[method], SCENE_SIZE, sharesText(map))} ${t.wrongPixels(
										formatNumber(wrong, lang),
										pct(1 - scores.pixelAccuracy),
									)}.`}
									px={136}
									errorsAgainst={showErrors ? TRUTH : undefined}
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
					lang={lang}
				/>
			</section>

			<section class="seg-imbalance" aria-labelledby={`${id}-imbalance`}>
				<h5 id={`${id}-imbalance`}>{t.imbalanceHeading}</h5>
				<p>{t.imbalanceIntro}</p>
				<ul class="seg-histogram">
					{truthShares.map((share, c) => (
						<li>
							<span class="seg-histogram__label">
								<Swatch id={`${id}-hist-${c}`} label={c} />
								{t.classes[CLASS_IDS[c] ?? 'background']}
							</span>
							<span class="seg-histogram__track" aria-hidden="true">
								<span class="seg-histogram__bar" style={{ width: `${share * 100}%` }} />
							</span>
							<span class="seg-histogram__value">{pct(share)}</span>
						</li>
					))}
				</ul>
				<p data-testid="baseline">
					{t.baselineSentence(pct(baseline.pixelAccuracy), dec(baseline.meanIoU))}
				</p>
				{nearest && (
					<p>
						{t.methodSentence(
							t.methods[nearest.method],
							pct(nearest.scores.pixelAccuracy),
							dec(nearest.scores.meanIoU),
							dec(nearest.scores.iou[POLE] ?? 0),
						)}
					</p>
				)}
			</section>

			<LiveRegion id={`${id}-announce`}>
				{t.announce(
					t.rules[rule],
					t.methods[best.method],
					pct(best.scores.pixelAccuracy),
					dec(best.scores.meanIoU),
				)}
			</LiveRegion>
		</div>
	);
}
