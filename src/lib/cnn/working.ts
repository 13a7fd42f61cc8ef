import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { summary } from './summary.ts';
import type { LayerSummary, Model } from './types.ts';

/** Words the working needs; everything else is numbers and operators. */
const WORDS: Record<Lang, { nonTrainable: string }> = {
	en: { nonTrainable: 'non-trainable' },
	id: { nonTrainable: 'tidak dilatih' },
};

/**
 * The arithmetic behind one layer's parameter count, with its real numbers, e.g.
 * `(3×3×3 + 1) × 100 = 2,800` (English) or `(3×3×3 + 1) × 100 = 2.800` (Indonesian). It exists so
 * every widget shows the same working as the summary computes, in the reader's number format.
 * Layers without parameters give `0`.
 *
 * Pass a summary row, or a model and a layer index (then the model is summarised first).
 */
export function working(row: LayerSummary, lang: Lang): string;
export function working(model: Model, index: number, lang: Lang): string;
export function working(source: LayerSummary | Model, second: Lang | number, third?: Lang): string {
	const row = 'layers' in source ? summary(source).layers[second as number] : source;
	const lang = (typeof second === 'number' ? third : second) ?? 'en';
	if (!row || row.params === 0) return '0';
	const n = (value: number) => formatNumber(value, lang);
	const expression = arithmetic(row, n);
	return expression === undefined ? '0' : `${expression} = ${n(row.params)}${suffix(row, n, lang)}`;
}

function suffix(row: LayerSummary, n: (value: number) => string, lang: Lang): string {
	if (row.layer.type !== 'batchNorm' || row.nonTrainableParams === 0) return '';
	return ` (${n(row.nonTrainableParams)} ${WORDS[lang].nonTrainable})`;
}

/** The left-hand side of the working, or undefined for a layer without parameters. */
function arithmetic(row: LayerSummary, n: (value: number) => string): string | undefined {
	const layer = row.layer;
	const [input] = row.inputShapes;
	const channels = input[input.length - 1] ?? 0;
	const withBias = (weights: string, useBias: boolean, times: string) =>
		useBias ? `(${weights} + 1) × ${times}` : `${weights} × ${times}`;
	switch (layer.type) {
		case 'conv2d': {
			const [kh, kw] = layer.kernel;
			const perGroup = layer.groups === 1 ? n(channels) : `(${n(channels)}/${n(layer.groups)})`;
			return withBias(`${n(kh)}×${n(kw)}×${perGroup}`, layer.useBias, n(layer.filters));
		}
		case 'conv2dTranspose': {
			const [kh, kw] = layer.kernel;
			return withBias(`${n(kh)}×${n(kw)}×${n(channels)}`, layer.useBias, n(layer.filters));
		}
		case 'depthwiseConv2d': {
			const [kh, kw] = layer.kernel;
			const m = layer.depthMultiplier;
			const times = m === 1 ? n(channels) : `${n(channels)}×${n(m)}`;
			return withBias(`${n(kh)}×${n(kw)}`, layer.useBias, times);
		}
		case 'separableConv2d': {
			const [kh, kw] = layer.kernel;
			const m = layer.depthMultiplier;
			const mid = m === 1 ? n(channels) : `${n(channels)}×${n(m)}`;
			const bias = layer.useBias ? ` + ${n(layer.filters)}` : '';
			return `${n(kh)}×${n(kw)}×${mid} + ${mid}×${n(layer.filters)}${bias}`;
		}
		case 'dense':
			return withBias(n(channels), layer.useBias, n(layer.units));
		case 'batchNorm': {
			// γ and β per channel, plus (Keras only) the moving mean and variance.
			const affine = n((layer.center ? 1 : 0) + (layer.scale ? 1 : 0));
			const c = n(channels);
			return row.nonTrainableParams > 0 ? `(${affine} + 2) × ${c}` : `${affine} × ${c}`;
		}
		default:
			return undefined;
	}
}
