import type { Grid } from '../../lib/grid/grid.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { windowBox, type Box } from './layout.ts';
import { num } from './narration.ts';
import type { PoolingStrings } from './strings.ts';

export interface OutputGridProps {
	output: Grid;
	caption: string;
	lang: Lang;
	t: PoolingStrings;
	/** Cells computed so far, row by row; the rest are empty. Defaults to all. */
	filled?: number;
	/** The cell being written, outlined. */
	box?: Box | undefined;
	/** Cells to mark as changed (the shift experiment). */
	changed?: readonly (readonly boolean[])[];
}

/**
 * A read-only grid of output values. Cells not computed yet are empty but keep their size, so the
 * grid does not jump while the animation fills it; changed cells get a marker and a word, not only
 * a colour.
 */
export function OutputGrid(props: OutputGridProps) {
	const { output, caption, lang, t, box, changed } = props;
	const cols = output[0]?.length ?? 0;
	const filled = props.filled ?? output.length * cols;
	return (
		<table class="pool-grid pool-grid--output">
			<caption>{caption}</caption>
			<tbody>
				{output.map((line, r) => (
					<tr>
						{line.map((value, c) => {
							const done = r * cols + c < filled;
							const isChanged = changed?.[r]?.[c] === true;
							const classes = [
								'pool-cell',
								windowBox(box, r, c),
								done ? '' : 'pool-cell--empty',
								isChanged ? 'pool-cell--changed' : '',
							].filter(Boolean);
							return (
								<td class={classes.join(' ')}>
									{done ? num(value, lang) : <span class="sr-only">{t.notYet}</span>}
									{isChanged && <span class="sr-only"> ({t.changedCell})</span>}
								</td>
							);
						})}
					</tr>
				))}
			</tbody>
		</table>
	);
}
