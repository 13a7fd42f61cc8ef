import { describe, expect, test } from 'vitest';
import { parseModel, summary, type ModelJson } from '../../lib/cnn/index.ts';
import { alexnet } from '../../lib/cnn/presets/alexnet.ts';
import { googlenet } from '../../lib/cnn/presets/googlenet.ts';
import { lenet5 } from '../../lib/cnn/presets/lenet5.ts';
import { resnet50 } from '../../lib/cnn/presets/resnet50.ts';
import { seResnet50 } from '../../lib/cnn/presets/se-resnet50.ts';
import { xception } from '../../lib/cnn/presets/xception.ts';
import { lenetPaths, type NetworkId, type StagePath } from './networks.ts';
import { stagePaths } from './stages.ts';

const MODELS: Record<NetworkId, () => ModelJson> = {
	lenet5,
	alexnet,
	googlenet,
	resnet50,
	'se-resnet50': seResnet50,
	xception,
};

function pathsOf(id: NetworkId): { names: string[]; paths: StagePath[] } {
	const names = summary(parseModel(MODELS[id]())).layers.map((row) => row.name);
	return { names, paths: id === 'lenet5' ? lenetPaths(names) : stagePaths(id, names) };
}

/** The top-level stages in order, each once: a stage that came back would split in two. */
function stages(paths: readonly StagePath[]): string[] {
	const keys = paths.map((p) => p[0] ?? '');
	return keys.filter((k, i) => k !== keys[i - 1]);
}

describe('stagePaths', () => {
	test('gives every layer of every network a path, and each stage is one contiguous run', () => {
		for (const id of Object.keys(MODELS) as NetworkId[]) {
			const { names, paths } = pathsOf(id);
			expect(paths).toHaveLength(names.length);
			const top = stages(paths).filter(Boolean);
			expect(new Set(top).size, id).toBe(top.length);
		}
	});

	test('LeNet-5 pairs each convolution with the pooling after it', () => {
		expect(stages(pathsOf('lenet5').paths)).toEqual(['C1 + S2', 'C3 + S4', '', 'F6 + output']);
	});

	test('AlexNet keeps conv3 to conv5 together, with no pooling between them', () => {
		expect(stages(pathsOf('alexnet').paths)).toEqual(['conv1', 'conv2', 'conv3–5', 'classifier']);
	});

	test('GoogLeNet has a stem, nine Inception modules, two pools between them and a head', () => {
		const top = stages(pathsOf('googlenet').paths);
		expect(top.filter((k) => k.startsWith('inception'))).toHaveLength(9);
		expect(top[0]).toBe('stem');
		expect(top[top.length - 1]).toBe('head');
	});

	test('ResNet-50 and SE-ResNet-50 have four stages of 3, 4, 6 and 3 units', () => {
		for (const id of ['resnet50', 'se-resnet50'] as const) {
			const { paths } = pathsOf(id);
			expect(stages(paths)).toEqual(['stem', 'layer1', 'layer2', 'layer3', 'layer4', 'head']);
			const units = (stage: string) =>
				new Set(paths.filter((p) => p[0] === stage).map((p) => p[1])).size;
			expect(['layer1', 'layer2', 'layer3', 'layer4'].map(units)).toEqual([3, 4, 6, 3]);
		}
	});

	test('Xception puts blocks 1–4 in the entry flow, 5–12 in the middle flow, 13–14 in the exit flow', () => {
		const { names, paths } = pathsOf('xception');
		expect(stages(paths)).toEqual(['entry', 'middle', 'exit', 'head']);
		const blocks = (flow: string) =>
			new Set(paths.filter((p) => p[0] === flow).map((p) => p[1])).size;
		expect([blocks('entry'), blocks('middle'), blocks('exit')]).toEqual([4, 8, 2]);
		// An unnamed shortcut convolution belongs to the block it feeds, its addition to the same block.
		expect(paths[names.indexOf('conv2d')]).toEqual(['entry', 'block2']);
		expect(paths[names.indexOf('add')]).toEqual(['entry', 'block2']);
	});
});
