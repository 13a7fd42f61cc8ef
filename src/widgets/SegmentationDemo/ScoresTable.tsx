import type { Lang } from '../../lib/i18n/lang.ts';
import type { ClassName } from '../../lib/segmentation/scene.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { percent, score } from './numbers.ts';
import type { Scores } from './scenario.ts';
import type { SegmentationStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';

export interface ScoreRow {
	key: string;
	label: string;
	scores: Scores;
}

/**
 * Pixel accuracy, mean IoU and the IoU of every class for each recovery method (and the
 * all-background baseline), as computed in the widget. The per-class columns show where the
 * errors fall: the pole and the small car, not the large regions.
 */
export function ScoresTable(props: {
	rows: readonly ScoreRow[];
	classes: readonly ClassName[];
	lang: Lang;
	t: SegmentationStrings;
}) {
	const { rows, classes, lang, t } = props;
	const pct = (v: number) => percent(v, lang);
	const dec = (v: number | null) => (v === null ? t.absent : score(v, lang));
	return (
		<ScrollRegion class="seg-scroll" label={t.scoresCaption}>
			<table class="seg-scores" data-testid="scores">
				<caption>{t.scoresCaption}</caption>
				<thead>
					<tr>
						<th scope="col">{t.method}</th>
						<th scope="col">{t.pixelAccuracy}</th>
						<th scope="col">{t.meanIoU}</th>
						{classes.map((name) => (
							<th scope="col">{fill(t.iouOf, { name: t.classes[name] })}</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr data-row={row.key}>
							<th scope="row">{row.label}</th>
							<td data-score="accuracy">{pct(row.scores.pixelAccuracy)}</td>
							<td data-score="miou">{dec(row.scores.meanIoU)}</td>
							{classes.map((_, c) => (
								<td>{dec(row.scores.iou[c] ?? null)}</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</ScrollRegion>
	);
}
