import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { Layer, LayerSummary, Shape } from '../../lib/cnn/index.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { ExplorerStrings, OpWords } from './strings.ts';

/**
 * The short texts inside the diagram boxes, built from the engine's checked layers so that a
 * label can never disagree with the count beside it: "3×3 conv, 128 /2", "BN · ReLU",
 * "28×28×128", "147,456 params", in the reader's number format.
 */

/** A shape as `H×W×C` with each size in the page's number format (`14×14×1,024`). */
export function shapeText(shape: Shape, lang: Lang): string {
	return shape.map((n) => formatNumber(n, lang)).join('×');
}

/** A parameter count with its unit, as the boxes show it. */
export function paramsText(params: number, lang: Lang, t: ExplorerStrings): string {
	return `${formatNumber(params, lang)} ${t.paramsUnit}`;
}

const pair = ([h, w]: readonly [number, number]) => `${h}×${w}`;
const stride = ([h, w]: readonly [number, number]) =>
	h === 1 && w === 1 ? '' : ` /${h === w ? h : `${h}×${w}`}`;

/** Names of activation functions as papers write them. */
const ACTIVATION_NAMES: Readonly<Record<string, string>> = {
	relu: 'ReLU',
	relu6: 'ReLU6',
	elu: 'ELU',
	selu: 'SELU',
	gelu: 'GELU',
	swish: 'SiLU',
};

function activationName(fn: string): string {
	return ACTIVATION_NAMES[fn] ?? fn;
}

/** What one layer does, in a few words: kernel, filters or units, stride. */
export function opLabel(layer: Layer, lang: Lang, op: OpWords): string {
	const n = (v: number) => formatNumber(v, lang);
	const s = 'strides' in layer ? stride(layer.strides) : '';
	switch (layer.type) {
		case 'conv2d':
			return fill(op.conv, { k: pair(layer.kernel), f: n(layer.filters) }) + s;
		case 'depthwiseConv2d':
			return `${pair(layer.kernel)} depthwise${s}`;
		case 'separableConv2d':
			return fill(op.separable, { k: pair(layer.kernel), f: n(layer.filters) }) + s;
		case 'maxPool2d':
		case 'avgPool2d':
			return fill(op.pool, { k: pair(layer.pool), kind: layer.type.slice(0, 3) }) + s;
		case 'globalAvgPool2d':
		case 'globalMaxPool2d':
			return `global ${layer.type.slice(6, 9).toLowerCase()} pool`;
		case 'dense':
			return `dense, ${n(layer.units)}`;
		case 'dropout':
			return `dropout ${formatNumber(layer.rate, lang)}`;
		case 'activation':
			return activationName(layer.fn);
		case 'batchNorm':
			return 'BN';
		case 'lrn':
			return 'LRN';
		case 'add':
			return op.add;
		case 'multiply':
			return op.scale;
		default:
			// flatten, concat, reshape…: the engine's own type name reads well in both languages.
			return layer.type === 'zeroPadding2d' ? 'zero pad' : layer.type.replace(/2d$/, '');
	}
}

/**
 * The tags of a box: the main layer's own activation, then the layers folded into it (`BN`,
 * `ReLU`, `LRN`), joined by a middle dot. Tags are the same technical terms in both languages.
 */
export function tagsText(rows: readonly LayerSummary[], op: OpWords): string {
	const tags: string[] = [];
	rows.forEach((row, i) => {
		const layer = row.layer;
		if (i > 0) tags.push(opLabel(layer, 'en', op));
		if ('activation' in layer && layer.activation !== 'linear')
			tags.push(activationName(layer.activation));
	});
	return tags.join(' · ');
}
