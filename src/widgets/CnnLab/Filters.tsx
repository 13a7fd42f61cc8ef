import type { FilterImages } from '../../lib/training/lab-run.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { SvgFrame } from '../shared/SvgFrame.tsx';
import type { CnnLabStrings } from './strings.ts';

const CELL = 8;
const GAP = 6;
const PER_ROW = 8;

/** A grey of Starlight's scale for a value in [0, 1]: black is −max, white +max, mid-grey 0. */
const grey = (v: number) => {
	const level = Math.round(Math.min(Math.max(v, 0), 1) * 255);
	return `rgb(${level} ${level} ${level})`;
};

/**
 * The first convolution's kernels as small greyscale squares, one per filter, eight to a row.
 * Greys are absolute (not theme colours), since they are data: light is a positive weight.
 */
export function Filters(props: {
	id: string;
	filters: FilterImages | undefined;
	caption: string;
	t: CnnLabStrings;
}) {
	const { id, filters, t } = props;
	if (!filters)
		return (
			<p class="lab-note" data-testid="lab-filters">
				{t.noFilters}
			</p>
		);
	const { rows, cols, count, values } = filters;
	const w = cols * CELL;
	const h = rows * CELL;
	const columns = Math.min(count, PER_ROW);
	const lines = Math.ceil(count / PER_ROW);
	const width = columns * w + (columns - 1) * GAP + 2;
	const height = lines * h + (lines - 1) * GAP + 2;
	return (
		<figure class="lab-figure lab-filters" data-testid="lab-filters">
			<SvgFrame
				id={`${id}-filters`}
				title={t.filtersTitle}
				desc={t.filtersDesc}
				width={width}
				height={height}
				shape-rendering="crispEdges"
			>
				{Array.from({ length: count }, (_, f) => {
					const x0 = 1 + (f % PER_ROW) * (w + GAP);
					const y0 = 1 + Math.floor(f / PER_ROW) * (h + GAP);
					return (
						<g key={f} data-filter={f}>
							<title>{fill(t.filterLabel, { i: f + 1 })}</title>
							{Array.from({ length: rows * cols }, (_, k) => (
								<rect
									key={k}
									x={x0 + (k % cols) * CELL}
									y={y0 + Math.floor(k / cols) * CELL}
									width={CELL}
									height={CELL}
									fill={grey(values[f * rows * cols + k] ?? 0.5)}
								/>
							))}
							<rect class="lab-filter-frame" x={x0} y={y0} width={w} height={h} />
						</g>
					);
				})}
			</SvgFrame>
			<figcaption>
				<p>{props.caption}</p>
			</figcaption>
		</figure>
	);
}
