import { describe, expect, test } from 'vitest';
import { REFERENCES } from '../../content/references.ts';
import { defined } from '../../defined.ts';
import { summary } from '../summary.ts';
import type { Summary } from '../types.ts';
import { parseModel } from '../validate.ts';
import { findPreset, LAB_PRESETS, PRESETS, type PresetInfo } from './index.ts';

async function load(id: string): Promise<Summary> {
	const preset = findPreset(id);
	if (!preset) throw new Error(`no preset ${id}`);
	return summary(parseModel(await preset.load()));
}

function shapeOf(s: Summary, name: string): readonly number[] {
	const found = s.layers.find((l) => l.name === name);
	if (!found) throw new Error(`no layer ${name}`);
	return found.outputShape;
}

describe('every preset reproduces its reference implementation', () => {
	test.each(PRESETS.map((p) => [p.id, p.params] as const))(
		'%s has %i parameters',
		async (id, params) => {
			const s = await load(id);
			expect(s.totalParams).toBe(params);
			const preset = defined(findPreset(id), `preset ${id}`);
			expect(s.inputShape).toEqual(preset.input);
			expect(s.convention).toBe(preset.convention);
		},
	);

	test('IDs are unique and every preset has both descriptions', () => {
		expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
		for (const p of PRESETS) {
			expect(p.description.en.length).toBeGreaterThan(10);
			expect(p.description.id.length).toBeGreaterThan(10);
		}
	});

	test.each(LAB_PRESETS.map((p) => [p.id, p.params] as const))(
		'the lab preset %s has %i parameters and reads 28×28×1 images into 10 classes',
		async (id, params) => {
			const s = await load(id);
			expect(s.totalParams).toBe(params);
			expect(s.inputShape).toEqual([28, 28, 1]);
			expect(s.layers.at(-1)?.outputShape).toEqual([10]);
		},
	);

	test('lab presets have IDs of their own and both descriptions', () => {
		const ids = [...PRESETS, ...LAB_PRESETS].map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const p of LAB_PRESETS) {
			expect(p.description.en.length).toBeGreaterThan(10);
			expect(p.description.id.length).toBeGreaterThan(10);
		}
	});

	test('an unknown ID finds nothing', () => {
		expect(findPreset('resnet51')).toBeUndefined();
	});
});

describe('the facts the history of the architectures shows', () => {
	const all: readonly PresetInfo[] = PRESETS;

	test('each cited paper is in the table of references and from the network’s year', () => {
		expect(all.filter((p) => p.paper !== undefined).length).toBeGreaterThanOrEqual(6);
		for (const { id, paper, year } of all) {
			if (paper !== undefined) expect(REFERENCES[paper].year, id).toBe(year);
		}
	});

	test('an ILSVRC result belongs to a network from the years of the challenge, 2010 to 2017', () => {
		for (const p of all.filter((p) => p.top5 !== undefined)) {
			expect(p.year, p.id).toBeGreaterThanOrEqual(2010);
			expect(p.year, p.id).toBeLessThanOrEqual(2017);
			expect(p.top5, p.id).toBeGreaterThan(0);
			expect(p.top5, p.id).toBeLessThan(30);
		}
	});

	test('a short name is the start of the full one, which adds the implementation', () => {
		for (const { id, name, shortName } of all) {
			if (shortName !== undefined) expect(name.startsWith(`${shortName} (`), id).toBe(true);
		}
	});
});

