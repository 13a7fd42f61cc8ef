import type { ComponentChildren, RefObject } from 'preact';
import { svgStyle } from '../../lib/diagram/scale.ts';

/**
 * The outer `<svg>` of an interactive diagram: its size, `<title>` and `<desc>` (named by
 * `aria-labelledby`/`aria-describedby`), and the two arrowheads, plain and skip connection. Its
 * role is `tree`: the boxes are tree items a reader moves between with the arrow keys (a signature
 * block is a flat tree; the whole network nests units in stages).
 */
export function SvgFrame(props: {
	idBase: string;
	title: string;
	desc: string;
	width: number;
	height: number;
	svgRef: RefObject<SVGSVGElement>;
	children: ComponentChildren;
}) {
	const { idBase, width, height } = props;
	const marker = (suffix: string, cls: string) => (
		<marker
			id={`${idBase}-${suffix}`}
			viewBox="0 0 8 8"
			refX="7"
			refY="4"
			markerWidth="6"
			markerHeight="6"
			orient="auto-start-reverse"
		>
			<path d="M0,0 L8,4 L0,8 z" class={cls} />
		</marker>
	);
	return (
		<svg
			ref={props.svgRef}
			class="dg-svg"
			role="tree"
			aria-labelledby={`${idBase}-title`}
			aria-describedby={`${idBase}-desc`}
			viewBox={`0 0 ${width} ${height}`}
			width={width}
			height={height}
			style={svgStyle(width)}
		>
			<title id={`${idBase}-title`}>{props.title}</title>
			<desc id={`${idBase}-desc`}>{props.desc}</desc>
			<defs>
				{marker('arrow', 'dg-arrow')}
				{marker('skip', 'dg-arrow-skip')}
			</defs>
			{props.children}
		</svg>
	);
}

/** A polyline's `points` attribute. */
export const points = (p: readonly (readonly [number, number])[]) =>
	p.map(([x, y]) => `${x},${y}`).join(' ');
