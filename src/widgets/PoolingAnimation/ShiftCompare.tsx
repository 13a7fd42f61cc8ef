import { formatNumber } from '../../lib/i18n/format.ts';
import type { Direction } from '../../lib/grid/shift.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { Frame } from './model.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { OutputGrid } from './OutputGrid.tsx';
import type { PoolingStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { Select } from '../shared/Select.tsx';

export interface ShiftCompareProps {
	id: string;
	/** The frame whose output and shifted output are compared. */
	frame: Frame;
	/** The direction as the reader chose it (the frame may still be the previous one's). */
	direction: Direction;
	stale: boolean;
	lang: Lang;
	t: PoolingStrings;
	onDirection: (direction: Direction) => void;
}

const DIRECTIONS: readonly Direction[] = ['right', 'left', 'down', 'up'];

/**
 * The shift experiment: the same operation on the input moved by one pixel, both outputs side by
 * side, and the number of output cells that changed, so that max pooling's partial invariance is
 * measured rather than claimed.
 */
export function ShiftCompare(props: ShiftCompareProps) {
	const { frame, lang, t, id } = props;
	const { output, shift } = frame;
	const percent = formatNumber(shift.total === 0 ? 0 : (100 * shift.count) / shift.total, lang, {
		maximumFractionDigits: 0,
	});
	const rows = output.length;
	const cols = output[0]?.length ?? 0;
	const shiftedCaption = fill(t.shifted, {
		direction: t.directions[shift.direction].toLowerCase(),
	});
	return (
		<section class="pool-shift" aria-labelledby={`${id}-shift`}>
			<h5 id={`${id}-shift`}>{t.shiftHeading}</h5>
			<p>{t.shiftIntro}</p>
			<Select
				class="pool-shift__direction"
				id={`${id}-direction`}
				label={t.direction}
				value={props.direction}
				options={DIRECTIONS}
				names={t.directions}
				onChange={props.onDirection}
			/>
			<ScrollRegion
				class={`pool-shift__grids ${props.stale ? 'cnn-stale' : ''}`}
				label={t.shiftRegion}
			>
				<OutputGrid output={output} caption={`${t.original} (${rows}×${cols})`} lang={lang} t={t} />
				<OutputGrid
					output={shift.output}
					caption={`${shiftedCaption} (${rows}×${cols})`}
					lang={lang}
					t={t}
					changed={shift.changed}
				/>
			</ScrollRegion>
			<p class="pool-shift__count" data-testid="shift-count" aria-live="polite">
				{fill(t.changed, {
					count: formatNumber(shift.count, lang),
					total: formatNumber(shift.total, lang),
					percent: `${percent}%`,
				})}
			</p>
		</section>
	);
}
