import type { LayerJson, ModelJson } from '../../lib/cnn/index.ts';
import { mbconv } from '../../lib/cnn/presets/efficientnet-b0.ts';
import { ModelBuilder } from '../../lib/cnn/presets/builder.ts';
import type { NetworkId } from './network.ts';

/**
 * The signature block of each network as a small engine model, so that every shape and count the
 * block diagram shows is computed by the engine, exactly like the full presets:
 * `signatureBlock(network, model)` is the block as the network has it (its real input size and
 * widths). The builders are shared with `compare.ts`, which rebuilds the blocks for any channels.
 * The module runs at build time for the default network and loads in the browser with the engine.
 */

/**
 * LeNet-5's signature block, a convolution straight followed by pooling, twice: the first four
 * layers of the preset itself (`lenet5`, as the registry loads it), so the block can never
 * disagree with the network.
 */
export function lenetBlock(lenet5: ModelJson): ModelJson {
	return { ...lenet5, layers: lenet5.layers.slice(0, 4) };
}

/** The names the block's layers go by in the paper's terms, in the preset's order. */
const ALEXNET_BLOCK_NAMES = [
	'conv2',
	'pool2',
	'conv3',
	'conv4',
	'conv5',
	'pool5',
	'flatten',
	'dropout',
	'fc6',
];

/**
 * AlexNet's signature block, cut from the preset (torchvision's widths) like LeNet-5's: from the
 * second convolution to the first dense layer, with the paper's LRN put back after that
 * convolution (torchvision leaves it out) and the layers named as the paper names them. The
 * block starts on the 27×27×64 map the first convolution and pooling leave.
 */
export function alexnetBlock(alexnet: ModelJson): ModelJson {
	const start = alexnet.layers.findIndex((layer) => layer.name === 'features.3');
	const end = alexnet.layers.findIndex((layer) => layer.type === 'dense');
	const cut = alexnet.layers.slice(start, end + 1);
	if (start < 0 || cut.length !== ALEXNET_BLOCK_NAMES.length) {
		throw new Error('The AlexNet preset no longer has the block this figure cuts from it');
	}
	const named = cut.map((layer, i) => ({ ...layer, name: ALEXNET_BLOCK_NAMES[i] ?? layer.type }));
	const [conv2, ...rest] = named;
	if (conv2?.type !== 'conv2d') throw new Error('The AlexNet block must start with a convolution');
	return {
		convention: 'pytorch',
		input: [27, 27, 64],
		layers: [conv2, { type: 'lrn', name: 'lrn2' }, ...rest],
	};
}

/**
 * A bias-free convolution that keeps the height and width ('same' padding): the building brick of
 * the bottleneck here and of every block `compare.ts` rebuilds.
 */
export function sameConv(
	name: string,
	filters: number,
	kernel: number,
): Extract<LayerJson, { type: 'conv2d' }> {
	return { type: 'conv2d', name, filters, kernel, padding: 'same', useBias: false };
}

/** A ReLU layer, to spread into a named layer. */
export const relu = { type: 'activation', fn: 'relu' } as const;

/**
 * The block each network is known for, given the network's preset (only LeNet-5's block is cut
 * from it; the others are built to the widths their captions name):
 * LeNet-5: `lenetBlock` above;
 * AlexNet: convolutions stacked without pooling (torchvision's widths), with the paper's LRN and
 * the dropout before the first dense layer;
 * GoogLeNet: the paper's Inception module 3a, weights only, as the page counts it;
 * ResNet: a torchvision bottleneck unit with its identity skip;
 * SENet: timm's squeeze-and-excitation on 256 channels;
 * Xception: a 3×3 convolution from 128 to 128 channels next to the depthwise separable one of its
 * block 2, both bias-free;
 * EfficientNet: the second MBConv block of stage 2 (56×56×24, expansion 6, 3×3 depthwise, SE to 6
 * channels, identity skip), built by the preset's own `mbconv`, so block and network agree.
 */
export function signatureBlock(network: NetworkId, model: ModelJson): ModelJson {
	switch (network) {
		case 'lenet5':
			return lenetBlock(model);
		case 'alexnet':
			return alexnetBlock(model);
		case 'googlenet':
			return { input: [28, 28, 192], layers: inception([64, 96, 128, 16, 32, 32], 5, false) };
		case 'resnet50':
			return { convention: 'pytorch', input: [56, 56, 256], layers: bottleneck(256, 64, true) };
		case 'se-resnet50':
			return { convention: 'pytorch', input: [56, 56, 256], layers: squeezeExcite(256, 16, true) };
		case 'xception':
			return { input: [147, 147, 128], layers: separableVsRegular(128) };
		case 'efficientnet-b0':
			return mbconvBlock();
	}
}

