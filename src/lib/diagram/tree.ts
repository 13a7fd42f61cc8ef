import type { FoldedNode } from './fold.ts';

/**
 * A network as a tree of stages: ResNet-50's stem, four stages of residual units, and a head,
 * each unit made of (folded) layers. Readers expand a stage to see its layers, so a 177-layer
 * network still fits on a phone; the keyboard walks the visible rows as in a file tree.
 */

/** A stage (with children) or a layer box (a folded node, no children). */
export interface TreeNode {
	/** Unique in the tree: the group path joined with `/`, or the layer box's id. */
	readonly id: string;
	/** The last element of the group path, or the layer box's id. */
	readonly key: string;
	/** Summary row indices it covers, in written order. */
	readonly indices: readonly number[];
	readonly children: readonly TreeNode[];
	/** The folded node, for a leaf. */
	readonly leaf?: FoldedNode;
}

interface MutableGroup {
	id: string;
	key: string;
	indices: number[];
	children: (MutableGroup | TreeNode)[];
}

/**
 * Builds the tree from each layer's group path (`[]` for a top-level layer, `['layer1',
 * 'layer1.0']` for a layer of ResNet's first unit) and the folded nodes, which must not straddle
 * groups (fold with the same paths). Consecutive layers with the same path share a group; a path
 * that comes back after another one starts a new group, with a numbered id.
 */
export function buildTree(
	paths: readonly (readonly string[])[],
	nodes: readonly FoldedNode[],
): TreeNode[] {
	const root: MutableGroup = { id: '', key: '', indices: [], children: [] };
	const used = new Set<string>();
	let open: MutableGroup[] = [];
	for (const node of nodes) {
		const path = paths[node.indices[0]] ?? [];
		let depth = 0;
		while (depth < open.length && depth < path.length && open[depth]?.key === path[depth]) depth++;
		open = open.slice(0, depth);
		for (const key of path.slice(depth)) {
			const parent = open[open.length - 1] ?? root;
			const base = [...open.map((g) => g.key), key].join('/');
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
			used.add(id);
			const group: MutableGroup = { id, key, indices: [], children: [] };
			parent.children.push(group);
			open.push(group);
		}
		const parent = open[open.length - 1] ?? root;
		parent.children.push({ id: node.id, key: node.id, indices: node.indices, children: [] });
		for (const group of open) group.indices.push(...node.indices);
	}
	return root.children;
}

/** A row of the diagram as shown: a node, its depth, and its parent's row. */
export interface VisibleRow {
	readonly node: TreeNode;
	readonly level: number;
	/** Row index of the parent, or -1 at the top level. */
	readonly parent: number;
}

/** The rows a reader sees with the groups in `expanded` open, in reading order. */
export function visibleRows(
	tree: readonly TreeNode[],
	expanded: ReadonlySet<string>,
): VisibleRow[] {
	const rows: VisibleRow[] = [];
	const walk = (nodes: readonly TreeNode[], level: number, parent: number) => {
		for (const node of nodes) {
			const index = rows.push({ node, level, parent }) - 1;
			if (node.children.length > 0 && expanded.has(node.id)) walk(node.children, level + 1, index);
		}
	};
	walk(tree, 0, -1);
	return rows;
}

/** Ids of every group in the tree, for an "expand all". */
export function groupIds(tree: readonly TreeNode[]): string[] {
	return tree.flatMap((node) =>
		node.children.length > 0 ? [node.id, ...groupIds(node.children)] : [],
	);
}

/** What a key press does in the tree: move focus to a row, and/or open or close a group. */
export interface TreeMove {
	readonly focus: number;
	readonly toggle?: string;
}

/**
 * The tree keyboard of WAI-ARIA's tree view pattern: ↑/↓ previous/next row, → opens a group or
 * enters it, ← closes it or goes to the parent, Home/End first/last row, Enter/Space toggle.
 * Returns undefined for keys it does not handle, so the page can still scroll with them.
 */
export function treeKey(
	rows: readonly VisibleRow[],
	current: number,
	key: string,
	expanded: ReadonlySet<string>,
): TreeMove | undefined {
	const row = rows[current];
	if (!row) return undefined;
	const group = row.node.children.length > 0;
	const open = group && expanded.has(row.node.id);
	switch (key) {
		case 'ArrowDown':
			return { focus: Math.min(current + 1, rows.length - 1) };
		case 'ArrowUp':
			return { focus: Math.max(current - 1, 0) };
		case 'Home':
			return { focus: 0 };
		case 'End':
			return { focus: rows.length - 1 };
		case 'ArrowRight':
			if (!group) return { focus: current };
			return open ? { focus: current + 1 } : { focus: current, toggle: row.node.id };
		case 'ArrowLeft':
			if (open) return { focus: current, toggle: row.node.id };
			return { focus: row.parent === -1 ? current : row.parent };
		case 'Enter':
		case ' ':
			return group ? { focus: current, toggle: row.node.id } : { focus: current };
		default:
			return undefined;
	}
}
