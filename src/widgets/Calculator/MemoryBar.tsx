import type { MemoryItemKey } from '../../lib/cnn/index.ts';
import { SvgFrame } from '../shared/SvgFrame.tsx';

/** One coloured part of a stacked bar. */
export interface Segment {
	readonly key: MemoryItemKey;
	readonly bytes: number;
}

/** The colour class of each memory part; the colours themselves live in the stylesheet. */
export function swatch(key: MemoryItemKey): string {
	return `calc-fill-${key}`;
}

/**
 * One horizontal stacked bar drawn in SVG coordinates: one rectangle per part, widths in
 * proportion to `scale` bytes over `width` units. Parts too thin to see still get a sliver, so a
 * part that exists never silently disappears.
 */
export function BarSegments(props: {
	segments: readonly Segment[];
	scale: number;
	width: number;
	y: number;
	height: number;
}) {
	const { segments, scale, width, y, height } = props;
	let x = 0;
	return (
		<g>
			{segments.map((s) => {
				const w = s.bytes > 0 ? Math.max((s.bytes / scale) * width, 1) : 0;
				const rect = (
					<rect
						key={s.key}
						class={`calc-seg ${swatch(s.key)}`}
						x={x}
						y={y}
						width={w}
						height={height}
					/>
				);
				x += w;
				return rect;
			})}
		</g>
	);
}

/**
 * The memory breakdown as a single stacked bar, in the site's figure frame (a title and a
 * description for screen readers), stretched to its column by its CSS; the same numbers are in
 * the table beside it.
 */
export function MemoryBar(props: {
	id: string;
	title: string;
	desc: string;
	segments: readonly Segment[];
	total: number;
}) {
	const width = 400;
	const height = 32;
	return (
		<SvgFrame
			id={props.id}
			class="calc-bar"
			title={props.title}
			desc={props.desc}
			width={width}
			height={height}
			fluid={false}
			preserveAspectRatio="none"
		>
			<BarSegments
				segments={props.segments}
				scale={props.total || 1}
				width={width}
				y={0}
				height={height}
			/>
		</SvgFrame>
	);
}
