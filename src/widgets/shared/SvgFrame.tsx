import type { ComponentChildren, RefObject } from 'preact';
import { svgStyle } from '../../lib/diagram/scale.ts';

/** An arrowhead a figure's lines can end in: `url(#<id>-<suffix>)`, drawn with `class`. */
export interface ArrowMarker {
	suffix: string;
	class: string;
}

/** The two arrowheads of the architecture diagrams: a plain edge and a skip connection. */
export const DIAGRAM_ARROWS: readonly ArrowMarker[] = [
	{ suffix: 'arrow', class: 'dg-arrow' },
	{ suffix: 'skip', class: 'dg-arrow-skip' },
];

/**
 * The outer `<svg>` of every figure on the site, so that each one is named the same way for
 * screen readers: a `<title>` and a `<desc>` that `aria-labelledby`/`aria-describedby` point at,
 * and a role (`img` for a picture, `tree` for a diagram whose boxes the reader moves between with
 * the arrow keys). Unless `fluid` is false, the figure takes the site's diagram sizing
 * (`svgStyle`), written into the server's markup so that nothing shifts when it hydrates.
 */
export function SvgFrame(props: {
	/** Prefix of the ids inside the figure; unique on the page. */
	id: string;
	title: string;
	desc: string;
	width: number;
	height: number;
	role?: 'img' | 'tree';
	class?: string;
	/** False for a figure whose size its own CSS sets (e.g. a bar stretched to its column). */
	fluid?: boolean;
	arrows?: readonly ArrowMarker[];
	svgRef?: RefObject<SVGSVGElement> | undefined;
	preserveAspectRatio?: string;
	'shape-rendering'?: string;
	children: ComponentChildren;
}) {
	const { id, width, height, fluid = true } = props;
	return (
		<svg
			ref={props.svgRef ?? null}
			class={props.class ?? 'dg-svg'}
			role={props.role ?? 'img'}
			aria-labelledby={`${id}-title`}
			aria-describedby={`${id}-desc`}
			viewBox={`0 0 ${width} ${height}`}
			width={fluid ? width : undefined}
			height={fluid ? height : undefined}
			style={fluid ? svgStyle(width) : undefined}
			preserveAspectRatio={props.preserveAspectRatio}
			shape-rendering={props['shape-rendering']}
		>
			<title id={`${id}-title`}>{props.title}</title>
			<desc id={`${id}-desc`}>{props.desc}</desc>
			{props.arrows && props.arrows.length > 0 && (
				<defs>
					{props.arrows.map((a) => (
						<marker
							key={a.suffix}
							id={`${id}-${a.suffix}`}
							viewBox="0 0 8 8"
							refX="7"
							refY="4"
							markerWidth="6"
							markerHeight="6"
							orient="auto-start-reverse"
						>
							<path d="M0,0 L8,4 L0,8 z" class={a.class} />
						</marker>
					))}
				</defs>
			)}
			{props.children}
		</svg>
	);
}

/** A polyline's `points` attribute. */
export const points = (p: readonly (readonly [number, number])[]) =>
	p.map(([x, y]) => `${x},${y}`).join(' ');
