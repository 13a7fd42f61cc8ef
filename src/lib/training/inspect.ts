import type { Shape } from '../cnn/index.ts';
import type { Network } from './network.ts';

/*
 * Looking inside a trained network: what the lab draws (feature maps, filters, the confusion
 * matrix) reduced to numbers, without the DOM, so a Web Worker can prepare them and the tests can
 * check them. The drawing itself is the widget's.
 */

/** Layer types whose output the lab draws as feature maps. */
export const MAP_LAYER_TYPES: readonly string[] = ['conv2d', 'maxPool2d', 'avgPool2d'];

/** One layer's output for one image, as the lab's feature-map figure receives it. */
export interface LayerMaps {
	/** The engine's name and type of the layer, as the model's summary table shows them. */
	readonly name: string;
	readonly type: string;
	/** Its output shape without the batch axis, `[H, W, C]`. */
	readonly shape: readonly [number, number, number];
	/** `H × W × C` values, channels last (as the network computes them): a copy, safe to post. */
	readonly values: Float32Array;
}

/**
 * The feature maps of every convolution and pooling layer for example `example` of the last
 * forward pass (`network.predict(image, 1)` first). The values are copied out of the network's
 * buffers, which the next pass overwrites, so a worker can transfer them to the page.
 */
export function layerMaps(network: Network, example = 0): LayerMaps[] {
	const maps: LayerMaps[] = [];
	network.model.layers.forEach((layer, index) => {
		const shape = asFeatureMap(network.summary.layers[index]?.outputShape ?? []);
		if (!shape || !MAP_LAYER_TYPES.includes(layer.type)) return;
		const size = shape[0] * shape[1] * shape[2];
		const start = example * size;
		const values = network.layerOutput(index).slice(start, start + size);
		maps.push({ name: layer.name, type: layer.type, shape, values });
	});
	return maps;
}

/**
 * Channel `channel` of a channels-last `[H, W, C]` tensor as an `H × W` image, row-major: one
 * feature map, or (with a conv kernel `[kh, kw, in, out]` seen as `[kh, kw, in·out]`) one filter.
 */
export function channelOf(
	values: ArrayLike<number>,
	shape: readonly [number, number, number],
	channel: number,
): Float32Array {
	const [h, w, c] = shape;
	if (channel < 0 || channel >= c) throw new RangeError(`channel ${channel} of ${c}`);
	const out = new Float32Array(h * w);
	for (let i = 0; i < h * w; i++) out[i] = values[i * c + channel] ?? 0;
	return out;
}

/** The smallest and largest finite values (both 0 when there are none). */
export interface ValueRange {
	readonly min: number;
	readonly max: number;
}

/** The range of `values`, ignoring non-finite ones (a diverged run must not blank the figure). */
export function valueRange(values: Iterable<number>): ValueRange {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (!Number.isFinite(v)) continue;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return min <= max ? { min, max } : { min: 0, max: 0 };
}

/**
 * Grey levels 0 … 255 for drawing: `range.min` (by default the values' own) black, `range.max`
 * white, linearly between. A constant map, such as a ReLU map that never fired, is black if it is
 * at most 0 and white otherwise, rather than a division by zero. Passing one range for a whole
 * layer keeps its maps comparable: a weak map stays dark.
 */
export function toGreyLevels(
	values: ArrayLike<number> & Iterable<number>,
	range: ValueRange = valueRange(values),
): Uint8ClampedArray {
	const { min, max } = range;
	const span = max - min;
	const out = new Uint8ClampedArray(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i] ?? NaN;
		if (!Number.isFinite(v)) continue;
		out[i] = span > 0 ? Math.round(((v - min) / span) * 255) : max > 0 ? 255 : 0;
	}
	return out;
}

/** Grey levels as opaque RGBA bytes, what a canvas's `ImageData` takes. */
export function greyToRgba(levels: ArrayLike<number>): Uint8ClampedArray<ArrayBuffer> {
	const out = new Uint8ClampedArray(levels.length * 4);
	for (let i = 0; i < levels.length; i++) {
		const v = levels[i] ?? 0;
		out[4 * i] = v;
		out[4 * i + 1] = v;
		out[4 * i + 2] = v;
		out[4 * i + 3] = 255;
	}
	return out;
}

