import { describe, expect, test } from 'vitest';
import { parseModel, summary, working, type ModelJson } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { defined } from '../../lib/defined.ts';
import { groupIds } from '../../lib/diagram/tree.ts';
import { linesWidth } from '../../lib/diagram/text.ts';
import { LANGS } from '../../lib/i18n/lang.ts';
import { signatureBlock } from './blocks.ts';
import { COMPARE_KINDS, compareBlock } from './compare.ts';
import { FONT } from './boxes.ts';
import { dagFigure, sideBySide } from './dag-figure.ts';
import { presetOf } from './load-network.ts';
import { NETWORK_IDS, type NetworkId } from './network.ts';
import { networkFigure, networkTree } from './network-figure.ts';
import { stagePaths } from './stages.ts';
import { STRINGS } from './strings.ts';

const MODELS = new Map(
	await Promise.all(NETWORK_IDS.map(async (id) => [id, await presetOf(id).load()] as const)),
);
const model = (id: NetworkId): ModelJson => defined(MODELS.get(id), `preset ${id}`);
const IDS = NETWORK_IDS;
const en = STRINGS.en;
const run = (json: ModelJson) => summary(parseModel(json));
const block = (id: NetworkId) => signatureBlock(id, model(id));

function network(id: NetworkId) {
	const s = run(model(id));
	const tree = networkTree(
		s,
		stagePaths(
			id,
			s.layers.map((r) => r.name),
		),
	);
	return { s, tree };
}

describe('dagFigure', () => {
	test('every box of every signature and compare block is wide enough for its text', () => {
		const models = [...IDS.map(block), ...COMPARE_KINDS.map((k) => compareBlock(k, 128, 256))];
		for (const lang of LANGS) {
			for (const json of models) {
				const figure = dagFigure(run(json), lang, STRINGS[lang], working);
				figure.layout.nodes.forEach((node, i) => {
					expect(linesWidth(defined(figure.boxes[i], `box ${i}`).lines, FONT)).toBeLessThan(node.w);
				});
			}
		}
	});

	test('the working of each box is the engine’s, part by part when layers are folded', () => {
		const s = run(block('resnet50'));
		const figure = dagFigure(s, 'en', en, working);
		const conv1 = defined(
			figure.boxes.find((b) => b.id === 'conv1'),
			'the conv1 box',
		);
		expect(conv1.lines.slice(0, 2)).toEqual(['1×1 conv, 64', 'BN · ReLU']);
		expect(conv1.params).toBe(16_384 + 128);
		expect(conv1.working).toEqual([
			`1×1 conv, 64: ${working(layerRow(s, 0), 'en')}`,
			`BN: ${working(layerRow(s, 1), 'en')}`,
		]);
	});

	test('the boxes of a block add up to the engine’s total', () => {
		for (const id of IDS) {
			const figure = dagFigure(run(block(id)), 'en', en, working);
			expect(figure.boxes.reduce((sum, b) => sum + b.params, 0)).toBe(figure.total);
		}
	});

	test('side by side, each block gets a column as wide as the wider of it and its heading', () => {
		const a = dagFigure(run(compareBlock('conv3', 128, 128)), 'en', en, working);
		const b = dagFigure(run(compareBlock('separable', 128, 128)), 'en', en, working);
		const heading = 'A rather long heading that is wider than the block below it';
		const { placements, width } = sideBySide([a, b], ['3×3 conv: 147,456', heading]);
		const second = defined(placements[1], 'the second block’s place');
		expect(second.dx).toBeGreaterThanOrEqual(a.layout.width);
		expect(width).toBeGreaterThanOrEqual(second.dx + linesWidth([heading], FONT));
	});
});

describe('networkFigure', () => {
	test('closed, the stages add up to the total; open, every layer shows in exactly one box', () => {
		for (const id of IDS) {
			const { s, tree } = network(id);
			const closed = networkFigure(s, tree, new Set(), 'en', en, working);
			expect(
				closed.boxes.reduce((sum, b) => sum + b.params, 0),
				id,
			).toBe(s.totalParams);
			const open = networkFigure(s, tree, new Set(groupIds(tree)), 'en', en, working);
			const leaves = open.rows.filter((r) => r.node.children.length === 0);
			const indices = leaves.flatMap((r) => r.node.indices).sort((x, y) => x - y);
			expect(indices, id).toEqual(s.layers.map((_, i) => i));
		}
	});

	test('every row is wide enough for its text, in both languages, for every network', () => {
		for (const lang of LANGS) {
			for (const id of IDS) {
				const { s, tree } = network(id);
				const figure = networkFigure(
					s,
					tree,
					new Set(groupIds(tree)),
					lang,
					STRINGS[lang],
					working,
				);
				figure.layout.boxes.forEach((box, i) => {
					expect(
						linesWidth(defined(figure.specs[i], `row ${i}`).lines, FONT) + 16,
					).toBeLessThanOrEqual(box.w + 0.001);
				});
			}
		}
	});

	test('ResNet-50 shows its skip connections as arcs once a unit is open, as loops while closed', () => {
		const { s, tree } = network('resnet50');
		const closed = networkFigure(s, tree, new Set(), 'en', en, working);
		expect(closed.layout.loops).toHaveLength(4);
		const open = networkFigure(s, tree, new Set(['layer1', 'layer1/layer1.1']), 'en', en, working);
		const add = open.rows.findIndex((r) => r.node.id === 'layer1.1.add');
		const unitBefore = open.rows.findIndex((r) => r.node.id === 'layer1/layer1.0');
		expect(open.layout.arcs.some((a) => a.from === unitBefore && a.to === add)).toBe(true);
	});

	test('numbers follow the page’s language in the boxes', () => {
		const { s, tree } = network('alexnet');
		const english = networkFigure(s, tree, new Set(['classifier']), 'en', en, working).boxes;
		const indonesian = networkFigure(
			s,
			tree,
			new Set(['classifier']),
			'id',
			STRINGS.id,
			working,
		).boxes;
		expect(english.map((b) => b.op)).toContain('dense, 4,096 · ReLU');
		expect(indonesian.map((b) => b.op)).toContain('dense, 4.096 · ReLU');
		expect(indonesian.map((b) => b.lines[2])).toContain('4.096 · 37.752.832 param');
	});
});
