import {
	attempt,
	featureMapOf,
	lastAxis,
	layerRow,
	parseModel,
	summary,
	type CnnError,
	type FeatureMap,
	type LayerJson,
	type LayerSummary,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';
import { vgg16 } from '../../lib/cnn/presets/vgg16.ts';
import { TRAIN_SIZE, type Head } from './settings.ts';

/**
 * The dense-to-convolution conversion of question 7 as engine models: VGG-16's convolutional base
 * with a dense head on a 224×224 image, and the same base with the head rewritten as convolutions
 * (the first one as large as the feature map, "valid"; the others 1×1) on an image of any size.
 * Every count, shape and grid size the converter shows is read from the two summaries.
 */

// The settings are the island's too, so they live in a module without the engine; re-exported
// here for the callers that build conversions (the self-check, the end-to-end tests).
export { LIMITS, TRAIN_SIZE, VGG_HEAD, type Head } from './settings.ts';

/** VGG-16's convolutional base: the preset's layers up to and including `block5_pool`. */
export function convBase(): LayerJson[] {
	const layers = vgg16().layers;
	return layers.slice(
		0,
		layers.findIndex((layer) => layer.name === 'flatten'),
	);
}

/** Output widths of the head's layers, first to last. */
export function headWidths(head: Head): number[] {
	return [...Array.from({ length: head.dense - 1 }, () => head.units), head.classes];
}

const layerName = (i: number, count: number) => (i === count - 1 ? 'predictions' : `fc${i + 1}`);

/** VGG-16 as trained: base, flatten, then the dense head, on a 224×224×3 image. */
export function denseModel(head: Head): ModelJson {
	const widths = headWidths(head);
	return {
		name: 'VGG-16 (dense head)',
		input: [TRAIN_SIZE, TRAIN_SIZE, 3],
		layers: [
			...convBase(),
			{ type: 'flatten', name: 'flatten' },
			...widths.map((units, i): LayerJson => ({
				type: 'dense',
				name: layerName(i, widths.length),
				units,
				activation: i === widths.length - 1 ? 'softmax' : 'relu',
			})),
		],
	};
}

/**
 * The fully convolutional version on a `size`×`size` image: the first dense layer becomes a
 * `kernel` "valid" convolution (kernel = the feature map at 224, so 7×7) with one filter per
 * unit, the others 1×1 convolutions; the softmax then runs at every position.
 */
export function convModel(head: Head, size: number, kernel: readonly [number, number]): ModelJson {
	const widths = headWidths(head);
	return {
		name: 'VGG-16 (fully convolutional)',
		input: [size, size, 3],
		layers: [
			...convBase(),
			...widths.map((filters, i): LayerJson => ({
				type: 'conv2d',
				name: `${layerName(i, widths.length)}_conv`,
				filters,
				kernel: i === 0 ? kernel : 1,
				activation: i === widths.length - 1 ? 'softmax' : 'relu',
			})),
		],
	};
}

/** One dense layer and the convolution that replaces it. */
export interface Pair {
	readonly dense: LayerSummary;
	readonly conv: LayerSummary;
}

/** Keras and PyTorch weight shapes before and after the conversion of one layer. */
export interface Reshape {
	readonly kerasFrom: readonly number[];
	readonly kerasTo: readonly number[];
	readonly torchFrom: readonly number[];
	readonly torchTo: readonly number[];
}

/**
 * How one layer's weights are reshaped, read from the engine's rows: a Keras dense kernel is
 * (inputs, units) and becomes (kh, kw, channels, filters); a PyTorch `Linear` weight is
 * (units, inputs) and becomes (filters, channels, kh, kw).
 */
export function reshapeOf(pair: Pair): Reshape {
	const { dense, conv } = pair;
	const inputs = lastAxis(dense.inputShapes[0]);
	const units = lastAxis(dense.outputShape);
	const channels = featureMapOf(conv.inputShapes[0])[2];
	const [kh, kw] = conv.layer.type === 'conv2d' ? conv.layer.kernel : [1, 1];
	return {
		kerasFrom: [inputs, units],
		kerasTo: [kh, kw, channels, units],
		torchFrom: [units, inputs],
		torchTo: [units, channels, kh, kw],
	};
}

/**
 * How far apart, in input pixels, two neighbouring positions of the output grid are: the product
 * of the strides along the base (five 2×2 pools: 32).
 */
export function totalStride(rows: readonly LayerSummary[]): number {
	return rows.reduce((product, row) => {
		const layer = row.layer;
		return 'strides' in layer ? product * layer.strides[0] : product;
	}, 1);
}

/** Everything the converter shows for one head and one input size. */
export interface Conversion {
	readonly head: Head;
	readonly size: number;
	readonly dense: Summary;
	readonly conv: Summary;
	/** The base's output at 224 (7×7×512) and at `size`. */
	readonly featureMap: FeatureMap;
	readonly featureMapAtSize: FeatureMap;
	readonly pairs: readonly Pair[];
	/** The output grid: height × width × classes. */
	readonly output: FeatureMap;
	readonly stride: number;
	/** The base's summary rows, for MACs. */
	readonly baseLayers: number;
}

/**
 * Builds and summarises both models; an engine error (an image too small for the pools or for
 * the 7×7 kernel, a head too large) comes back as the error, to be shown with `describe(lang)`.
 */
export function convert(
	head: Head,
	size: number,
): { ok: true; value: Conversion } | { ok: false; error: CnnError } {
	return attempt(() => {
		const dense = summary(parseModel(denseModel(head)));
		const base = convBase().length;
		const featureMap = featureMapOf(layerRow(dense, base - 1).outputShape);
		const kernel: [number, number] = [featureMap[0], featureMap[1]];
		const conv = summary(parseModel(convModel(head, size, kernel)));
		const pairs = headWidths(head).map((_, i) => ({
			dense: layerRow(dense, base + 1 + i),
			conv: layerRow(conv, base + i),
		}));
		return {
			head,
			size,
			dense,
			conv,
			featureMap,
			featureMapAtSize: featureMapOf(layerRow(conv, base - 1).outputShape),
			pairs,
			output: featureMapOf(layerRow(conv, -1).outputShape),
			stride: totalStride(conv.layers.slice(0, base)),
			baseLayers: base,
		};
	});
}
