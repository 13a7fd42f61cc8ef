import type { NetworkId, StagePath } from './network.ts';

/**
 * How each network's layers group into the stages of the whole-network diagram, from the layer
 * names its reference implementation uses. Runs at build time for the default network, and loads
 * in the browser with the engine.
 */

/** LeNet-5: each convolution with the pooling after it, C5 alone, the dense layers together. */
const LENET: Readonly<Record<string, string>> = {
	C1: 'C1 + S2',
	S2: 'C1 + S2',
	C3: 'C3 + S4',
	S4: 'C3 + S4',
	flatten: 'F6 + output',
	F6: 'F6 + output',
	output: 'F6 + output',
};

const ALEXNET: Readonly<Record<string, string>> = {
	'features.0': 'conv1',
	'features.2': 'conv1',
	'features.3': 'conv2',
	'features.5': 'conv2',
	'features.6': 'conv3–5',
	'features.8': 'conv3–5',
	'features.10': 'conv3–5',
	'features.12': 'conv3–5',
};

const GOOGLENET_STEM = new Set(['conv1', 'maxpool1', 'conv2', 'conv3', 'maxpool2']);
const GOOGLENET_HEAD = new Set(['avgpool', 'dropout', 'fc']);

/**
 * The stage path of every layer of a network, given its layer names in written order. Group keys
 * that are words (`stem`, `head`, `entry`…) are translated by the widget; the others are the
 * reference implementation's own names (`layer1`, `inception3a`, `block5`).
 */
export function stagePaths(id: NetworkId, names: readonly string[]): StagePath[] {
	switch (id) {
		case 'lenet5':
			return names.map((name) => (LENET[name] ? [LENET[name]] : []));
		case 'alexnet':
			return names.map((name) => [ALEXNET[name] ?? 'classifier']);
		case 'googlenet':
			return names.map((name) => {
				const [prefix = ''] = name.split('.');
				if (GOOGLENET_STEM.has(prefix)) return ['stem'];
				if (GOOGLENET_HEAD.has(prefix)) return ['head'];
				return prefix.startsWith('inception') ? [prefix] : [];
			});
		case 'resnet50':
		case 'se-resnet50':
			return names.map((name) => {
				const [stage, unit] = name.split('.');
				if (stage?.startsWith('layer')) return [stage, `${stage}.${unit}`];
				return [name === 'avgpool' || name === 'fc' ? 'head' : 'stem'];
			});
		case 'xception':
			return xceptionPaths(names);
		case 'efficientnet-b0':
			return names.map((name) => {
				const [stage, unit] = name.split('.');
				if (stage?.startsWith('stage')) return [stage, `${stage}.${unit}`];
				return [name.startsWith('stem') ? 'stem' : 'head'];
			});
	}
}

/**
 * Xception's blocks are named `blockN_…`, except the layers Keras leaves unnamed: a block's
 * shortcut convolution and its batch norm (built before the block's first layer) belong to the
 * next named block, and the `add` that closes a block to the previous one.
 */
function xceptionPaths(names: readonly string[]): StagePath[] {
	const blockOf = (name: string) => Number(/^block(\d+)_/.exec(name)?.[1] ?? NaN);
	const flow = (block: number) => (block <= 4 ? 'entry' : block <= 12 ? 'middle' : 'exit');
	const paths: StagePath[] = [];
	let current = 1;
	names.forEach((name, i) => {
		let block = blockOf(name);
		if (Number.isNaN(block)) {
			if (name === 'avg_pool' || name === 'predictions') {
				paths.push(['head']);
				return;
			}
			if (name.startsWith('add')) block = current;
			else block = blockOf(names.slice(i).find((n) => !Number.isNaN(blockOf(n))) ?? '') || current;
		}
		current = block;
		paths.push([flow(block), `block${block}`]);
	});
	return paths;
}
