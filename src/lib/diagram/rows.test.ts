import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { layoutRows, previousFlowRow, type RowSpec } from './rows.ts';
import { linesWidth, overlaps } from './text.ts';

const OPTIONS = {
	fontSize: 12,
	lineHeight: 15,
	indent: 14,
	padX: 8,
	padY: 5,
	gap: 10,
	margin: 8,
	laneGap: 9,
};

const row = (level: number, ...lines: string[]): RowSpec => ({ level, lines });

describe('layoutRows', () => {
	test('indents rows by depth and ends every box at the same right edge, wide enough for its text', () => {
		const rows = [
			row(0, 'stem', '11 layers'),
			row(1, 'layer1.0.conv1', '1×1 conv, 64 · BN · ReLU'),
		] as const;
		const layout = layoutRows(rows, [], OPTIONS);
		const a = defined(layout.boxes[0], 'the stem’s box');
		const b = defined(layout.boxes[1], 'the unit’s box');
		expect(b.x - a.x).toBe(OPTIONS.indent);
		expect(a.x + a.w).toBe(b.x + b.w);
		expect(b.w).toBeGreaterThanOrEqual(linesWidth(rows[1].lines, 12) + 2 * OPTIONS.padX);
	});

	test('draws an arc only for links between rows that are not neighbours', () => {
		const rows = [row(0, 'input'), row(0, 'conv'), row(0, 'add')];
		const layout = layoutRows(
			rows,
			[
				{ from: 0, to: 1 },
				{ from: 1, to: 2 },
				{ from: 0, to: 2 },
			],
			OPTIONS,
		);
		expect(layout.arcs.map((a) => [a.from, a.to])).toEqual([[0, 2]]);
		expect(layout.connectors).toHaveLength(2);
	});

	test('treats an open group header as no step of the flow', () => {
		const rows = [row(0, 'input'), { ...row(0, 'stage'), header: true }, row(1, 'conv')];
		expect(previousFlowRow(rows, 2)).toBe(0);
		const layout = layoutRows(rows, [{ from: 0, to: 2 }], OPTIONS);
		expect(layout.arcs).toHaveLength(0);
	});

	test('puts overlapping arcs in separate lanes and draws a loop beside a closed stage with skips', () => {
		const rows = [row(0, 'a'), row(0, 'b'), row(0, 'c'), { ...row(0, 'd'), loop: true }];
		const layout = layoutRows(
			rows,
			[
				{ from: 0, to: 2 },
				{ from: 1, to: 3 },
			],
			OPTIONS,
		);
		const lanes = layout.arcs.map((a) => a.points[1][0]);
		expect(new Set(lanes).size).toBe(2);
		expect(layout.loops).toHaveLength(1);
		expect(Math.max(...lanes)).toBeLessThanOrEqual(layout.width - OPTIONS.margin);
	});

	test('boxes never overlap, arcs stay right of every box and arcs in one lane never meet', () => {
		const spec = fc
			.array(
				fc.record({ level: fc.nat(3), text: fc.string({ maxLength: 30 }), loop: fc.boolean() }),
				{
					minLength: 1,
					maxLength: 30,
				},
			)
			.chain((rows) =>
				fc.tuple(
					fc.constant(rows),
					fc.array(fc.tuple(fc.nat(rows.length - 1), fc.nat(rows.length - 1)), { maxLength: 20 }),
				),
			);
		fc.assert(
			fc.property(spec, ([rows, pairs]) => {
				const specs = rows.map((r) => ({ level: r.level, lines: [r.text, 'x'], loop: r.loop }));
				const links = pairs.map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
				const layout = layoutRows(specs, links, OPTIONS);
				const right = Math.max(...layout.boxes.map((b) => b.x + b.w));
				layout.boxes.forEach((a, i) =>
					layout.boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
				);
				const spans = layout.arcs.map((arc) => ({
					x: arc.points[1][0],
					top: Math.min(arc.points[1][1], arc.points[2][1]),
					bottom: Math.max(arc.points[1][1], arc.points[2][1]),
				}));
				for (const [i, s] of spans.entries()) {
					expect(s.x).toBeGreaterThan(right);
					expect(s.x).toBeLessThanOrEqual(layout.width);
					for (const t of spans.slice(i + 1)) {
						if (t.x === s.x) expect(t.top > s.bottom || t.bottom < s.top).toBe(true);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});
});
