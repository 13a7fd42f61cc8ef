import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import type { FoldedNode } from './fold.ts';
import { buildTree, groupIds, treeKey, visibleRows } from './tree.ts';

const leaf = (id: string, index: number): FoldedNode => ({ id, indices: [index], inputs: [] });

/** A stem, a stage of two units of two layers each, and a head. */
const PATHS = [
	['stem'],
	['layer1', 'u0'],
	['layer1', 'u0'],
	['layer1', 'u1'],
	['layer1', 'u1'],
	[],
];
const NODES = ['conv1', 'a', 'b', 'c', 'd', 'fc'].map(leaf);

describe('buildTree', () => {
	test('groups consecutive layers with the same path, nesting units in stages', () => {
		const tree = buildTree(PATHS, NODES);
		expect(tree.map((n) => n.id)).toEqual(['stem', 'layer1', 'fc']);
		const stage = defined(tree[1], 'stage layer1');
		expect(stage.children.map((n) => n.id)).toEqual(['layer1/u0', 'layer1/u1']);
		expect(stage.indices).toEqual([1, 2, 3, 4]);
		expect(stage.children[1]?.children.map((n) => n.id)).toEqual(['c', 'd']);
	});

	test('starts a new group, with its own id, when a path comes back after another', () => {
		const tree = buildTree([['a'], ['b'], ['a']], ['x', 'y', 'z'].map(leaf));
		expect(tree.map((n) => n.id)).toEqual(['a', 'b', 'a#2']);
	});

	test('lists every group for "expand all"', () => {
		expect(groupIds(buildTree(PATHS, NODES))).toEqual(['stem', 'layer1', 'layer1/u0', 'layer1/u1']);
	});
});

describe('visibleRows', () => {
	test('shows the children of open groups only, with their depth and parent row', () => {
		const tree = buildTree(PATHS, NODES);
		expect(visibleRows(tree, new Set()).map((r) => r.node.id)).toEqual(['stem', 'layer1', 'fc']);
		const rows = visibleRows(tree, new Set(['layer1', 'layer1/u1']));
		expect(rows.map((r) => [r.node.id, r.level, r.parent])).toEqual([
			['stem', 0, -1],
			['layer1', 0, -1],
			['layer1/u0', 1, 1],
			['layer1/u1', 1, 1],
			['c', 2, 3],
			['d', 2, 3],
			['fc', 0, -1],
		]);
	});
});

describe('treeKey', () => {
	const tree = buildTree(PATHS, NODES);
	const closed = new Set<string>();
	const open = new Set(['layer1']);

	test('moves up and down the visible rows, stopping at the ends', () => {
		const rows = visibleRows(tree, closed);
		expect(treeKey(rows, 0, 'ArrowDown', closed)).toEqual({ focus: 1 });
		expect(treeKey(rows, 2, 'ArrowDown', closed)).toEqual({ focus: 2 });
		expect(treeKey(rows, 0, 'ArrowUp', closed)).toEqual({ focus: 0 });
		expect(treeKey(rows, 1, 'End', closed)).toEqual({ focus: 2 });
		expect(treeKey(rows, 2, 'Home', closed)).toEqual({ focus: 0 });
	});

	test('opens a closed group with → or Enter, and enters an open one with →', () => {
		expect(treeKey(visibleRows(tree, closed), 1, 'ArrowRight', closed)).toEqual({
			focus: 1,
			toggle: 'layer1',
		});
		expect(treeKey(visibleRows(tree, closed), 1, 'Enter', closed)?.toggle).toBe('layer1');
		expect(treeKey(visibleRows(tree, open), 1, 'ArrowRight', open)).toEqual({ focus: 2 });
	});

	test('closes an open group with ←, and from a child goes back to its parent', () => {
		const rows = visibleRows(tree, open);
		expect(treeKey(rows, 1, 'ArrowLeft', open)).toEqual({ focus: 1, toggle: 'layer1' });
		expect(treeKey(rows, 3, 'ArrowLeft', open)).toEqual({ focus: 1 });
	});

	test('leaves other keys (Tab, letters) to the browser', () => {
		expect(treeKey(visibleRows(tree, closed), 0, 'Tab', closed)).toBeUndefined();
		expect(treeKey(visibleRows(tree, closed), 0, 'a', closed)).toBeUndefined();
	});
});
