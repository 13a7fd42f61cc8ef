import type { Summary } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { defined } from '../../lib/defined.ts';
import { foldLayers } from '../../lib/diagram/fold.ts';
import { layoutRows, type RowLayout, type RowLink, type RowSpec } from '../../lib/diagram/rows.ts';
import { buildTree, visibleRows, type TreeNode, type VisibleRow } from '../../lib/diagram/tree.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { FONT, LINE, inputBox, layerBox, type BoxInfo, type Working } from './boxes.ts';
import { paramsText, shapeText } from './labels.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { StagePath } from './network.ts';
import type { ExplorerStrings } from './strings.ts';

/**
 * The whole network as a figure: its stage tree (stages, units, folded layer boxes) and the
 * column of rows a reader sees with some stages open, with arcs for skips and branches.
 */

/**
 * The stage tree of a network: stages, units, folded layer boxes, with the input first. `paths`
 * gives each layer's stage path (`stagePaths` in `stages.ts`).
 */
export function networkTree(s: Summary, paths: readonly StagePath[]): TreeNode[] {
	const key = (i: number) => (paths[i] ?? []).join('/');
	const folded = foldLayers(s.layers, key);
	return [{ id: 'input', key: 'input', indices: [], children: [] }, ...buildTree(paths, folded)];
}

function groupBox(s: Summary, node: TreeNode, lang: Lang, t: ExplorerStrings): BoxInfo {
	const n = (v: number) => formatNumber(v, lang);
	const params = node.indices.reduce((sum, i) => sum + layerRow(s, i).params, 0);
	const last = Math.max(...node.indices);
	const shape = layerRow(s, last).outputShape;
	const parts = node.children.map((child) =>
		child.indices.reduce((sum, i) => sum + layerRow(s, i).params, 0),
	);
	const label = t.groups[node.key] ?? node.key;
	return {
		id: node.id,
		title: label,
		lines: [
			label,
			fill(t.layers, { n: n(node.indices.length) }),
			`${shapeText(shape, lang)} · ${paramsText(params, lang, t)}`,
		],
		op: fill(t.layers, { n: n(node.indices.length) }),
		rows: node.indices.map((i) => layerRow(s, i)),
		params,
		shape,
		weighted: false,
		kind: 'group',
		colour: undefined,
		working: [`${t.sum}: ${parts.map(n).join(' + ')} = ${n(params)}`],
	};
}

function rowBox(
	s: Summary,
	node: TreeNode,
	lang: Lang,
	t: ExplorerStrings,
	working: Working,
): BoxInfo {
	if (node.id === 'input') {
		const box = inputBox(s, lang, t);
		return { ...box, lines: [box.title, '', defined(box.lines[2], 'the input’s shape line')] };
	}
	if (node.children.length > 0) return groupBox(s, node, lang, t);
	const box = layerBox(s, node.indices, lang, t, working);
	const [, , shape = '', params] = box.lines;
	return {
		...box,
		lines: [box.title, box.op, params ? `${shape} · ${params}` : shape],
	};
}

/** The whole network as drawn: visible rows, their boxes and the column layout. */
export interface NetworkFigure {
	readonly rows: readonly VisibleRow[];
	readonly boxes: readonly BoxInfo[];
	readonly specs: readonly RowSpec[];
	readonly layout: RowLayout;
}

/** Room on the left of every row for the open/closed chevron of groups. */
export const CHEVRON = 14;

/** Lays the visible rows of a network out, with arcs for every edge between non-adjacent rows. */
export function networkFigure(
	s: Summary,
	tree: readonly TreeNode[],
	expanded: ReadonlySet<string>,
	lang: Lang,
	t: ExplorerStrings,
	working: Working,
): NetworkFigure {
	const rows = visibleRows(tree, expanded);
	const boxes = rows.map((row) => rowBox(s, row.node, lang, t, working));
	const rowOf = new Map<string, number>([['input', 0]]);
	rows.forEach((row, r) => {
		for (const i of row.node.indices) rowOf.set(layerRow(s, i).name, r);
	});
	const links: RowLink[] = [];
	for (const row of s.layers) {
		const to = defined(rowOf.get(row.name), `the row showing ${row.name}`);
		for (const name of row.inputs) {
			const from = defined(rowOf.get(name), `the row showing ${name}`);
			if (from !== to) links.push({ from, to });
		}
	}
	const specs: RowSpec[] = rows.map((row, r) => {
		const group = row.node.children.length > 0;
		const open = group && expanded.has(row.node.id);
		// Padding the first line keeps the text clear of the chevron.
		return {
			level: row.level,
			lines: defined(boxes[r], `box of row ${r}`).lines.map((line, i) =>
				i === 0 ? `  ${line}` : line,
			),
			header: open,
			loop: group && !open && row.node.indices.some((i) => layerRow(s, i).type === 'add'),
		};
	});
	const layout = layoutRows(specs, links, {
		fontSize: FONT,
		lineHeight: LINE,
		indent: CHEVRON,
		padX: 8,
		padY: 5,
		gap: 10,
		margin: 8,
		laneGap: 9,
	});
	return { rows, boxes, specs, layout };
}