describe('known shapes and counts', () => {
	test('exercise 2 feature maps are 100×150×100, 50×75×200 and 25×38×400', async () => {
		const s = await load('exercise2');
		expect(s.layers.map((l) => l.outputShape)).toEqual([
			[100, 150, 100],
			[50, 75, 200],
			[25, 38, 400],
		]);
	});

	test('LeNet-5 goes 28×28×6, 14×14×6, 10×10×16, 5×5×16, 1×1×120', async () => {
		const s = await load('lenet5');
		expect(['C1', 'S2', 'C3', 'S4', 'C5'].map((n) => shapeOf(s, n))).toEqual([
			[28, 28, 6],
			[14, 14, 6],
			[10, 10, 16],
			[5, 5, 16],
			[1, 1, 120],
		]);
		expect(shapeOf(s, 'output')).toEqual([10]);
	});

	test('AlexNet features end at 6×6×256 = 9,216 values', async () => {
		const s = await load('alexnet');
		expect(shapeOf(s, 'features.0')).toEqual([55, 55, 64]);
		expect(shapeOf(s, 'features.12')).toEqual([6, 6, 256]);
		expect(shapeOf(s, 'flatten')).toEqual([9216]);
	});

	test('VGG-16 ends its conv base at 7×7×512 and has 14,714,688 convolution parameters', async () => {
		const s = await load('vgg16');
		expect(shapeOf(s, 'block5_pool')).toEqual([7, 7, 512]);
		const conv = s.layers.filter((l) => l.type === 'conv2d').reduce((n, l) => n + l.params, 0);
		expect(conv).toBe(14_714_688);
	});

	test('GoogLeNet: ceil-mode pools give 56, 28, 14 and 7; inception 5b is 7×7×1024', async () => {
		const s = await load('googlenet');
		expect(shapeOf(s, 'maxpool1')).toEqual([56, 56, 64]);
		expect(shapeOf(s, 'inception3a.concat')).toEqual([28, 28, 256]);
		expect(shapeOf(s, 'inception4e.concat')).toEqual([14, 14, 832]);
		expect(shapeOf(s, 'maxpool4')).toEqual([7, 7, 832]);
		expect(shapeOf(s, 'inception5b.concat')).toEqual([7, 7, 1024]);
		expect(s.nonTrainableParams).toBe(0);
	});

	test('torchvision ResNet-50 ends its conv base at 7×7×2048', async () => {
		const s = await load('resnet50');
		expect(shapeOf(s, 'maxpool')).toEqual([56, 56, 64]);
		expect(shapeOf(s, 'layer1.2.act3')).toEqual([56, 56, 256]);
		expect(shapeOf(s, 'layer4.2.act3')).toEqual([7, 7, 2048]);
		expect(s.layers.filter((l) => l.type === 'conv2d')).toHaveLength(53);
		expect(s.macs).toBe(4_089_184_256);
	});

	test('Keras ResNet-50 reports 53,120 non-trainable parameters', async () => {
		const s = await load('resnet50-keras');
		expect(shapeOf(s, 'pool1_pool')).toEqual([56, 56, 64]);
		expect(shapeOf(s, 'conv5_block3_out')).toEqual([7, 7, 2048]);
		expect([s.trainableParams, s.nonTrainableParams]).toEqual([25_583_592, 53_120]);
	});

	test('SE-ResNet-50 adds 2,530,992 parameters of squeeze-and-excitation', async () => {
		const [plain, se] = await Promise.all([load('resnet50'), load('se-resnet50')]);
		expect(se.totalParams - plain.totalParams).toBe(2_530_992);
		expect(shapeOf(se, 'layer1.0.se.fc1')).toEqual([16]);
		expect(shapeOf(se, 'layer4.2.se.scale')).toEqual([7, 7, 2048]);
	});

	test("Xception's conv base ends at 10×10×2048 after the entry flow reaches 19×19×728", async () => {
		const s = await load('xception');
		expect(shapeOf(s, 'block1_conv2_act')).toEqual([147, 147, 64]);
		expect(shapeOf(s, 'add_2')).toEqual([19, 19, 728]);
		expect(shapeOf(s, 'block14_sepconv2_act')).toEqual([10, 10, 2048]);
		expect([s.trainableParams, s.nonTrainableParams]).toEqual([22_855_952, 54_528]);
	});

	test('EfficientNet-B0 halves the map five times to 7×7×320 and skips only where the shape holds', async () => {
		const s = await load('efficientnet-b0');
		expect(shapeOf(s, 'stem_act')).toEqual([112, 112, 32]);
		expect(shapeOf(s, 'stage2.0.project_bn')).toEqual([56, 56, 24]);
		expect(shapeOf(s, 'stage7.0.project_bn')).toEqual([7, 7, 320]);
		expect(shapeOf(s, 'stage2.1.se.fc1')).toEqual([6]);
		const adds = s.layers.filter((l) => l.type === 'add').length;
		expect(adds).toBe(9);
		expect(s.nonTrainableParams).toBe(0);
	});
});
