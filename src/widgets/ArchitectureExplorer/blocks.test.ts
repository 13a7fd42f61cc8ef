import { describe, expect, test } from 'vitest';
import { parseModel, summary, type Summary } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { defined } from '../../lib/defined.ts';
import { signatureBlock } from './blocks.ts';
import { presetOf } from './load-network.ts';
import type { NetworkId } from './network.ts';
import { COMPARE_KINDS, COMPARE_SIZE, MIN_COMPARE_CHANNELS, compareBlock } from './compare.ts';

const run = (json: Parameters<typeof parseModel>[0]): Summary => summary(parseModel(json));
const params = (s: Summary, name: string) => layerRow(s, name).params;
/** A network's signature block, cut from or built beside its preset as the explorer does. */
const block = async (id: NetworkId) => signatureBlock(id, await presetOf(id).load());

describe('signature blocks', () => {
	test('LeNet-5: C1, S2, C3, S4 of the preset, down to 5×5×16', async () => {
		const s = run(await block('lenet5'));
		expect(s.layers.map((r) => r.name)).toEqual(['C1', 'S2', 'C3', 'S4']);
		expect(layerRow(s, 3).outputShape).toEqual([5, 5, 16]);
		expect(s.totalParams).toBe(156 + 2_416);
	});

	test('AlexNet: stacked convolutions, LRN and dropout, then the 37,752,832-parameter dense layer', async () => {
		const s = run(await block('alexnet'));
		const types = s.layers.map((r) => r.type);
		expect(types).toContain('lrn');
		expect(types).toContain('dropout');
		// conv3, conv4 and conv5 follow each other with no pooling between them.
		const i = types.indexOf('maxPool2d');
		expect(types.slice(i + 1, i + 4)).toEqual(['conv2d', 'conv2d', 'conv2d']);
		expect(layerRow(s, 'flatten').outputShape).toEqual([9_216]);
		expect(params(s, 'fc6')).toBe(37_752_832);
	});

	test('GoogLeNet: the paper’s module 3a turns 28×28×192 into 28×28×256 with a real 5×5 branch', async () => {
		const s = run(await block('googlenet'));
		expect(layerRow(s, -1).outputShape).toEqual([28, 28, 256]);
		expect(layerRow(s, 'branch3').layer).toMatchObject({ kernel: [5, 5] });
		// The 1×1 bottleneck before the 5×5, weights only as on the page: 192·16 + 5·5·16·32.
		expect(params(s, 'branch3_reduce') + params(s, 'branch3')).toBe(15_872);
	});

	test('ResNet: a bottleneck unit on 56×56×256 whose output keeps the shape, for the skip', async () => {
		const s = run(await block('resnet50'));
		const add = defined(
			s.layers.find((r) => r.type === 'add'),
			'the add layer',
		);
		expect(add.inputs).toContain('input');
		expect(add.outputShape).toEqual([56, 56, 256]);
		expect(s.totalParams).toBe(70_400);
	});

	test('SENet: squeeze, excite and scale on 256 channels cost 8,464 parameters, as on the page', async () => {
		const s = run(await block('se-resnet50'));
		expect(s.totalParams).toBe(8_464);
		expect(s.layers.map((r) => r.type)).toEqual(['globalAvgPool2d', 'dense', 'dense', 'multiply']);
	});

	test('Xception: 147,456 weights for a regular 3×3 convolution, 1,152 + 16,384 for a separable one', async () => {
		const s = run(await block('xception'));
		expect(params(s, 'regular')).toBe(147_456);
		expect(params(s, 'depthwise')).toBe(1_152);
		expect(params(s, 'pointwise')).toBe(16_384);
		// The same count as the engine's own separable convolution layer.
		const separable = run({
			input: [147, 147, 128],
			layers: [
				{ type: 'separableConv2d', filters: 128, kernel: 3, padding: 'same', useBias: false },
			],
		});
		expect(params(s, 'depthwise') + params(s, 'pointwise')).toBe(separable.totalParams);
	});
});

describe('compare blocks', () => {
	test('a 3×3 convolution from 128 to 128 channels has 147,456 weights, a separable one 17,536', () => {
		expect(run(compareBlock('conv3', 128, 128)).totalParams).toBe(147_456);
		expect(run(compareBlock('separable', 128, 128)).totalParams).toBe(17_536);
	});

	test('every block maps cin channels to cout on the compare map, for awkward widths too', () => {
		for (const [cin, cout] of [
			[128, 128],
			[3, MIN_COMPARE_CHANNELS],
			[1, 9],
			[512, 1000],
			[7, 13],
		] as const) {
			for (const kind of COMPARE_KINDS) {
				const s = run(compareBlock(kind, cin, cout));
				const out = layerRow(s, -1).outputShape;
				expect(s.inputShape, kind).toEqual([COMPARE_SIZE, COMPARE_SIZE, cin]);
				expect(out[2], `${kind} ${cin}→${cout}`).toBe(cout);
			}
		}
	});

	test('the residual and SE blocks add a projection only when the channels change', () => {
		const same = run(compareBlock('residual', 64, 64)).layers.map((r) => r.name);
		const changed = run(compareBlock('se', 64, 128)).layers.map((r) => r.name);
		expect(same).not.toContain('projection');
		expect(changed).toContain('projection');
	});

	test('compare blocks count weights only: no biases, no batch norm', () => {
		for (const kind of COMPARE_KINDS) {
			const s = run(compareBlock(kind, 32, 64));
			expect(
				s.layers.some((r) => r.type === 'batchNorm'),
				kind,
			).toBe(false);
			for (const row of s.layers) {
				if ('useBias' in row.layer) expect(row.layer.useBias, `${kind} ${row.name}`).toBe(false);
			}
		}
	});

	test('EfficientNet: an MBConv block expands 24 → 144, gates with SE to 6 and back, projects to 24 and skips', async () => {
		const s = run(await block('efficientnet-b0'));
		expect(params(s, 'mbconv.expand')).toBe(3_456);
		expect(params(s, 'mbconv.depthwise')).toBe(1_296);
		expect(params(s, 'mbconv.se.fc1')).toBe(870);
		expect(params(s, 'mbconv.se.fc2')).toBe(1_008);
		expect(params(s, 'mbconv.project')).toBe(3_456);
		const add = defined(
			s.layers.find((r) => r.type === 'add'),
			'the add layer',
		);
		expect(add.inputs).toContain('input');
		expect(add.outputShape).toEqual([56, 56, 24]);
		expect(s.totalParams).toBe(10_710);
	});
});
