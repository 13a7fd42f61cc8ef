import { defined } from '../../lib/defined.ts';
import { treeKey } from '../../lib/diagram/tree.ts';
import { FONT, LINE } from './boxes.ts';
import { CHEVRON, type NetworkFigure } from './network-figure.ts';
import { boxClass, type DiagramProps } from './svg.ts';
import { Edge, TreeFrame, treeItem, useTreeFocus } from './TreeDiagram.tsx';

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
	const focus = useTreeFocus(rows.length, props.svgRef);
	const onKey = (event: KeyboardEvent, index: number) => {
		const move = treeKey(rows, index, event.key, expanded);
		if (!move) return;
		event.preventDefault();
		if (move.toggle) props.onToggle(move.toggle);
		focus.moveTo(move.focus);
	};
	return (
		<TreeFrame {...props} width={layout.width} height={layout.height}>
			<g aria-hidden="true">
				{layout.connectors.map((c, i) => (
					<Edge key={`c${i}`} idBase={idBase} points={c} skip={false} />
				))}
				{layout.arcs.map((arc) => (
					<Edge key={`a${arc.from}>${arc.to}`} idBase={idBase} points={arc.points} skip />
				))}
				{layout.loops.map((loop, i) => (
					<Edge key={`l${i}`} idBase={idBase} points={loop} skip />
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
						{...treeItem(props, focus, r, key, box)}
						data-box={row.node.id}
						aria-level={row.level + 1}
						aria-expanded={group ? open : undefined}
						class={`dg-node${boxClass(box)}${group ? ' dg-group' : ''}${props.active === key ? ' is-active' : ''}`}
						transform={`translate(${b.x},${b.y})`}
						onClick={() => {
							focus.setFocus(r);
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
		</TreeFrame>
	);
}
