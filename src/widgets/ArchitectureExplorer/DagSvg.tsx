import { defined } from '../../lib/defined.ts';
import { FONT, LINE } from './boxes.ts';
import { sideBySide, type DagFigure } from './dag-figure.ts';
import { boxClass, type DiagramProps } from './svg.ts';
import { Edge, TreeFrame, treeItem, useTreeFocus } from './TreeDiagram.tsx';

/** Props of {@link DagSvg}. */
export interface DagSvgProps extends DiagramProps {
	/** One figure, or two side by side under their headings (the compare view). */
	figures: readonly DagFigure[];
	headings?: readonly string[];
}

/** Arrow keys move to the next or previous box, in reading order. */
const STEPS: Readonly<Record<string, number>> = {
	ArrowDown: 1,
	ArrowRight: 1,
	ArrowUp: -1,
	ArrowLeft: -1,
};

/**
 * A signature block (or two, side by side) as an inline SVG: boxes with their shapes and counts,
 * orthogonal edges, skip connections routed around the side. Every box is focusable (one tab
 * stop; arrow keys move between boxes) and shows its details on focus or hover.
 */
export function DagSvg(props: DagSvgProps) {
	const { figures, headings = [], idBase } = props;
	const { placements, width, height } = sideBySide(figures, headings);
	const keys = figures.flatMap((figure, f) =>
		figure.boxes.map((box) => ({ key: `${f}:${box.id}`, box })),
	);
	const focus = useTreeFocus(keys.length, props.svgRef);
	const move = (event: KeyboardEvent, index: number) => {
		const step = STEPS[event.key];
		const last = keys.length - 1;
		const next = event.key === 'Home' ? 0 : event.key === 'End' ? last : step && index + step;
		if (next === undefined) return;
		event.preventDefault();
		focus.moveTo(Math.max(0, Math.min(last, next)));
	};
	let index = -1;
	return (
		<TreeFrame {...props} width={width} height={height}>
			<g aria-hidden="true">
				{figures.map((figure, f) => {
					const { dx, dy } = defined(placements[f], `place of figure ${f}`);
					return (
						<g transform={`translate(${dx},${dy})`} key={f}>
							{headings[f] && (
								<text x={8} y={-10} class="dg-strong">
									{headings[f]}
								</text>
							)}
							{figure.layout.edges.map((edge) => (
								<Edge
									key={`${edge.from}>${edge.to}`}
									idBase={idBase}
									points={edge.points}
									skip={edge.routed}
								/>
							))}
						</g>
					);
				})}
			</g>
			{figures.flatMap((figure, f) => {
				const { dx, dy } = defined(placements[f], `place of figure ${f}`);
				return figure.layout.nodes.map((node, n) => {
					const box = defined(figure.boxes[n], `box ${n}`);
					index++;
					const i = index;
					const key = `${f}:${box.id}`;
					return (
						<g
							key={key}
							{...treeItem(props, focus, i, key, box)}
							data-box={box.id}
							class={`dg-node${boxClass(box)}${props.active === key ? ' is-active' : ''}`}
							transform={`translate(${dx + node.x},${dy + node.y})`}
							onKeyDown={(event) => move(event, i)}
						>
							<rect width={node.w} height={node.h} rx="4" />
							{box.lines.map(
								(line, l) =>
									line !== '' && (
										<text
											key={l}
											x={node.w / 2}
											y={5 + LINE * l + FONT}
											text-anchor="middle"
											class={
												l === 0
													? 'dg-strong'
													: l === 1 && box.lines.length === 4
														? 'dg-muted'
														: undefined
											}
										>
											{/* The trailing space keeps lines apart in the text a screen reader reads;
											SVG does not draw it. Empty lines are left out. */}
											{`${line} `}
										</text>
									),
							)}
						</g>
					);
				});
			})}
		</TreeFrame>
	);
}