/** Mean and largest value of each channel of a `[H, W, C]` tensor: a feature map's strength. */
export function channelStats(
	values: ArrayLike<number>,
	shape: readonly [number, number, number],
): { mean: number; max: number }[] {
	const [h, w, c] = shape;
	const sums = new Float64Array(c);
	const maxes = new Float64Array(c).fill(-Infinity);
	for (let i = 0; i < h * w * c; i++) {
		const v = values[i] ?? 0;
		const ch = i % c;
		sums[ch] = (sums[ch] ?? 0) + v;
		if (v > (maxes[ch] ?? -Infinity)) maxes[ch] = v;
	}
	return Array.from({ length: c }, (_, ch) => ({
		mean: (sums[ch] ?? 0) / (h * w),
		max: maxes[ch] ?? 0,
	}));
}

/** The index of the largest value (the first on a tie; 0 for an empty list). */
export function argmax(values: ArrayLike<number>): number {
	let best = 0;
	for (let i = 1; i < values.length; i++)
		if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
	return best;
}

/** A confusion matrix read out per class: what the lab's table shows beside the counts. */
export interface ClassScores {
	/** Held-out images of each true class (the row sums). */
	readonly support: number[];
	/** Of each class's images, the share predicted as that class; `null` for a class with none. */
	readonly recall: (number | null)[];
	/** Of the images predicted as each class, the share that were; `null` if none was. */
	readonly precision: (number | null)[];
	/** Each cell's share of its row (0 in an empty row), row-major: what the shading shows. */
	readonly rowShares: number[];
	/** Correct predictions over all images (`null` for an empty matrix). */
	readonly accuracy: number | null;
}

/**
 * Recall, precision and row shares of a `classes × classes` confusion matrix (rows: true class,
 * columns: prediction), as `evaluate` returns it. Recall is the number the lab's table adds per
 * row: the book's Fashion MNIST CNN is weakest on shirts, and a row's recall says so at once.
 */
export function classScores(confusion: ArrayLike<number>, classes: number): ClassScores {
	if (confusion.length !== classes * classes)
		throw new RangeError(
			`a ${classes} × ${classes} matrix needs ${classes * classes} counts, got ${confusion.length}`,
		);
	const cell = (row: number, col: number) => confusion[row * classes + col] ?? 0;
	const support: number[] = [];
	const predicted = new Array<number>(classes).fill(0);
	let correct = 0;
	for (let row = 0; row < classes; row++) {
		let sum = 0;
		for (let col = 0; col < classes; col++) {
			sum += cell(row, col);
			predicted[col] = (predicted[col] ?? 0) + cell(row, col);
		}
		support.push(sum);
		correct += cell(row, row);
	}
	const total = support.reduce((a, b) => a + b, 0);
	return {
		support,
		recall: support.map((n, k) => (n > 0 ? cell(k, k) / n : null)),
		precision: predicted.map((n, k) => (n > 0 ? cell(k, k) / n : null)),
		rowShares: Array.from({ length: classes * classes }, (_, i) => {
			const n = support[Math.floor(i / classes)] ?? 0;
			return n > 0 ? (confusion[i] ?? 0) / n : 0;
		}),
		accuracy: total > 0 ? correct / total : null,
	};
}

/**
 * How strongly the lab's table shades a confusion-matrix cell, as a percentage of its accent
 * colour, from the cell's share of its row: below half of the row at most 30 %, from half on at
 * least 70 %. Keeping out of the middle band lets one text colour serve each side (the page's
 * text colour on the light shades, its background colour on the strong ones) with AA contrast in
 * both themes.
 */
export function cellShade(share: number): number {
	const s = Math.min(Math.max(Number.isFinite(share) ? share : 0, 0), 1);
	return s < 0.5 ? Math.round(s * 60) : Math.round(70 + (s - 0.5) * 60);
}

/** `Shape` narrowed to a feature map, or `undefined` for a vector (a dense layer's output). */
export function asFeatureMap(shape: Shape): readonly [number, number, number] | undefined {
	const [h, w, c, ...more] = shape;
	return h === undefined || w === undefined || c === undefined || more.length > 0
		? undefined
		: [h, w, c];
}
