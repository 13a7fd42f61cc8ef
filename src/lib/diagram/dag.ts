import { defined } from '../defined.ts';
import type { Box } from './text.ts';

/**
 * Layout of a small layered graph: a signature block such as an Inception module (four parallel
 * branches and their concatenation) or a residual unit (a chain and its skip connection). Nodes
 * go in rows by their distance from the input and in columns by branch; edges are orthogonal
 * lines through the gaps between rows, and an edge that would cross a box (a skip connection) is
 * routed around the right-hand side in a lane of its own. Pure arithmetic, so it runs on the
 * server and is unit-tested for overlaps.
 */

/** A node to place: its id, the ids it reads, and whether to centre it over its neighbours. */
export interface DagNode {
	readonly id: string;
	readonly inputs: readonly string[];
	/**
	 * Centre the node between the nodes it reads (a concatenation), or for a node that reads
	 * nothing, over the nodes in the next row that read it (an input feeding several branches).
	 */
	readonly center?: boolean;
}

/** Sizes of the layout in user units; every node has the same size so columns line up. */
export interface DagOptions {
	readonly nodeWidth: number;
	readonly nodeHeight: number;
	readonly gapX: number;
	readonly gapY: number;
	readonly margin: number;
	/** Distance between the lanes of routed edges, and from the boxes to the first lane. */
	readonly laneGap: number;
}

/** A placed node: its box, row (`rank`) and column position (`slot`, may be fractional). */
export interface PlacedNode extends Box {
	readonly id: string;
	readonly rank: number;
	readonly slot: number;
}

/** An edge as a polyline from the source's bottom to the target's top. */
export interface DagEdge {
	readonly from: string;
	readonly to: string;
	readonly points: readonly (readonly [number, number])[];
	/** True for an edge routed around the boxes (a skip connection). */
	readonly routed: boolean;
}

/** The result of {@link layoutDag}. */
export interface DagLayout {
	readonly nodes: readonly PlacedNode[];
	readonly edges: readonly DagEdge[];
	readonly width: number;
	readonly height: number;
}

/** Row of every node: 0 for nodes that read nothing, else one more than its deepest input. */
function ranks(nodes: readonly DagNode[]): Map<string, number> {
	const byId = new Map(nodes.map((node) => [node.id, node]));
	const rank = new Map<string, number>();
	const visit = (id: string, seen: Set<string>): number => {
		const known = rank.get(id);
		if (known !== undefined) return known;
		const node = byId.get(id);
		if (!node || seen.has(id)) throw new Error(`layoutDag: unknown or cyclic node ${id}`);
		seen.add(id);
		const r =
			node.inputs.length === 0 ? 0 : 1 + Math.max(...node.inputs.map((i) => visit(i, seen)));
		rank.set(id, r);
		return r;
	};
	for (const node of nodes) visit(node.id, new Set());
	return rank;
}

/** Places the nodes; see the module comment for the rules. */
export function layoutDag(nodes: readonly DagNode[], options: DagOptions): DagLayout {
	const { nodeWidth: w, nodeHeight: h, gapX, gapY, margin, laneGap } = options;
	const rank = ranks(nodes);
	const rankOf = (id: string) => defined(rank.get(id), `rank of ${id}`);
	const order = nodes
		.map((node, index) => ({ node, index }))
		.sort((a, b) => rankOf(a.node.id) - rankOf(b.node.id) || a.index - b.index)
		.map(({ node }) => node);
	const slot = new Map<string, number>();
	/** A node's column; nodes are placed in rank order, so every input has one by then. */
	const slotOf = (id: string) => defined(slot.get(id), `column of ${id}`);
	const taken = (r: number, s: number) =>
		order.some((n) => {
			const t = slot.get(n.id);
			return rank.get(n.id) === r && t !== undefined && Math.abs(t - s) < 1;
		});
	let next = 0;
	const fresh = () => next++;
	for (const node of order) {
		const r = rankOf(node.id);
		const first = node.inputs[0];
		let s: number;
		if (first === undefined) {
			s = fresh();
		} else if (node.center) {
			s = node.inputs.reduce((sum, id) => sum + slotOf(id), 0) / node.inputs.length;
		} else {
			// The first node (in written order) that reads `first` first continues its column.
			const heir = nodes.find((n) => n.inputs[0] === first);
			s = heir === node ? slotOf(first) : fresh();
		}
		if (taken(r, s)) s = fresh();
		next = Math.max(next, Math.floor(s) + 1);
		slot.set(node.id, s);
	}
	// A centred root sits over the next row's nodes that read it, when that leaves room.
	for (const node of order) {
		if (!node.center || node.inputs.length > 0) continue;
		const r = rankOf(node.id);
		const children = nodes.filter((n) => n.inputs.includes(node.id) && rank.get(n.id) === r + 1);
		if (children.length === 0) continue;
		const s = children.reduce((sum, n) => sum + slotOf(n.id), 0) / children.length;
		slot.delete(node.id);
		slot.set(node.id, taken(r, s) ? fresh() : s);
	}

	const placed = new Map<string, PlacedNode>();
	for (const node of nodes) {
		const r = rankOf(node.id);
		const s = slotOf(node.id);
		placed.set(node.id, {
			id: node.id,
			rank: r,
			slot: s,
			x: margin + s * (w + gapX),
			y: margin + r * (h + gapY),
			w,
			h,
		});
	}
	const all = [...placed.values()];
	const right = Math.max(...all.map((n) => n.x + n.w));
	const lanes: { top: number; bottom: number }[][] = [];
	const edges: DagEdge[] = [];
	for (const node of nodes) {
		const to = defined(placed.get(node.id), `box of ${node.id}`);
		for (const id of node.inputs) {
			const from = defined(placed.get(id), `box of ${id}`);
			const sx = from.x + w / 2;
			const sy = from.y + h;
			const tx = to.x + w / 2;
			const ty = to.y;
			const elbow = ty - gapY / 2;
			const blocked = all.some(
				(n) =>
					n !== from && n !== to && n.x < sx && sx < n.x + n.w && n.y < elbow && n.y + n.h > sy,
			);
			if (!blocked) {
				const points: [number, number][] =
					Math.abs(sx - tx) < 0.5
						? [
								[sx, sy],
								[tx, ty],
							]
						: [
								[sx, sy],
								[sx, elbow],
								[tx, elbow],
								[tx, ty],
							];
				edges.push({ from: id, to: node.id, points, routed: false });
				continue;
			}
			// Around the right-hand side, in the first lane free over this edge's height.
			const top = sy + gapY / 2;
			const lane = lanes.findIndex((used) => used.every((e) => e.bottom < top || e.top > elbow));
			const index = lane === -1 ? lanes.length : lane;
			(lanes[index] ??= []).push({ top, bottom: elbow });
			const lx = right + laneGap * (index + 1);
			edges.push({
				from: id,
				to: node.id,
				routed: true,
				points: [
					[sx, sy],
					[sx, top],
					[lx, top],
					[lx, elbow],
					[tx, elbow],
					[tx, ty],
				],
			});
		}
	}
	const bottom = Math.max(...all.map((n) => n.y + n.h));
	return {
		nodes: all,
		edges,
		width: right + laneGap * lanes.length + margin,
		height: bottom + margin,
	};
}
