import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type LayerJson, type ModelJson } from '../../cnn/index.ts';
import { commentsIn, kerasShape, lines, onlyRow, torchSize, type Snippets } from './python.ts';

/**
 * Question 4's code: 2×2 max pooling and a 3×3 convolution, both with stride 2, on the page's
 * 50×75×200 feature map (question 2's middle layer). Both print the same output shape; only the
 * convolution has parameters (the page's 360,200). PyTorch has no "same" padding with a stride,
 * so the pool rounds up with `ceil_mode=True` and the convolution pads by 1; the engine checks
 * that the shapes still match Keras's.
 */

/** The feature map both layers shrink: height, width, channels. */
export const FEATURE_MAP = [50, 75, 200] as const;

const POOL = 2;
const KERNEL = 3;
const STRIDE = 2;
const FILTERS = FEATURE_MAP[2];

/** The two layers as Keras writes them: "same" padding. */
export const KERAS_LAYERS: readonly LayerJson[] = [
	{ type: 'maxPool2d', pool: POOL, padding: 'same' },
	{ type: 'conv2d', filters: FILTERS, kernel: KERNEL, strides: STRIDE, padding: 'same' },
];

/** The two layers as PyTorch writes them: a rounding-up pool, an explicitly padded convolution. */
export const PYTORCH_LAYERS: readonly LayerJson[] = [
	{ type: 'maxPool2d', pool: POOL, ceilMode: true },
	{ type: 'conv2d', filters: FILTERS, kernel: KERNEL, strides: STRIDE, padding: 1 },
];

/** One layer alone on the feature map, as the engine models it. */
export function oneLayer(layer: LayerJson, convention: 'keras' | 'pytorch'): ModelJson {
	return { convention, input: [...FEATURE_MAP], layers: [layer] };
}

const rowOf = (layer: LayerJson, convention: 'keras' | 'pytorch') =>
	onlyRow(summary(parseModel(oneLayer(layer, convention))));

/** The Keras and PyTorch snippets, comments in `lang`, shapes and counts from the engine. */
export function maxPoolingVsStridedConvCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const [h, w, c] = FEATURE_MAP;
	const kerasRows = KERAS_LAYERS.map((layer) => rowOf(layer, 'keras'));
	const torchRows = PYTORCH_LAYERS.map((layer) => rowOf(layer, 'pytorch'));

	const keras = lines(
		'import keras',
		'from keras import layers',
		'',
		`x = keras.Input(shape=(${h}, ${w}, ${c}))  ${t({ en: "# question 2's middle layer", id: '# lapisan tengah soal 2' })}`,
		`pool = layers.MaxPooling2D(${POOL}, padding="same")`,
		`conv = layers.Conv2D(${FILTERS}, ${KERNEL}, strides=${STRIDE}, padding="same")`,
		'for layer in (pool, conv):',
		'    print(layer(x).shape, layer.count_params())',
		...kerasRows.map((row) => `# ${kerasShape(row.outputShape)} ${row.params}`),
	);
	const pytorch = lines(
		'import torch',
		'from torch import nn',
		'',
		`x = torch.zeros(1, ${c}, ${h}, ${w})  ${t({ en: '# channels first', id: '# channel di depan' })}`,
		`pool = nn.MaxPool2d(${POOL}, ceil_mode=True)  ${t({ en: `# rounds ${w} / ${STRIDE} up, as "same" does`, id: `# membulatkan ${w} / ${STRIDE} ke atas, seperti "same"` })}`,
		`conv = nn.Conv2d(${c}, ${FILTERS}, ${KERNEL}, stride=${STRIDE}, padding=1)`,
		'for layer in (pool, conv):',
		'    print(layer(x).shape, sum(p.numel() for p in layer.parameters()))',
		...torchRows.map((row) => `# ${torchSize(1, row.outputShape)} ${row.params}`),
	);
	return { keras, pytorch };
}
