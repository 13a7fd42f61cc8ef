import type { Lang } from '../../lib/i18n/lang.ts';
import type { ClassName } from '../../lib/segmentation/scene.ts';
import { DataTable } from '../shared/DataTable.tsx';
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
		<DataTable
			regionClass="seg-scroll"
			label={t.scoresCaption}
			tableClass="cnn-numbers seg-scores"
			testId="scores"
			caption={t.scoresCaption}
			columns={[
				t.method,
				t.pixelAccuracy,
				t.meanIoU,
				...classes.map((name) => fill(t.iouOf, { name: t.classes[name] })),
			]}
		>
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
		</DataTable>
	);
}
