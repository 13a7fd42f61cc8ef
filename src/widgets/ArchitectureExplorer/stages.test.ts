import { describe, expect, test } from 'vitest';
import { parseModel, summary } from '../../lib/cnn/index.ts';
import { presetOf } from './load-network.ts';
import { NETWORK_IDS, type NetworkId, type StagePath } from './network.ts';
import { stagePaths } from './stages.ts';

async function pathsOf(id: NetworkId): Promise<{ names: string[]; paths: StagePath[] }> {
	const names = summary(parseModel(await presetOf(id).load())).layers.map((row) => row.name);
	return { names, paths: stagePaths(id, names) };
}

/** The top-level stages in order, each once: a stage that came back would split in two. */
function stages(paths: readonly StagePath[]): string[] {
	const keys = paths.map((p) => p[0] ?? '');
	return keys.filter((k, i) => k !== keys[i - 1]);
}

describe('stagePaths', () => {
	test('gives every layer of every network a path, and each stage is one contiguous run', async () => {
		for (const id of NETWORK_IDS) {
			const { names, paths } = await pathsOf(id);
			expect(paths).toHaveLength(names.length);
			const top = stages(paths).filter(Boolean);
			expect(new Set(top).size, id).toBe(top.length);
		}
	});

	test('LeNet-5 pairs each convolution with the pooling after it', async () => {
		expect(stages((await pathsOf('lenet5')).paths)).toEqual([
			'C1 + S2',
			'C3 + S4',
			'',
			'F6 + output',
		]);
	});

	test('AlexNet keeps conv3 to conv5 together, with no pooling between them', async () => {
		expect(stages((await pathsOf('alexnet')).paths)).toEqual([
			'conv1',
			'conv2',
			'conv3–5',
			'classifier',
		]);
	});

	test('GoogLeNet has a stem, nine Inception modules, two pools between them and a head', async () => {
		const top = stages((await pathsOf('googlenet')).paths);
		expect(top.filter((k) => k.startsWith('inception'))).toHaveLength(9);
		expect(top[0]).toBe('stem');
		expect(top[top.length - 1]).toBe('head');
	});

	test('ResNet-50 and SE-ResNet-50 have four stages of 3, 4, 6 and 3 units', async () => {
		for (const id of ['resnet50', 'se-resnet50'] as const) {
			const { paths } = await pathsOf(id);
			expect(stages(paths)).toEqual(['stem', 'layer1', 'layer2', 'layer3', 'layer4', 'head']);
			const units = (stage: string) =>
				new Set(paths.filter((p) => p[0] === stage).map((p) => p[1])).size;
			expect(['layer1', 'layer2', 'layer3', 'layer4'].map(units)).toEqual([3, 4, 6, 3]);
		}
	});

	test('Xception puts blocks 1–4 in the entry flow, 5–12 in the middle flow, 13–14 in the exit flow', async () => {
		const { names, paths } = await pathsOf('xception');
		expect(stages(paths)).toEqual(['entry', 'middle', 'exit', 'head']);
		const blocks = (flow: string) =>
			new Set(paths.filter((p) => p[0] === flow).map((p) => p[1])).size;
		expect([blocks('entry'), blocks('middle'), blocks('exit')]).toEqual([4, 8, 2]);
		// An unnamed shortcut convolution belongs to the block it feeds, its addition to the same block.
		expect(paths[names.indexOf('conv2d')]).toEqual(['entry', 'block2']);
		expect(paths[names.indexOf('add')]).toEqual(['entry', 'block2']);
	});
});
