import type { JSX } from 'preact';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Grid } from '../../lib/grid/grid.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { windowBox, type Box } from './layout.ts';
import type { Operation } from './model.ts';
import type { PoolingStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';

export interface InputGridProps {
	id: string;
	grid: Grid;
	padding: number;
	op: Operation;
	/** The current window in grid coordinates (may reach into the padding), or none. */
	box: Box | undefined;
	/** Text being typed in a cell, keyed "row,col", while it differs from the stored value. */
	drafts: Readonly<Record<string, string>>;
	/** Cells whose draft is not a valid number, keyed "row,col". */
	errors: Readonly<Record<string, string>>;
	active: readonly [number, number];
	lang: Lang;
	t: PoolingStrings;
	onActive: (row: number, col: number) => void;
	onEdit: (row: number, col: number, text: string) => void;
	onCommit: (row: number, col: number) => void;
}

const MOVES: Record<string, readonly [number, number]> = {
	ArrowUp: [-1, 0],
	ArrowDown: [1, 0],
	ArrowLeft: [0, -1],
	ArrowRight: [0, 1],
};

/** Text a cell shows for a stored value: the page's format, editable as typed. */
export function cellText(value: number, lang: Lang): string {
	return formatNumber(value, lang, { maximumFractionDigits: 2 });
}

/**
 * The editable input grid, with its zero padding drawn around it and the current window outlined.
 * Each cell is a text field; one tab stop enters the grid and arrow keys move between cells
 * (roving tabindex), so a keyboard user does not tab through 256 fields.
 */
export function InputGrid(props: InputGridProps) {
	const { grid, padding, op, box, drafts, errors, active, lang, t, id } = props;
	const n = grid.length;
	const padText = op === 'max' ? '−∞' : '0';
	const rows: JSX.Element[] = [];

	const focusCell = (row: number, col: number, from: HTMLElement) => {
		const table = from.closest('table');
		const target = table?.querySelector<HTMLInputElement>(`input[data-cell="${row},${col}"]`);
		target?.focus();
	};

	for (let r = -padding; r < n + padding; r++) {
		const cells: JSX.Element[] = [];
		for (let c = -padding; c < n + padding; c++) {
			const edges = windowBox(box, r, c);
			const padded = r < 0 || c < 0 || r >= n || c >= n;
			const classes = ['pool-cell', edges, padded ? 'pool-cell--pad' : ''].filter(Boolean);
			if (padded) {
				cells.push(
					<td class={classes.join(' ')} title={t.padCell}>
						<span aria-hidden="true">{padText}</span>
						<span class="sr-only">{t.padCell}</span>
					</td>,
				);
				continue;
			}
			const key = `${r},${c}`;
			const error = errors[key];
			const isActive = active[0] === r && active[1] === c;
			cells.push(
				<td class={classes.join(' ')}>
					<input
						type="text"
						inputMode="decimal"
						autocomplete="off"
						spellcheck={false}
						data-cell={key}
						class="pool-cell__input"
						aria-label={fill(t.cell, { row: r + 1, col: c + 1 })}
						aria-invalid={error ? 'true' : undefined}
						aria-describedby={error ? `${id}-cell-error` : undefined}
						tabIndex={isActive ? 0 : -1}
						value={drafts[key] ?? cellText(grid[r]?.[c] ?? 0, lang)}
						onFocus={(event) => {
							props.onActive(r, c);
							event.currentTarget.select();
						}}
						onInput={(event) => props.onEdit(r, c, event.currentTarget.value)}
						onBlur={() => props.onCommit(r, c)}
						onKeyDown={(event) => {
							const move = MOVES[event.key];
							if (!move) return;
							// Arrow keys belong to the grid here, not to the animation around it.
							event.preventDefault();
							event.stopPropagation();
							const nr = Math.min(n - 1, Math.max(0, r + move[0]));
							const nc = Math.min(n - 1, Math.max(0, c + move[1]));
							focusCell(nr, nc, event.currentTarget);
						}}
					/>
				</td>,
			);
		}
		rows.push(<tr>{cells}</tr>);
	}

	return (
		<table class="pool-grid pool-grid--input">
			<caption>{fill(t.input, { rows: n, cols: n })}</caption>
			<tbody>{rows}</tbody>
		</table>
	);
}
