import type { ModelJson } from '../types.ts';
import { ModelBuilder } from './builder.ts';

/**
 * EfficientNet-B0's seven stages as torchvision's `_efficientnet_conf` lists them: expansion
 * ratio, kernel, stride of the first block, output channels and number of MBConv blocks. The base
 * network Tan & Le found by architecture search; B1–B7 scale these widths and depths.
 */
export const EFFICIENTNET_B0_STAGES = [
	[1, 3, 1, 16, 1],
	[6, 3, 2, 24, 2],
	[6, 5, 2, 40, 2],
	[6, 3, 2, 80, 3],
	[6, 5, 1, 112, 3],
	[6, 5, 2, 192, 4],
	[6, 3, 1, 320, 1],
] as const;

/** Batch norm as torchvision's EfficientNet builds it (epsilon 10⁻⁵, counted as PyTorch does). */
function bn(b: ModelBuilder, name: string): string {
	return b.add({ type: 'batchNorm', name, epsilon: 1e-5 });
}

/** SiLU, which Keras and the engine call swish. */
function silu(b: ModelBuilder, name: string): string {
	return b.add({ type: 'activation', name, fn: 'swish' });
}

/**
 * One MBConv block (an inverted residual) as torchvision's `MBConv` computes it: a 1×1 expansion
 * to `expand`× the input channels (absent when the ratio is 1), a depthwise k×k convolution that
 * carries the stride, squeeze-and-excitation down to a quarter of the block's *input* channels
 * (SiLU, then a sigmoid gate), a linear 1×1 projection, and the identity shortcut when the shape
 * is unchanged. Convolutions are bias-free and batch-normalised; the SE layers have biases
 * (torchvision's 1×1 convolutions on a 1×1 map, written as dense layers, which count the same).
 */
export function mbconv(
	b: ModelBuilder,
	name: string,
	cin: number,
	cout: number,
	expand: number,
	kernel: number,
	stride: number,
): string {
	const x = b.last;
	const hidden = cin * expand;
	if (expand !== 1) {
		b.add({ type: 'conv2d', name: `${name}.expand`, filters: hidden, kernel: 1, useBias: false });
		bn(b, `${name}.expand_bn`);
		silu(b, `${name}.expand_act`);
	}
	b.add({
		type: 'depthwiseConv2d',
		name: `${name}.depthwise`,
		kernel,
		strides: stride,
		padding: (kernel - 1) / 2,
		useBias: false,
	});
	bn(b, `${name}.depthwise_bn`);
	const features = silu(b, `${name}.depthwise_act`);
	b.add({ type: 'globalAvgPool2d', name: `${name}.se.squeeze` });
	b.add({
		type: 'dense',
		name: `${name}.se.fc1`,
		units: Math.max(1, Math.floor(cin / 4)),
		activation: 'swish',
	});
	const gate = b.add({
		type: 'dense',
		name: `${name}.se.fc2`,
		units: hidden,
		activation: 'sigmoid',
	});
	b.add({ type: 'multiply', name: `${name}.se.scale` }, [features, gate]);
	b.add({ type: 'conv2d', name: `${name}.project`, filters: cout, kernel: 1, useBias: false });
	const out = bn(b, `${name}.project_bn`);
	if (stride === 1 && cin === cout) return b.add({ type: 'add', name: `${name}.add` }, [out, x]);
	return out;
}

/**
 * EfficientNet-B0 as `torchvision.models.efficientnet_b0()` builds it: a 3×3/2 stem of 32
 * channels, sixteen MBConv blocks in seven stages (224×224 → 7×7×320), a 1×1 head to 1,280
 * channels, global average pooling, dropout 0.2 and a 1000-way dense layer. 5,288,548 parameters.
 */
export function efficientnetB0(): ModelJson {
	const b = new ModelBuilder();
	b.add({
		type: 'conv2d',
		name: 'stem',
		filters: 32,
		kernel: 3,
		strides: 2,
		padding: 1,
		useBias: false,
	});
	bn(b, 'stem_bn');
	silu(b, 'stem_act');
	let cin = 32;
	EFFICIENTNET_B0_STAGES.forEach(([expand, kernel, stride, cout, blocks], stage) => {
		for (let i = 0; i < blocks; i++) {
			mbconv(b, `stage${stage + 1}.${i}`, cin, cout, expand, kernel, i === 0 ? stride : 1);
			cin = cout;
		}
	});
	b.add({ type: 'conv2d', name: 'head', filters: 1280, kernel: 1, useBias: false });
	bn(b, 'head_bn');
	silu(b, 'head_act');
	b.add({ type: 'globalAvgPool2d', name: 'avgpool' });
	b.add({ type: 'dropout', name: 'dropout', rate: 0.2 });
	b.add({ type: 'dense', name: 'classifier', units: 1000 });
	return b.model('EfficientNet-B0 (torchvision)', 'pytorch', [224, 224, 3]);
}
