import type { Summary } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { layoutDag, type DagLayout, type DagNode } from '../../lib/diagram/dag.ts';
import { foldLayers } from '../../lib/diagram/fold.ts';
import { linesWidth } from '../../lib/diagram/text.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { FONT, LINE, inputBox, layerBox, trimTags, type BoxInfo, type Working } from './boxes.ts';
import type { ExplorerStrings } from './strings.ts';

/**
 * A signature block (or a compare block) as a figure: its layers folded into boxes and laid out
 * as a layered graph, and blocks placed side by side for the compare view.
 */

/** A signature block (or a compare block) ready to draw. */
export interface DagFigure {
	readonly boxes: readonly BoxInfo[];
	readonly layout: DagLayout;
	readonly total: number;
}

/** Folds, labels and lays out a small model as a layered graph. */
export function dagFigure(s: Summary, lang: Lang, t: ExplorerStrings, working: Working): DagFigure {
	const folded = foldLayers(s.layers);
	const boxes = trimTags([
		inputBox(s, lang, t),
		...folded.map((node) => layerBox(s, node.indices, lang, t, working)),
	]);
	const nodes: DagNode[] = [
		{ id: 'input', inputs: [], center: true },
		...folded.map((node) => ({
			id: node.id,
			inputs: node.inputs,
			center: ['concat', 'multiply'].includes(layerRow(s, node.indices[0]).type),
		})),
	];
	const lines = Math.max(...boxes.map((b) => b.lines.length));
	const layout = layoutDag(nodes, {
		nodeWidth: Math.ceil(Math.max(...boxes.map((b) => linesWidth(b.lines, FONT)))) + 16,
		nodeHeight: lines * LINE + 10,
		gapX: 16,
		gapY: 26,
		margin: 8,
		laneGap: 14,
	});
	return { boxes, layout, total: s.totalParams };
}

/** Where each figure of a side-by-side drawing goes, below its heading. */
export interface Placement {
	readonly dx: number;
	readonly dy: number;
	readonly width: number;
}

/**
 * Places figures left to right, each under a one-line heading (the block's name and count), in
 * columns as wide as the wider of the figure and its heading, so headings never overlap.
 */
export function sideBySide(
	figures: readonly DagFigure[],
	headings: readonly string[],
	gap = 24,
): { placements: Placement[]; width: number; height: number } {
	const top = headings.length > 0 ? LINE + 10 : 0;
	let x = 0;
	const placements = figures.map((figure, i) => {
		const width = Math.ceil(
			Math.max(figure.layout.width, linesWidth([headings[i] ?? ''], FONT) + 16),
		);
		const placement = { dx: x, dy: top, width };
		x += width + gap;
		return placement;
	});
	const height = top + Math.max(...figures.map((f) => f.layout.height));
	return { placements, width: Math.max(0, x - gap), height };
}
