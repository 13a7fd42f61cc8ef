import type { LabelMap } from '../../lib/segmentation/maps.ts';
import { SvgFrame } from '../shared/SvgFrame.tsx';
import { errorRuns, labelRuns } from './runs.ts';

/** Every map is drawn in the same 64-unit space, so patterns look the same at every stride. */
export const SPACE = 64;

/**
 * The fill patterns of the classes and of wrong pixels. Colour is never the only carrier: each
 * class also has its own texture (plain, horizontal lines, diagonal hatching, cross-hatching),
 * and wrong pixels are crossed. Colours come from Starlight's properties through CSS classes.
 */
export function Patterns(props: { prefix: string }) {
	const p = props.prefix;
	return (
		<defs>
			<pattern id={`${p}-c0`} width="4" height="4" patternUnits="userSpaceOnUse">
				<rect width="4" height="4" class="seg-fill-0" />
				<circle cx="2" cy="2" r="0.35" class="seg-ink-0" />
			</pattern>
			<pattern id={`${p}-c1`} width="2" height="2" patternUnits="userSpaceOnUse">
				<rect width="2" height="2" class="seg-fill-1" />
				<rect width="2" height="0.5" class="seg-ink-1" />
			</pattern>
			<pattern
				id={`${p}-c2`}
				width="2"
				height="2"
				patternUnits="userSpaceOnUse"
				patternTransform="rotate(45)"
			>
				<rect width="2" height="2" class="seg-fill-2" />
				<rect width="0.7" height="2" class="seg-ink-2" />
			</pattern>
			<pattern id={`${p}-c3`} width="2" height="2" patternUnits="userSpaceOnUse">
				<rect width="2" height="2" class="seg-fill-3" />
				<rect width="2" height="0.5" class="seg-ink-3" />
				<rect width="0.5" height="2" class="seg-ink-3" />
			</pattern>
			<pattern id={`${p}-err`} width="1" height="1" patternUnits="userSpaceOnUse">
				<path d="M0.15 0.15 L0.85 0.85 M0.85 0.15 L0.15 0.85" class="seg-err" />
			</pattern>
		</defs>
	);
}

export interface LabelMapSvgProps {
	/** Unique on the page: ids of the title, description and patterns derive from it. */
	id: string;
	map: LabelMap;
	title: string;
	desc: string;
	/** Its size on screen, set by the widget's CSS: the ground truth, a stage, a recovery. */
	size: 'truth' | 'stage' | 'result';
	/** The ground truth to cross out wrong pixels against, when asked. */
	errorsAgainst?: LabelMap | undefined;
}

/**
 * A label map as an SVG figure (server-rendered, so readers without JavaScript see it), with a
 * title and a description for screen readers. Rectangles are merged runs of equal labels; wrong
 * pixels can be overlaid with a crossed pattern.
 */
export function LabelMapSvg(props: LabelMapSvgProps) {
	const { id, map } = props;
	const runs = labelRuns(map, SPACE);
	const errors = props.errorsAgainst ? errorRuns(props.errorsAgainst, map, SPACE) : [];
	return (
		<SvgFrame
			id={id}
			title={props.title}
			desc={props.desc}
			width={SPACE}
			height={SPACE}
			class={`seg-map seg-map--${props.size}`}
			fluid={false}
			shape-rendering="crispEdges"
		>
			<Patterns prefix={id} />
			{runs.map((r) => (
				<rect x={r.x} y={r.y} width={r.w} height={r.h} fill={`url(#${id}-c${r.label})`} />
			))}
			{errors.map((r) => (
				<rect
					x={r.x}
					y={r.y}
					width={r.w}
					height={r.h}
					fill={`url(#${id}-err)`}
					class="seg-err-box"
				/>
			))}
		</SvgFrame>
	);
}

/**
 * A small square of a class's pattern, for legends and histograms. It is decoration beside the
 * class's name (hidden from screen readers), not a figure, so it has no frame, title or role.
 */
export function Swatch(props: { id: string; label: number }) {
	return (
		<svg class="seg-swatch" viewBox="0 0 8 8" width="18" height="18" aria-hidden="true">
			<Patterns prefix={props.id} />
			<rect
				width="8"
				height="8"
				fill={`url(#${props.id}-c${props.label})`}
				class="seg-swatch__box"
			/>
		</svg>
	);
}
