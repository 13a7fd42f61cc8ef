import { defined } from '../defined.ts';
import type { FeatureMap, LayerSummary, Shape, Summary } from './types.ts';

/*
 * Checked reads of a summary, for callers that know what is there: a page's figure table, a
 * diagram, a widget. A miss is the caller's mistake (a renamed layer, a vector read as a map), not
 * the model's, so these throw a plain `Error` naming what was asked for rather than a `CnnError`
 * for the reader. This file imports nothing of the engine but its types (not even `shapes.ts`,
 * which bundles with the error messages), so a widget's first bundle can use it for free.
 */

/**
 * One row of a summary: by position (a negative index counts from the end, as `Array#at` does) or
 * by layer name. Reading rows this way rather than as `layers[i]` makes a renamed or removed layer
 * fail here, naming the row asked for, instead of reading `undefined`.
 */
export function layerRow(s: Summary, which: number | string): LayerSummary {
	const found =
		typeof which === 'number' ? s.layers.at(which) : s.layers.find((l) => l.name === which);
	return defined(found, `layer ${JSON.stringify(which)} in ${s.name}`);
}

/**
 * `shape` as `[H, W, C]`, for a caller that knows a layer outputs a feature map and wants its
 * height and width as numbers rather than `shape[0]`, typed as maybe undefined.
 */
export function featureMapOf(shape: Shape): FeatureMap {
	const [height, width, channels, ...more] = shape;
	if (height === undefined || width === undefined || channels === undefined || more.length > 0) {
		throw new Error(`expected a feature map [H, W, C], got ${JSON.stringify(shape)}`);
	}
	return [height, width, channels];
}
