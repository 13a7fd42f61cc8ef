import { useState } from 'preact/hooks';
import { defined } from '../../lib/defined.ts';
import { treeKey } from '../../lib/diagram/tree.ts';
import { FONT, LINE } from './boxes.ts';
import { CHEVRON, type NetworkFigure } from './network-figure.ts';
import { DIAGRAM_ARROWS, SvgFrame, points } from '../shared/SvgFrame.tsx';
import { boxClass, boxLabel, focusKey, type DiagramProps } from './svg.ts';

/** Props of {@link NetworkSvg}. */
export interface NetworkSvgProps extends DiagramProps {
	figure: NetworkFigure;
	expanded: ReadonlySet<string>;
	onToggle: (id: string) => void;
}

/**
 * The whole network as a column of stage boxes (a tree view): a stage opens with a click, Enter
 * or →, and its units and layers appear indented below with their output shapes; arcs on the
 * right show skip connections and branches, and a small loop marks a closed stage with skips.
 */
export function NetworkSvg(props: NetworkSvgProps) {
	const { figure, expanded, idBase } = props;
	const { layout, rows, boxes, specs } = figure;
	const [focus, setFocus] = useState(0);
	const current = Math.min(focus, rows.length - 1);
	const arrow = `${idBase}-arrow`;
	const skipArrow = `${idBase}-skip`;
	const onKey = (event: KeyboardEvent, index: number) => {
		const move = treeKey(rows, index, event.key, expanded);
		if (!move) return;
		event.preventDefault();
		if (move.toggle) props.onToggle(move.toggle);
		setFocus(move.focus);
		focusKey(props.svgRef.current, move.focus);
	};
	return (
		<SvgFrame
			id={idBase}
			role="tree"
			arrows={DIAGRAM_ARROWS}
			title={props.title}
			desc={props.desc}
			width={layout.width}
			height={layout.height}
			svgRef={props.svgRef}
		>
			<g aria-hidden="true">
				{layout.connectors.map((c, i) => (
					<polyline
						key={`c${i}`}
						points={points(c)}
						class="dg-edge"
						marker-end={`url(#${arrow})`}
					/>
				))}
				{layout.arcs.map((arc) => (
					<polyline
						key={`a${arc.from}>${arc.to}`}
						points={points(arc.points)}
						class="dg-skip"
						marker-end={`url(#${skipArrow})`}
					/>
				))}
				{layout.loops.map((loop, i) => (
					<polyline
						key={`l${i}`}
						points={points(loop)}
						class="dg-skip"
						marker-end={`url(#${skipArrow})`}
					/>
				))}
			</g>
			{rows.map((row, r) => {
				const box = defined(boxes[r], `box of row ${r}`);
				const b = defined(layout.boxes[r], `place of row ${r}`);
				const group = row.node.children.length > 0;
				const open = group && expanded.has(row.node.id);
				const key = `n:${row.node.id}`;
				return (
					<g
						key={key}
						data-k={r}
						data-box={row.node.id}
						role="treeitem"
						aria-level={row.level + 1}
						aria-expanded={group ? open : undefined}
						aria-label={boxLabel(box, props.t)}
						tabIndex={r === current ? 0 : -1}
						class={`dg-node${boxClass(box)}${group ? ' dg-group' : ''}${props.active === key ? ' is-active' : ''}`}
						transform={`translate(${b.x},${b.y})`}
						onFocus={() => {
							setFocus(r);
							props.onActive(key, box);
						}}
						onMouseEnter={() => props.onActive(key, box)}
						onClick={() => {
							setFocus(r);
							if (group) props.onToggle(row.node.id);
						}}
						onKeyDown={(event) => onKey(event, r)}
					>
						<rect width={b.w} height={b.h} rx="4" />
						{group && (
							<path class="dg-chevron" d={open ? 'M6,9 L16,9 L11,15 z' : 'M8,7 L14,12 L8,17 z'} />
						)}
						{defined(specs[r], `text of row ${r}`).lines.map(
							(line, l) =>
								line.trim() !== '' && (
									<text
										key={l}
										x={8 + (l === 0 ? CHEVRON : 0)}
										y={5 + LINE * l + FONT}
										class={l === 0 ? 'dg-strong' : l === 1 ? 'dg-muted' : undefined}
									>
										{`${l === 0 ? line.trimStart() : line} `}
									</text>
								),
						)}
					</g>
				);
			})}
		</SvgFrame>
	);
}
