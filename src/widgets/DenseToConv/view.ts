import {
	convOutputSize,
	featureMapOf,
	lastAxis,
	layerRow,
	working,
	type FeatureMap,
	type Shape,
} from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { convert, reshapeOf, type Reshape } from './conversion.ts';
import { TRAIN_SIZE, type Head } from './settings.ts';

/**
 * What the converter shows for one head and one input size, as plain data: the numbers of the two
 * engine summaries that the island, its table and its two figures print, with each layer's
 * working already written in the page's language. `DenseToConv.astro` computes it at build time
 * for the first frame; the island imports this module (and with it the engine and VGG-16) on the
 * reader's first interaction. Being plain data, it travels as an island prop, a few hundred bytes
 * instead of two whole summaries.
 */

/** One dense layer and the convolution that replaces it, as the table and the figure show them. */
export interface ViewLayer {
	readonly name: string;
	readonly dense: {
		readonly params: number;
		readonly working: string;
		readonly outputShape: readonly [units: number];
	};
	readonly conv: {
		readonly params: number;
		readonly working: string;
		readonly outputShape: FeatureMap;
		readonly kernel: readonly [number, number];
	};
	readonly reshape: Reshape;
}

/** Everything on screen for one head and size. */
export interface ConverterView {
	readonly head: Head;
	readonly size: number;
	/** The base's output at 224 (7×7×512), flattened, and at `size`. */
	readonly featureMap: FeatureMap;
	readonly flat: Shape;
	readonly featureMapAtSize: FeatureMap;
	readonly layers: readonly ViewLayer[];
	readonly denseTotal: number;
	readonly convTotal: number;
	/** The output grid: height × width × classes. */
	readonly output: FeatureMap;
	/** Pixels between neighbouring predictions, and the stride-2 pools that make it. */
	readonly stride: number;
	readonly pools: number;
	/**
	 * Positions of a 224-pixel window slid with that stride along one axis: the engine's output
	 * size of a "valid" convolution, which is why it equals the grid.
	 */
	readonly slides: number;
	/** Multiply–accumulates of the whole convolutional network, and of the dense one on one crop. */
	readonly macs: { readonly conv: number; readonly dense: number };
}

/**
 * The view of `convert(head, size)`, or the engine's message in `lang` when that head or size is
 * impossible (an image too small for the pools or for the 7×7 kernel).
 */
export function converterView(
	head: Head,
	size: number,
	lang: Lang,
): { ok: true; view: ConverterView } | { ok: false; message: string } {
	const result = convert(head, size);
	if (!result.ok) return { ok: false, message: result.error.describe(lang) };
	const c = result.value;
	const layers = c.pairs.map((pair): ViewLayer => {
		const layer = pair.conv.layer;
		return {
			name: pair.dense.name,
			dense: {
				params: pair.dense.params,
				working: working(pair.dense, lang),
				outputShape: [lastAxis(pair.dense.outputShape)],
			},
			conv: {
				params: pair.conv.params,
				working: working(pair.conv, lang),
				outputShape: featureMapOf(pair.conv.outputShape),
				kernel: layer.type === 'conv2d' ? layer.kernel : [1, 1],
			},
			reshape: reshapeOf(pair),
		};
	});
	const base = c.conv.layers.slice(0, c.baseLayers);
	return {
		ok: true,
		view: {
			head,
			size,
			featureMap: c.featureMap,
			flat: layerRow(c.dense, c.baseLayers).outputShape,
			featureMapAtSize: c.featureMapAtSize,
			layers,
			denseTotal: layers.reduce((sum, l) => sum + l.dense.params, 0),
			convTotal: layers.reduce((sum, l) => sum + l.conv.params, 0),
			output: c.output,
			stride: c.stride,
			pools: base.filter((row) => 'strides' in row.layer && row.layer.strides[0] > 1).length,
			slides: convOutputSize(size, { kernel: TRAIN_SIZE, stride: c.stride }),
			macs: { conv: c.conv.macs, dense: c.dense.macs },
		},
	};
}
