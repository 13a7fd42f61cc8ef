import type { LayerKind } from '../../lib/diagram/layer-kind.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/** The legend's words in one language: its name and each colour family's. */
export interface LayerLegendWords {
	/** The legend's accessible name, e.g. "Layer colours". */
	title: string;
	kinds: Record<LayerKind, string>;
}

/**
 * The names of the layer colour families, in both languages, in one place so every widget's
 * legend says the same words for the same colour. A wrapper picks one language and passes it to
 * its island inside the widget's strings, as every other word travels.
 */
export const LAYER_WORDS: Record<Lang, LayerLegendWords> = {
	id: {
		title: 'Warna lapisan',
		kinds: {
			input: 'input',
			conv: 'konvolusi',
			pool: 'pooling',
			dense: 'dense',
			norm: 'normalisasi',
			activation: 'aktivasi',
			merge: 'penggabungan',
			dropout: 'dropout',
			reshape: 'ubah bentuk',
		},
	},
	en: {
		title: 'Layer colours',
		kinds: {
			input: 'input',
			conv: 'convolution',
			pool: 'pooling',
			dense: 'dense',
			norm: 'normalization',
			activation: 'activation',
			merge: 'merge',
			dropout: 'dropout',
			reshape: 'reshape',
		},
	},
};
