import { CnnError, entry, type LayerRef } from './errors.ts';
import { invalid, isInt } from './fields.ts';
import type { FeatureMap, Padding, Pair, Shape } from './types.ts';

/**
 * Output length along one axis, or 0 when the (dilated) kernel does not fit in the padded input.
 * This is the one place the formula lives; every layer and every widget goes through it.
 *
 * - explicit padding: floor((in + before + after − d·(k−1) − 1) / s) + 1, as in PyTorch;
 * - `ceilMode` rounds up instead, but, as in PyTorch, drops a last window that would start
 *   entirely inside the right-hand padding.
 */
export function axisLength(
	size: number,
	kernel: number,
	stride: number,
	before: number,
	after: number,
	dilation: number,
	ceilMode: boolean,
): number {
	const span = size + before + after - dilation * (kernel - 1) - 1;
	if (span < 0) return 0;
	if (!ceilMode) return Math.floor(span / stride) + 1;
	let out = Math.ceil(span / stride) + 1;
	if ((out - 1) * stride >= size + before) out--;
	return out;
}

/** Options for {@link convOutputSize}; defaults are those of a plain Keras/PyTorch layer. */
export interface ConvAxisOptions {
	readonly kernel: number;
	readonly stride?: number;
	/** `"valid"`, `"same"`, `p` on both sides, or `[before, after]`. Defaults to `"valid"`. */
	readonly padding?: 'valid' | 'same' | number | readonly [number, number];
	readonly dilation?: number;
	readonly ceilMode?: boolean;
}

function checkSize(value: unknown, field: string, min: number): number {
	if (isInt(value, min)) return value;
	return invalid(
		min === 1 ? 'not-positive-integer' : 'not-non-negative-integer',
		{ field },
		value,
		min === 1 ? 'int' : 'nonNegInt',
	);
}

/**
 * The output size of a convolution or pooling along one axis. It is exported so that widgets (a
 * pooling animation, a stride slider) use exactly the arithmetic of the summary instead of
 * re-deriving it, and it fails with the same typed errors:
 *
 * - `"valid"`: floor((in − d·(k−1) − 1) / s) + 1;
 * - `"same"`: ceil(in / s), whatever the kernel, as in Keras;
 * - explicit: floor((in + 2p − d·(k−1) − 1) / s) + 1, or with `ceilMode` rounded up as in PyTorch.
 *
 * @throws {CnnError} `not-positive-integer` / `not-non-negative-integer` for bad arguments and
 *   `kernel-too-large` when the kernel does not fit in the padded input.
 */
export function convOutputSize(size: number, options: ConvAxisOptions): number {
	checkSize(size, 'size', 1);
	const kernel = checkSize(options.kernel, 'kernel', 1);
	const stride = checkSize(options.stride ?? 1, 'stride', 1);
	const dilation = checkSize(options.dilation ?? 1, 'dilation', 1);
	const pad = options.padding ?? 'valid';
	if (pad === 'same') return Math.ceil(size / stride);
	let before = 0;
	let after = 0;
	if (Array.isArray(pad)) {
		before = checkSize(pad[0], 'padding', 0);
		after = checkSize(pad[1], 'padding', 0);
	} else if (pad !== 'valid') {
		before = after = checkSize(pad, 'padding', 0);
	}
	const out = axisLength(size, kernel, stride, before, after, dilation, options.ceilMode === true);
	if (out > 0) return out;
	const effective = dilation * (kernel - 1) + 1;
	throw new CnnError('kernel-too-large', {
		field: 'kernel',
		params: { what: 'kernel', kernel, effective, input: size + before + after },
	});
}

/**
 * Output size of a transposed convolution along one axis, with Keras's rules for `"valid"`
 * (in·s + max(k − s, 0)) and `"same"` (in·s) and PyTorch's for explicit padding
 * ((in − 1)·s − 2p + k). Exported for the same reason as {@link convOutputSize}.
 *
 * @throws {CnnError} `output-too-small` when explicit padding eats the whole output.
 */
export function convTransposeOutputSize(
	size: number,
	options: {
		readonly kernel: number;
		readonly stride?: number;
		readonly padding?: 'valid' | 'same' | number;
	},
): number {
	checkSize(size, 'size', 1);
	const kernel = checkSize(options.kernel, 'kernel', 1);
	const stride = checkSize(options.stride ?? 1, 'stride', 1);
	const pad = options.padding ?? 'valid';
	const p = pad === 'valid' || pad === 'same' ? 0 : checkSize(pad, 'padding', 0);
	const out = transposeLength(
		size,
		kernel,
		stride,
		pad === 'same' ? 'same' : pad === 'valid' ? -1 : p,
	);
	if (out >= 1) return out;
	throw new CnnError('output-too-small', { field: 'padding', params: { size: out } });
}

/** `padding` is -1 for "valid", "same", or an explicit amount; the result may be below 1. */
export function transposeLength(
	size: number,
	kernel: number,
	stride: number,
	padding: number | 'same',
): number {
	if (padding === 'same') return size * stride;
	if (padding < 0) return size * stride + Math.max(kernel - stride, 0);
	return (size - 1) * stride - 2 * padding + kernel;
}

/**
 * The 2-D version used by the layers: both axes, and on failure one error that shows the whole
 * kernel and padded input ("the kernel (5×5) is larger than its padded input (3×3)").
 */
export function spatialOutput(
	layer: LayerRef,
	input: FeatureMap,
	kernel: Pair,
	strides: Pair,
	padding: Padding,
	dilation: Pair,
	ceilMode: boolean,
	what: 'kernel' | 'pool',
): [number, number] {
	const [h, w] = input;
	if (padding === 'same') return [Math.ceil(h / strides[0]), Math.ceil(w / strides[1])];
	const ph = padding === 'valid' ? 0 : padding[0];
	const pw = padding === 'valid' ? 0 : padding[1];
	const oh = axisLength(h, kernel[0], strides[0], ph, ph, dilation[0], ceilMode);
	const ow = axisLength(w, kernel[1], strides[1], pw, pw, dilation[1], ceilMode);
	if (oh > 0 && ow > 0) return [oh, ow];
	throw new CnnError('kernel-too-large', {
		layer,
		field: what,
		params: {
			what,
			kernel: [kernel[0], kernel[1]],
			effective: [dilation[0] * (kernel[0] - 1) + 1, dilation[1] * (kernel[1] - 1) + 1],
			input: [h + 2 * ph, w + 2 * pw],
		},
	});
}

/** Values in a tensor of this shape (for one example). */
export function sizeOf(shape: Shape): number {
	let n = 1;
	for (const size of shape) n *= size;
	return n;
}

/** Whether `shape` is a feature map `[H, W, C]`, the only input spatial layers accept. */
export function isFeatureMap(shape: Shape): shape is FeatureMap {
	return shape.length === 3;
}

/** The length of the last axis: a feature map's channels, a vector's size. */
export function lastAxis(shape: Shape): number {
	return entry(shape, shape.length - 1);
}

/** Shapes as people write them in prose and tables: `100×150×100`. */
export function formatShape(shape: Shape): string {
	return shape.join('×');
}