/** Branch widths of an Inception module: 1×1, 3×3 reduce, 3×3, 5×5 reduce, 5×5, pool projection. */
export type Widths = readonly [number, number, number, number, number, number];

/**
 * An Inception module on the model input: four parallel branches (1×1; 1×1 then 3×3; 1×1 then
 * `big`×`big`; 3×3 max pool then 1×1), "same" padding, ReLU, concatenated along the depth.
 */
export function inception(
	[c1, c3r, c3, c5r, c5, proj]: Widths,
	big: number,
	useBias: boolean,
): LayerJson[] {
	const conv = (name: string, filters: number, kernel: number, from: string): LayerJson => ({
		type: 'conv2d',
		name,
		filters,
		kernel,
		padding: 'same',
		useBias,
		activation: 'relu',
		inputs: [from],
	});
	return [
		conv('branch1', c1, 1, 'input'),
		conv('branch2_reduce', c3r, 1, 'input'),
		conv('branch2', c3, 3, 'branch2_reduce'),
		conv('branch3_reduce', c5r, 1, 'input'),
		conv('branch3', c5, big, 'branch3_reduce'),
		{
			type: 'maxPool2d',
			name: 'branch4_pool',
			pool: 3,
			strides: 1,
			padding: 'same',
			inputs: ['input'],
		},
		conv('branch4', proj, 1, 'branch4_pool'),
		{ type: 'concat', name: 'concat', inputs: ['branch1', 'branch2', 'branch3', 'branch4'] },
	];
}

/**
 * A bottleneck residual unit 1×1 → 3×3 → 1×1 with its skip connection; a 1×1 projection on the
 * skip when the channels change. With `bn`, batch norm after each convolution as in torchvision.
 */
export function bottleneck(cin: number, width: number, bn: boolean, cout = cin): LayerJson[] {
	const layers: LayerJson[] = [];
	const conv = (name: string, filters: number, kernel: number, from?: string) => {
		layers.push({ ...sameConv(name, filters, kernel), ...(from ? { inputs: [from] } : {}) });
		if (bn) layers.push({ type: 'batchNorm', name: `${name}_bn` });
	};
	conv('conv1', width, 1);
	layers.push({ ...relu, name: 'relu1' });
	conv('conv2', width, 3);
	layers.push({ ...relu, name: 'relu2' });
	conv('conv3', cout, 1);
	const residual = bn ? 'conv3_bn' : 'conv3';
	let skip = 'input';
	if (cin !== cout) {
		conv('projection', cout, 1, 'input');
		skip = bn ? 'projection_bn' : 'projection';
	}
	layers.push({ type: 'add', name: 'add', inputs: [residual, skip] });
	layers.push({ ...relu, name: 'relu3' });
	return layers;
}

/** Squeeze (global average), excite (C → C/r → C), scale: the SE block on the tensor `from`. */
export function squeezeExcite(
	channels: number,
	reduction: number,
	useBias: boolean,
	from = 'input',
): LayerJson[] {
	return [
		{ type: 'globalAvgPool2d', name: 'squeeze', inputs: [from] },
		{
			type: 'dense',
			name: 'excite1',
			units: Math.max(1, Math.round(channels / reduction)),
			useBias,
			activation: 'relu',
		},
		{ type: 'dense', name: 'excite2', units: channels, useBias, activation: 'sigmoid' },
		{ type: 'multiply', name: 'scale', inputs: [from, 'excite2'] },
	];
}

/** A regular 3×3 convolution beside a depthwise separable one (depthwise, then pointwise 1×1). */
function separableVsRegular(cout: number): LayerJson[] {
	return [
		{ type: 'conv2d', name: 'regular', filters: cout, kernel: 3, padding: 'same', useBias: false },
		{
			type: 'depthwiseConv2d',
			name: 'depthwise',
			kernel: 3,
			padding: 'same',
			useBias: false,
			inputs: ['input'],
		},
		{ type: 'conv2d', name: 'pointwise', filters: cout, kernel: 1, useBias: false },
	];
}

/**
 * EfficientNet-B0's signature block: the preset's `mbconv` (torchvision's MBConv) on stage 2's
 * 56×56×24 maps: 1×1 expansion to 144 channels, 3×3 depthwise, squeeze-and-excitation, linear 1×1
 * projection back to 24 channels, and the identity skip around all of it.
 */
function mbconvBlock(): ModelJson {
	const b = new ModelBuilder();
	mbconv(b, 'mbconv', 24, 24, 6, 3, 1);
	return b.model('MBConv', 'pytorch', [56, 56, 24]);
}
