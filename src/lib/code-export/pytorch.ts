import {
	lastAxis,
	type Activation,
	type LayerSummary,
	type ModelJson,
	type Shape,
} from '../cnn/index.ts';
import type { ExportedCode } from './keras.ts';
import { call, count, featureMaps, padFor, py, pyPair, summarizeAs } from './python.ts';

/**
 * Writes a sequential model as PyTorch code (`nn.Sequential`), so a student can check the
 * calculator's count with `sum(p.numel() for p in model.parameters())`. Counts follow PyTorch's
 * convention (batch normalisation: γ and β only; the running statistics are buffers), whatever
 * the model's own `convention`.
 *
 * PyTorch differs from Keras in ways the exporter translates, with every size taken from the
 * engine: tensors are channels-first, so each layer states its input channels; "same" padding
 * with a stride becomes explicit padding (or an `nn.ZeroPad2d` when it is uneven); a Keras dense
 * layer on a feature map acts on the channels, which in PyTorch is a 1×1 convolution.
 */

const ACTIVATION_MODULES: Record<Exclude<Activation, 'linear'>, string> = {
	relu: 'nn.ReLU()',
	relu6: 'nn.ReLU6()',
	elu: 'nn.ELU()',
	selu: 'nn.SELU()',
	sigmoid: 'nn.Sigmoid()',
	hardSigmoid: 'nn.Hardsigmoid()',
	tanh: 'nn.Tanh()',
	softmax: 'nn.Softmax(dim=1)',
	softplus: 'nn.Softplus()',
	softsign: 'nn.Softsign()',
	swish: 'nn.SiLU()',
	gelu: 'nn.GELU()',
};

function activation(fn: Activation): string[] {
	return fn === 'linear' ? [] : [ACTIVATION_MODULES[fn]];
}

/** A shape as PyTorch prints it for a batch of one: channels first. */
function torchShape(shape: Shape): string {
	const dims = shape.length === 3 ? [shape[2], shape[0], shape[1]] : [...shape];
	return `torch.Size([${[1, ...dims].join(', ')}])`;
}

/** Trims floating-point noise such as 1 − 0.99 = 0.010000000000000009. */
function decimal(value: number): string {
	return py(Number(value.toPrecision(12)));
}

interface Padding {
	/** An `nn.ZeroPad2d` to put first, for uneven padding. */
	readonly pre?: string;
	/** The `padding=` argument, if any. */
	readonly arg?: string;
}

/**
 * PyTorch's padding for a sliding-window layer. Explicit padding is already PyTorch's; "same"
 * becomes the amounts that give the engine's output size, symmetric when possible.
 */
function padding(
	row: LayerSummary,
	window: readonly [number, number],
	dilation: readonly [number, number] = [1, 1],
): Padding {
	const layer = row.layer as {
		padding: 'valid' | 'same' | readonly [number, number];
		strides: readonly [number, number];
	};
	const pad = layer.padding;
	if (pad === 'valid') return {};
	if (pad !== 'same') return pad[0] === 0 && pad[1] === 0 ? {} : { arg: pyPair(pad) };
	// An odd window span s gives ceil(in / stride) outputs with (s − 1) / 2 on each side, the way
	// PyTorch code is usually written; TensorFlow would put an odd extra row after instead.
	const [input, output] = featureMaps(row);
	const along = (a: 0 | 1): readonly [number, number] => {
		const span = dilation[a] * (window[a] - 1) + 1;
		if (span % 2 === 1) return [(span - 1) / 2, (span - 1) / 2];
		return padFor(input[a], output[a], span, layer.strides[a]);
	};
	const [top, bottom] = along(0);
	const [left, right] = along(1);
	if (top === bottom && left === right) {
		return top === 0 && left === 0 ? {} : { arg: pyPair([top, left]) };
	}
	return { pre: `nn.ZeroPad2d(${py([left, right, top, bottom])})` };
}

/** Arguments shared by the three convolutions. */
function convArgs(
	layer: {
		kernel: readonly [number, number];
		strides: readonly [number, number];
		dilation: readonly [number, number];
		useBias: boolean;
	},
	pad: Padding,
	groups: number,
	bias = layer.useBias,
) {
	return {
		kernel_size: pyPair(layer.kernel),
		stride: layer.strides[0] === 1 && layer.strides[1] === 1 ? undefined : pyPair(layer.strides),
		padding: pad.arg,
		dilation:
			layer.dilation[0] === 1 && layer.dilation[1] === 1 ? undefined : pyPair(layer.dilation),
		groups: groups === 1 ? undefined : py(groups),
		bias: bias ? undefined : py(false),
	};
}

/** Modules for one row, and which of them carries the row's parameter count in its comment. */
interface Modules {
	readonly modules: readonly string[];
	readonly main: number;
}

function modules(pre: readonly string[], main: string, post: readonly string[] = []): Modules {
	return { modules: [...pre, main, ...post], main: pre.length };
}

