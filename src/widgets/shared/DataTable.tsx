import type { ComponentChildren } from 'preact';
import { ScrollRegion } from './ScrollRegion.tsx';

/** What {@link DataTable} needs: the region's name, the column headings and the body rows. */
export interface DataTableProps {
	/** The scroll region's accessible name. */
	label: string;
	/** The widget's class for its scroll region (`calc-scroll`, `ax-scroll`, …). */
	regionClass: string;
	/** The table's class, if any (`cnn-stale` while the numbers are out of date, …). */
	tableClass?: string | undefined;
	/** A `data-testid` for the table, where a test reads it. */
	testId?: string;
	/** The table's caption; without it the region's label names the table. */
	caption?: string;
	/** The caption is for screen readers only (a heading above already shows it). */
	captionHidden?: boolean;
	/** One heading a column, in order; each becomes a `<th scope="col">`. */
	columns: readonly ComponentChildren[];
	/** The `<tr>` rows of the body. */
	children: ComponentChildren;
}

/**
 * Every widget's table of numbers: a keyboard-scrollable, named region holding a table whose
 * first row names the columns. One component, so the markup readers and tests rely on (the
 * region, the `scope="col"` headings, the caption) is written once instead of once a table.
 */
export function DataTable(props: DataTableProps) {
	return (
		<ScrollRegion class={props.regionClass} label={props.label}>
			<table class={props.tableClass} data-testid={props.testId}>
				{props.caption !== undefined && (
					<caption class={props.captionHidden ? 'sr-only' : undefined}>{props.caption}</caption>
				)}
				<thead>
					<tr>
						{props.columns.map((heading, i) => (
							<th key={i} scope="col">
								{heading}
							</th>
						))}
					</tr>
				</thead>
				<tbody>{props.children}</tbody>
			</table>
		</ScrollRegion>
	);
}
