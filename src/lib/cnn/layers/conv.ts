import { CnnError } from '../errors.ts';
import { bool, int, oneOf, padding, pair } from '../fields.ts';
import { spatialOutput, transposeLength } from '../shapes.ts';
import {
	ACTIVATIONS,
	type FeatureMap,
	type Conv2DLayer,
	type Conv2DTransposeLayer,
	type DepthwiseConv2DLayer,
	type SeparableConv2DLayer,
	type Shape,
} from '../types.ts';
import { defineRule, requireFeatureMap } from './rule.ts';

/*
 * Convolutions. For each, with a k_h×k_w kernel, C input channels and an H′×W′ output:
 * parameters are the kernel weights plus one bias per output channel, and MACs are one per
 * kernel weight per output position (biases and activations are not multiply–accumulates).
 */

const activation = oneOf(ACTIVATIONS, 'linear');

/** The fields of a kernel that slides over the input, with Keras's defaults. */
const slidingWindow = { kernel: pair(), strides: pair(1), padding: padding(), dilation: pair(1) };

/** The output's height and width for a convolution that slides its kernel over `input`. */
function kernelOutput(
	layer: Conv2DLayer | DepthwiseConv2DLayer | SeparableConv2DLayer,
	input: FeatureMap,
): [number, number] {
	return spatialOutput(
		layer,
		input,
		layer.kernel,
		layer.strides,
		layer.padding,
		layer.dilation,
		false,
		'kernel',
	);
}

/**
 * A convolution's figures from its output shape and its kernel weights: one bias per output
 * channel when it has them, and one multiply–accumulate per weight per output position.
 */
function convResult(layer: { useBias: boolean }, shape: [number, number, number], weights: number) {
	const [h, w, out] = shape;
	return {
		shape,
		trainable: weights + (layer.useBias ? out : 0),
		nonTrainable: 0,
		macs: h * w * weights,
	};
}

/** `filters` k_h×k_w×(C/groups) kernels: params = k_h·k_w·(C/g)·F (+ F), MACs = H′·W′·that. */
export const conv2d = defineRule<Conv2DLayer>({
	kerasName: 'conv2d',
	fields: {
		filters: int(),
		...slidingWindow,
		groups: int(1),
		useBias: bool(true),
		activation,
	},
	infer(layer, [input]) {
		requireFeatureMap(layer, input);
		const channels = input[2];
		const { filters, groups, kernel } = layer;
		if (channels % groups !== 0 || filters % groups !== 0) {
			const bad = channels % groups !== 0 ? channels : filters;
			throw new CnnError('groups-mismatch', {
				layer,
				field: 'groups',
				params: { what: bad === channels ? 'channels' : 'filters', value: bad, groups },
			});
		}
		const [h, w] = kernelOutput(layer, input);
		const weights = kernel[0] * kernel[1] * (channels / groups) * filters;
		return convResult(layer, [h, w, filters], weights);
	},
});

/** The fields of a depthwise convolution, which a separable convolution starts with. */
const depthwiseFields = {
	...slidingWindow,
	depthMultiplier: int(1),
	useBias: bool(true),
	activation,
};

/** The depthwise stage's output shape: the kernel's height and width, and C·m channels. */
function depthwiseOutput(
	layer: DepthwiseConv2DLayer | SeparableConv2DLayer,
	input: Shape,
): [number, number, number] {
	requireFeatureMap(layer, input);
	const [h, w] = kernelOutput(layer, input);
	return [h, w, input[2] * layer.depthMultiplier];
}

/** C·m kernels of k_h×k_w, one set per input channel: params = k_h·k_w·C·m (+ C·m). */
export const depthwiseConv2d = defineRule<DepthwiseConv2DLayer>({
	kerasName: 'depthwise_conv2d',
	fields: depthwiseFields,
	infer(layer, [input]) {
		const [h, w, out] = depthwiseOutput(layer, input);
		return convResult(layer, [h, w, out], layer.kernel[0] * layer.kernel[1] * out);
	},
});

/** Depthwise (k_h·k_w·C·m) then pointwise (C·m·F) weights, plus F biases, as Keras counts it. */
export const separableConv2d = defineRule<SeparableConv2DLayer>({
	kerasName: 'separable_conv2d',
	fields: { filters: int(), ...depthwiseFields },
	infer(layer, [input]) {
		const { kernel, filters } = layer;
		const [h, w, mid] = depthwiseOutput(layer, input);
		return convResult(layer, [h, w, filters], kernel[0] * kernel[1] * mid + mid * filters);
	},
});

/**
 * Every input position scatters a k_h×k_w×F patch: params = k_h·k_w·C·F (+ F) and
 * MACs = H·W·k_h·k_w·C·F over the input positions H×W.
 */
export const conv2dTranspose = defineRule<Conv2DTransposeLayer>({
	kerasName: 'conv2d_transpose',
	fields: {
		filters: int(),
		kernel: pair(),
		strides: pair(1),
		padding: padding(),
		useBias: bool(true),
		activation,
	},
	infer(layer, [input]) {
		requireFeatureMap(layer, input);
		const { kernel, strides, padding: pad, filters } = layer;
		const inH = input[0];
		const inW = input[1];
		const channels = input[2];
		const ph = pad === 'valid' ? -1 : pad === 'same' ? 'same' : pad[0];
		const pw = pad === 'valid' ? -1 : pad === 'same' ? 'same' : pad[1];
		const h = transposeLength(inH, kernel[0], strides[0], ph);
		const w = transposeLength(inW, kernel[1], strides[1], pw);
		if (h < 1 || w < 1) {
			throw new CnnError('output-too-small', {
				layer,
				field: 'padding',
				params: { size: [h, w] },
			});
		}
		const weights = kernel[0] * kernel[1] * channels * filters;
		return {
			shape: [h, w, filters],
			trainable: weights + (layer.useBias ? filters : 0),
			nonTrainable: 0,
			macs: inH * inW * weights,
		};
	},
});
