import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { layoutDag, type DagLayout, type DagNode } from './dag.ts';
import { overlaps, type Box } from './text.ts';

const OPTIONS = { nodeWidth: 100, nodeHeight: 50, gapX: 16, gapY: 26, margin: 8, laneGap: 14 };

const byId = (layout: DagLayout) => new Map(layout.nodes.map((n) => [n.id, n]));

/** Whether an axis-aligned segment runs through the inside of a box (touching is allowed). */
function crosses([x1, y1]: readonly [number, number], [x2, y2]: readonly [number, number], b: Box) {
	if (x1 === x2) {
		const [lo, hi] = [Math.min(y1, y2), Math.max(y1, y2)];
		return b.x < x1 && x1 < b.x + b.w && lo < b.y + b.h && hi > b.y;
	}
	const [lo, hi] = [Math.min(x1, x2), Math.max(x1, x2)];
	return b.y < y1 && y1 < b.y + b.h && lo < b.x + b.w && hi > b.x;
}

/** Checks what every layout must satisfy; returns the problems found. */
function problems(nodes: readonly DagNode[], layout: DagLayout): string[] {
	const found: string[] = [];
	const all = layout.nodes;
	all.forEach((a, i) =>
		all.slice(i + 1).forEach((b) => {
			if (overlaps(a, b)) found.push(`${a.id} overlaps ${b.id}`);
		}),
	);
	for (const n of all) {
		if (n.x < 0 || n.y < 0 || n.x + n.w > layout.width || n.y + n.h > layout.height) {
			found.push(`${n.id} is outside the drawing`);
		}
	}
	const count = nodes.reduce((sum, n) => sum + n.inputs.length, 0);
	if (layout.edges.length !== count) found.push('an edge is missing');
	for (const edge of layout.edges) {
		edge.points.slice(1).forEach((p, k) => {
			const q = defined(edge.points[k], `point ${k} of ${edge.from}>${edge.to}`);
			// Within a billionth of a pixel: the two ends of a straight run can be computed by different
			// sums, and float rounding must not count as a diagonal no one could see.
			const bent = Math.abs(p[0] - q[0]) > 1e-9 && Math.abs(p[1] - q[1]) > 1e-9;
			if (bent) found.push(`${edge.from}>${edge.to} is not orthogonal`);
			if (p[0] > layout.width) found.push(`${edge.from}>${edge.to} leaves the drawing`);
			for (const b of all) {
				if (crosses(q, p, b)) found.push(`${edge.from}>${edge.to} crosses ${b.id}`);
			}
		});
	}
	return found;
}

describe('layoutDag', () => {
	test('puts the four branches of an Inception module side by side, input and concat centred', () => {
		const nodes: DagNode[] = [
			{ id: 'input', inputs: [], center: true },
			{ id: 'b1', inputs: ['input'] },
			{ id: 'b2r', inputs: ['input'] },
			{ id: 'b2', inputs: ['b2r'] },
			{ id: 'b3r', inputs: ['input'] },
			{ id: 'b3', inputs: ['b3r'] },
			{ id: 'pool', inputs: ['input'] },
			{ id: 'b4', inputs: ['pool'] },
			{ id: 'concat', inputs: ['b1', 'b2', 'b3', 'b4'], center: true },
		];
		const layout = layoutDag(nodes, OPTIONS);
		const n = byId(layout);
		expect([
			n.get('b1')?.slot,
			n.get('b2r')?.slot,
			n.get('b3r')?.slot,
			n.get('pool')?.slot,
		]).toEqual([0, 1, 2, 3]);
		expect(n.get('b2')?.slot).toBe(1);
		expect(n.get('input')?.slot).toBe(1.5);
		expect(n.get('concat')?.slot).toBe(1.5);
		expect(n.get('concat')?.rank).toBe(3);
		expect(layout.edges.every((e) => !e.routed)).toBe(true);
		expect(problems(nodes, layout)).toEqual([]);
	});

	test('routes a skip connection around the right of the boxes it would cross', () => {
		const nodes: DagNode[] = [
			{ id: 'input', inputs: [], center: true },
			{ id: 'conv1', inputs: ['input'] },
			{ id: 'conv2', inputs: ['conv1'] },
			{ id: 'add', inputs: ['conv2', 'input'] },
		];
		const layout = layoutDag(nodes, OPTIONS);
		const skip = defined(
			layout.edges.find((e) => e.from === 'input' && e.to === 'add'),
			'the skip edge',
		);
		expect(skip.routed).toBe(true);
		const right = Math.max(...layout.nodes.map((n) => n.x + n.w));
		expect(Math.max(...skip.points.map(([x]) => x))).toBe(right + OPTIONS.laneGap);
		expect(layout.width).toBe(right + OPTIONS.laneGap + OPTIONS.margin);
		expect(problems(nodes, layout)).toEqual([]);
	});

	test('draws a projection shortcut as a branch of its own, not around the side', () => {
		const nodes: DagNode[] = [
			{ id: 'input', inputs: [], center: true },
			{ id: 'conv1', inputs: ['input'] },
			{ id: 'conv2', inputs: ['conv1'] },
			{ id: 'projection', inputs: ['input'] },
			{ id: 'add', inputs: ['conv2', 'projection'] },
		];
		const layout = layoutDag(nodes, OPTIONS);
		const n = byId(layout);
		expect(n.get('projection')?.slot).toBe(1);
		expect(n.get('add')?.slot).toBe(0);
		expect(layout.edges.some((e) => e.routed)).toBe(false);
		expect(problems(nodes, layout)).toEqual([]);
	});

	test('refuses a graph with a cycle or an unknown input instead of looping', () => {
		expect(() => layoutDag([{ id: 'a', inputs: ['b'] }], OPTIONS)).toThrow(/unknown/);
		expect(() =>
			layoutDag(
				[
					{ id: 'a', inputs: ['b'] },
					{ id: 'b', inputs: ['a'] },
				],
				OPTIONS,
			),
		).toThrow(/cyclic/);
	});

	test('no two boxes overlap and no edge crosses a box, for any layered graph', () => {
		const graph = fc
			.array(
				fc.record({
					inputs: fc.uniqueArray(fc.nat(20), { minLength: 1, maxLength: 3 }),
					center: fc.boolean(),
				}),
				{ minLength: 1, maxLength: 14 },
			)
			.map((specs) => [
				{ id: 'n0', inputs: [], center: true },
				...specs.map((spec, i) => ({
					id: `n${i + 1}`,
					inputs: [...new Set(spec.inputs.map((k) => `n${k % (i + 1)}`))],
					center: spec.center,
				})),
			]);
		fc.assert(
			fc.property(graph, (nodes) => {
				expect(problems(nodes, layoutDag(nodes, OPTIONS))).toEqual([]);
			}),
			{ numRuns: 500 },
		);
	});
});
