import { formatNumber } from '../../lib/i18n/format.ts';
import type { Grid } from '../../lib/grid/grid.ts';
import { changedCells, shiftBy, type Direction } from '../../lib/grid/shift.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { compute, type Settings } from './model.ts';
import { OutputGrid } from './OutputGrid.tsx';
import { STRINGS } from './strings.ts';

export interface ShiftCompareProps {
	id: string;
	settings: Settings;
	output: Grid;
	direction: Direction;
	stale: boolean;
	lang: Lang;
	onDirection: (direction: Direction) => void;
}

const DIRECTIONS: readonly Direction[] = ['right', 'left', 'down', 'up'];

/**
 * The shift experiment: the same operation on the input moved by one pixel, both outputs side by
 * side, and the number of output cells that changed, so that max pooling's partial invariance is
 * measured rather than claimed.
 */
export function ShiftCompare(props: ShiftCompareProps) {
	const { settings, output, direction, lang, id } = props;
	const t = STRINGS[lang];
	const moved = compute({ ...settings, grid: shiftBy(settings.grid, direction) });
	const shifted = moved.ok ? moved.output : output;
	const diff = changedCells(output, shifted);
	const percent = formatNumber(diff.total === 0 ? 0 : (100 * diff.count) / diff.total, lang, {
		maximumFractionDigits: 0,
	});
	const rows = output.length;
	const cols = output[0]?.length ?? 0;
	return (
		<section class="pool-shift" aria-labelledby={`${id}-shift`}>
			<h5 id={`${id}-shift`}>{t.shiftHeading}</h5>
			<p>{t.shiftIntro}</p>
			<div class="cnn-field pool-shift__direction">
				<label for={`${id}-direction`}>{t.direction}</label>
				<select
					id={`${id}-direction`}
					value={direction}
					onChange={(event) => props.onDirection(event.currentTarget.value as Direction)}
				>
					{DIRECTIONS.map((d) => (
						<option value={d}>{t.directions[d]}</option>
					))}
				</select>
			</div>
			<section
				class={`pool-shift__grids cnn-scroll ${props.stale ? 'cnn-stale' : ''}`}
				tabIndex={0}
				aria-label={t.shiftRegion}
			>
				<OutputGrid output={output} caption={`${t.original} (${rows}×${cols})`} lang={lang} />
				<OutputGrid
					output={shifted}
					caption={`${t.shifted(t.directions[direction])} (${rows}×${cols})`}
					lang={lang}
					changed={diff.changed}
				/>
			</section>
			<p class="pool-shift__count" data-testid="shift-count" aria-live="polite">
				{t.changed(formatNumber(diff.count, lang), formatNumber(diff.total, lang), `${percent}%`)}
			</p>
		</section>
	);
}