/** The PyTorch modules for one row. */
function torchModules(row: LayerSummary): Modules {
	const layer = row.layer;
	const [input] = row.inputShapes;
	const channels = lastAxis(input);
	switch (layer.type) {
		case 'conv2d': {
			const pad = padding(row, layer.kernel, layer.dilation);
			const conv = call(
				'nn.Conv2d',
				[py(channels), py(layer.filters)],
				convArgs(layer, pad, layer.groups),
			);
			return modules(pad.pre ? [pad.pre] : [], conv, activation(layer.activation));
		}
		case 'depthwiseConv2d':
		case 'separableConv2d': {
			const pad = padding(row, layer.kernel, layer.dilation);
			const mid = channels * layer.depthMultiplier;
			const separable = layer.type === 'separableConv2d';
			const depthwise = call(
				'nn.Conv2d',
				[py(channels), py(mid)],
				convArgs(layer, pad, channels, separable ? false : layer.useBias),
			);
			const pre = pad.pre ? [pad.pre] : [];
			if (!separable) return modules(pre, depthwise, activation(layer.activation));
			const pointwise = call('nn.Conv2d', [py(mid), py(layer.filters)], {
				kernel_size: '1',
				bias: layer.useBias ? undefined : py(false),
			});
			return modules([...pre, depthwise], pointwise, activation(layer.activation));
		}
		case 'maxPool2d':
		case 'avgPool2d': {
			const pad = padding(row, layer.pool);
			const same = layer.strides[0] === layer.pool[0] && layer.strides[1] === layer.pool[1];
			const fn = layer.type === 'maxPool2d' ? 'nn.MaxPool2d' : 'nn.AvgPool2d';
			const pool = call(fn, [], {
				kernel_size: pyPair(layer.pool),
				stride: same ? undefined : pyPair(layer.strides),
				padding: pad.arg,
				// "same" fixes the size whatever the rounding; only explicit padding rounds up.
				ceil_mode: layer.ceilMode && layer.padding !== 'same' ? py(true) : undefined,
				// Keras's "same" average ignores the padding; PyTorch counts it unless told not to.
				count_include_pad:
					layer.type === 'avgPool2d' && layer.padding === 'same' && pad.arg ? py(false) : undefined,
			});
			return modules(pad.pre ? [pad.pre] : [], pool);
		}
		case 'globalAvgPool2d':
			return modules([], 'nn.AdaptiveAvgPool2d(1)', ['nn.Flatten()']);
		case 'flatten':
			return modules([], 'nn.Flatten()');
		case 'dropout':
			return modules([], call('nn.Dropout', [decimal(layer.rate)]));
		case 'dense': {
			const bias = layer.useBias ? undefined : py(false);
			// On a feature map, Keras's Dense mixes the channels at each position: a 1×1 convolution.
			const module =
				input.length === 3
					? call('nn.Conv2d', [py(channels), py(layer.units)], { kernel_size: '1', bias })
					: call('nn.Linear', [py(channels), py(layer.units)], { bias });
			return modules([], module, activation(layer.activation));
		}
		case 'batchNorm': {
			const fn = input.length === 3 ? 'nn.BatchNorm2d' : 'nn.BatchNorm1d';
			const affine = layer.center || layer.scale;
			const note =
				layer.center !== layer.scale ? ['# PyTorch cannot drop only one of γ and β'] : [];
			const bn = call(fn, [py(channels)], {
				eps: decimal(layer.epsilon),
				momentum: decimal(1 - layer.momentum),
				affine: affine ? undefined : py(false),
			});
			return modules(note, bn);
		}
		default:
			return modules([], `# ${layer.type} (${layer.name}): not written by this exporter`);
	}
}

/**
 * The model as an `nn.Sequential`, each layer commented with its parameter count, ending with
 * the total PyTorch prints and the output shape of a forward pass on one blank image.
 *
 * @throws {CnnError} when the model is invalid (callers check it with the engine first).
 */
export function toPyTorch(json: ModelJson): ExportedCode {
	const s = summarizeAs(json, 'pytorch');
	const [h, w, c] = s.inputShape;
	const example = s.inputShape.length === 3 ? [1, c, h, w] : [1, ...s.inputShape];
	const lines = ['import torch', 'from torch import nn', '', 'model = nn.Sequential('];
	for (const row of s.layers) {
		const { modules: list, main } = torchModules(row);
		list.forEach((module, i) => {
			const note = i === main && row.params > 0 ? `  # ${count(row.params)}` : '';
			lines.push(module.startsWith('#') ? `    ${module}` : `    ${module},${note}`);
		});
	}
	lines.push(
		')',
		`print(sum(p.numel() for p in model.parameters()))  # ${count(s.totalParams)}`,
		`print(model(torch.zeros(${example.join(', ')})).shape)  # ${torchShape(s.layers.at(-1)?.outputShape ?? s.inputShape)}`,
		'',
	);
	return { code: lines.join('\n'), totalParams: s.totalParams };
}
