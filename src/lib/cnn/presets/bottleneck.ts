import { ModelBuilder } from './builder.ts';

/** Stages of ResNet-50: bottleneck width and number of blocks; outputs are 4× as wide. */
export const RESNET50_STAGES = [
	[64, 3],
	[128, 4],
	[256, 6],
	[512, 3],
] as const;

/**
 * Squeeze-and-excitation as timm's `SEModule` computes it: global average, a reduction to
 * channels/16 with ReLU, back to channels with a sigmoid, then a per-channel rescale. timm's 1×1
 * convolutions on a 1×1 map are written as dense layers, which have the same weights and biases.
 */
function squeezeExcite(b: ModelBuilder, name: string, channels: number, reduction: number): string {
	const x = b.last;
	b.add({ type: 'globalAvgPool2d', name: `${name}.pool` });
	b.add({ type: 'dense', name: `${name}.fc1`, units: channels / reduction, activation: 'relu' });
	const gate = b.add({
		type: 'dense',
		name: `${name}.fc2`,
		units: channels,
		activation: 'sigmoid',
	});
	return b.add({ type: 'multiply', name: `${name}.scale` }, [x, gate]);
}

/**
 * A torchvision-style bottleneck (also timm's): 1×1, 3×3 (carrying the stride, "ResNet v1.5"),
 * 1×1 to 4× the width, bias-free convolutions each followed by batch norm, a projection shortcut
 * when the shape changes, and optionally squeeze-and-excitation before the addition.
 */
function bottleneck(
	b: ModelBuilder,
	name: string,
	width: number,
	stride: number,
	project: boolean,
	seReduction?: number,
): string {
	const x = b.last;
	const out = width * 4;
	const bn = (suffix: string) =>
		b.add({ type: 'batchNorm', name: `${name}.${suffix}`, epsilon: 1e-5 });
	const relu = (suffix: string) =>
		b.add({ type: 'activation', name: `${name}.${suffix}`, fn: 'relu' });
	b.add({ type: 'conv2d', name: `${name}.conv1`, filters: width, kernel: 1, useBias: false });
	bn('bn1');
	relu('act1');
	b.add({
		type: 'conv2d',
		name: `${name}.conv2`,
		filters: width,
		kernel: 3,
		strides: stride,
		padding: 1,
		useBias: false,
	});
	bn('bn2');
	relu('act2');
	b.add({ type: 'conv2d', name: `${name}.conv3`, filters: out, kernel: 1, useBias: false });
	let residual = bn('bn3');
	if (seReduction) residual = squeezeExcite(b, `${name}.se`, out, seReduction);
	let shortcut = x;
	if (project) {
		b.add(
			{
				type: 'conv2d',
				name: `${name}.downsample.0`,
				filters: out,
				kernel: 1,
				strides: stride,
				useBias: false,
			},
			x,
		);
		shortcut = bn('downsample.1');
	}
	b.add({ type: 'add', name: `${name}.add` }, [residual, shortcut]);
	return relu('act3');
}

/**
 * ResNet-50 as torchvision and timm lay it out: a 7×7/2 stem with max pool, four stages of
 * bottlenecks (56×56×256 → 7×7×2048), global average pooling and a 1000-way dense layer.
 * `seReduction` turns it into SE-ResNet-50.
 */
export function torchResNet50(b: ModelBuilder, seReduction?: number): void {
	b.add({
		type: 'conv2d',
		name: 'conv1',
		filters: 64,
		kernel: 7,
		strides: 2,
		padding: 3,
		useBias: false,
	});
	b.add({ type: 'batchNorm', name: 'bn1', epsilon: 1e-5 });
	b.add({ type: 'activation', name: 'relu', fn: 'relu' });
	b.add({ type: 'maxPool2d', name: 'maxpool', pool: 3, strides: 2, padding: 1 });
	RESNET50_STAGES.forEach(([width, blocks], stage) => {
		for (let i = 0; i < blocks; i++) {
			const stride = i === 0 && stage > 0 ? 2 : 1;
			bottleneck(b, `layer${stage + 1}.${i}`, width, stride, i === 0, seReduction);
		}
	});
	b.add({ type: 'globalAvgPool2d', name: 'avgpool' });
	b.add({ type: 'dense', name: 'fc', units: 1000 });
}
