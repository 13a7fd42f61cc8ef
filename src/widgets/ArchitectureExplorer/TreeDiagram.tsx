import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { BoxInfo } from './boxes.ts';
import { DIAGRAM_ARROWS, SvgFrame, points } from '../shared/SvgFrame.tsx';
import { boxLabel, focusKey, type DiagramProps } from './svg.ts';

/**
 * The parts the two diagrams (`DagSvg`, a block's boxes; `NetworkSvg`, the network's stages)
 * share: the frame, the arrows and the one-tab-stop keyboard focus of a tree view. Written once
 * so that both diagrams are named, drawn and moved through the same way.
 */

/** The `<svg>` of a diagram: a named tree with the site's two arrow markers. */
export function TreeFrame(
	props: DiagramProps & { width: number; height: number; children: ComponentChildren },
) {
	return (
		<SvgFrame
			id={props.idBase}
			role="tree"
			arrows={DIAGRAM_ARROWS}
			title={props.title}
			desc={props.desc}
			width={props.width}
			height={props.height}
			svgRef={props.svgRef}
		>
			{props.children}
		</SvgFrame>
	);
}

/** One arrow between boxes: solid to the next box, dashed for a skip connection or a branch. */
export function Edge(props: {
	idBase: string;
	points: readonly (readonly [number, number])[];
	skip: boolean;
}) {
	return (
		<polyline
			points={points(props.points)}
			class={props.skip ? 'dg-skip' : 'dg-edge'}
			marker-end={`url(#${props.idBase}-${props.skip ? 'skip' : 'arrow'})`}
		/>
	);
}

/**
 * Roving focus over `count` boxes: only the `current` box is in the tab order; `moveTo` makes
 * another box current and focuses it (the arrow keys' work).
 */
export function useTreeFocus(count: number, svgRef: DiagramProps['svgRef']) {
	const [focus, setFocus] = useState(0);
	const current = Math.min(focus, count - 1);
	const moveTo = (index: number) => {
		setFocus(index);
		focusKey(svgRef.current, index);
	};
	return { current, setFocus, moveTo };
}

/**
 * The attributes every box of a diagram carries: its index for `focusKey`, the tree-item role,
 * its spoken name, its place in the tab order, and showing its details on focus or hover.
 */
export function treeItem(
	props: DiagramProps,
	focus: { current: number; setFocus: (index: number) => void },
	index: number,
	key: string,
	box: BoxInfo,
) {
	return {
		'data-k': index,
		role: 'treeitem',
		'aria-label': boxLabel(box, props.t),
		tabIndex: index === focus.current ? 0 : -1,
		onFocus: () => {
			focus.setFocus(index);
			props.onActive(key, box);
		},
		onMouseEnter: () => props.onActive(key, box),
	} as const;
}
