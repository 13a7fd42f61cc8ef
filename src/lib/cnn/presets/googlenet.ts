import type { IntOrPair, ModelJson } from '../types.ts';
import { ModelBuilder } from './builder.ts';

/** torchvision's `BasicConv2d`: a bias-free convolution, batch norm (ε = 0.001) and ReLU. */
function basicConv(
	b: ModelBuilder,
	name: string,
	filters: number,
	kernel: number,
	options: { strides?: IntOrPair; padding?: IntOrPair } = {},
	from?: string,
): string {
	b.add(
		{ type: 'conv2d', name: `${name}.conv`, filters, kernel, ...options, useBias: false },
		from,
	);
	b.add({ type: 'batchNorm', name: `${name}.bn`, epsilon: 0.001 });
	return b.add({ type: 'activation', name: `${name}.relu`, fn: 'relu' });
}

/** Widths of an Inception module: 1×1, 3×3 reduce, 3×3, "5×5" reduce, "5×5", pool projection. */
type Inception = readonly [number, number, number, number, number, number];

/**
 * An Inception module as torchvision writes it. Its third branch uses a 3×3 convolution where the
 * paper has 5×5: a known bug torchvision keeps so that its pretrained weights still load.
 */
function inception(
	b: ModelBuilder,
	name: string,
	[c1, c3r, c3, c5r, c5, poolProj]: Inception,
): string {
	const x = b.last;
	const branch1 = basicConv(b, `${name}.branch1`, c1, 1, {}, x);
	basicConv(b, `${name}.branch2.0`, c3r, 1, {}, x);
	const branch2 = basicConv(b, `${name}.branch2.1`, c3, 3, { padding: 1 });
	basicConv(b, `${name}.branch3.0`, c5r, 1, {}, x);
	const branch3 = basicConv(b, `${name}.branch3.1`, c5, 3, { padding: 1 });
	b.add(
		{
			type: 'maxPool2d',
			name: `${name}.branch4.0`,
			pool: 3,
			strides: 1,
			padding: 1,
			ceilMode: true,
		},
		x,
	);
	const branch4 = basicConv(b, `${name}.branch4.1`, poolProj, 1);
	return b.add({ type: 'concat', name: `${name}.concat` }, [branch1, branch2, branch3, branch4]);
}

function maxPool(b: ModelBuilder, name: string, pool: number): string {
	return b.add({ type: 'maxPool2d', name, pool, strides: 2, ceilMode: true });
}

/**
 * GoogLeNet (Inception v1) as `torchvision.models.googlenet(aux_logits=False)` builds it: batch
 * norm after every convolution, max pools with `ceil_mode=True`, and the 3×3 "5×5" branch.
 * 6,624,904 parameters.
 */
export function googlenet(): ModelJson {
	const b = new ModelBuilder();
	basicConv(b, 'conv1', 64, 7, { strides: 2, padding: 3 });
	maxPool(b, 'maxpool1', 3);
	basicConv(b, 'conv2', 64, 1);
	basicConv(b, 'conv3', 192, 3, { padding: 1 });
	maxPool(b, 'maxpool2', 3);
	inception(b, 'inception3a', [64, 96, 128, 16, 32, 32]);
	inception(b, 'inception3b', [128, 128, 192, 32, 96, 64]);
	maxPool(b, 'maxpool3', 3);
	inception(b, 'inception4a', [192, 96, 208, 16, 48, 64]);
	inception(b, 'inception4b', [160, 112, 224, 24, 64, 64]);
	inception(b, 'inception4c', [128, 128, 256, 24, 64, 64]);
	inception(b, 'inception4d', [112, 144, 288, 32, 64, 64]);
	inception(b, 'inception4e', [256, 160, 320, 32, 128, 128]);
	maxPool(b, 'maxpool4', 2);
	inception(b, 'inception5a', [256, 160, 320, 32, 128, 128]);
	inception(b, 'inception5b', [384, 192, 384, 48, 128, 128]);
	b.add({ type: 'globalAvgPool2d', name: 'avgpool' });
	b.add({ type: 'dropout', name: 'dropout', rate: 0.2 });
	b.add({ type: 'dense', name: 'fc', units: 1000 });
	return b.model('GoogLeNet (torchvision)', 'pytorch', [224, 224, 3]);
}
