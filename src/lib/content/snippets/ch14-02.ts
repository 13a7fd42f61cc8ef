import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../i18n/format.ts';
import {
	memory,
	parseModel,
	summary,
	toMB,
	type Layer,
	type MemoryOptions,
	type ModelJson,
	type Summary,
} from '../../cnn/index.ts';
import { exercise2 } from '../../cnn/presets/exercise2.ts';
import { kerasSummaryLines } from './keras-summary.ts';
import { commentsIn, lines, pyFloat, torchTuple, type Snippets } from './python.ts';

/**
 * Question 2's code: the exercise's three convolutions built in Keras and in PyTorch, the
 * parameter count each framework prints, and the activations a batch of 50 keeps for training,
 * measured from the tensors themselves: the figure the page's correction is about. The model is
 * the calculator's `exercise2` preset; PyTorch gets explicit padding, since it refuses "same" with
 * a stride of 2, and the engine checks that both give the same feature maps.
 */

/** The page's training batch. */
export const BATCH = 50;

/** The exercise's network, as the calculator on the page loads it. */
export function kerasModel(): ModelJson {
	return exercise2();
}

/** The same network with PyTorch's explicit padding: (k − 1) / 2 on each side of an odd kernel. */
export function pytorchModel(): ModelJson {
	const json = exercise2();
	return {
		...json,
		convention: 'pytorch',
		layers: json.layers.map((layer) => {
			if (layer.type !== 'conv2d' || typeof layer.kernel !== 'number') {
				throw new Error('exercise 2 is made of square convolutions');
			}
			return { ...layer, padding: (layer.kernel - 1) / 2 };
		}),
	};
}

type Conv2D = Extract<Layer, { type: 'conv2d' }>;

/** The convolutions of a summary, with their parsed fields. */
function convs(s: Summary) {
	return s.layers.map((row) => ({ row, layer: row.layer as Conv2D }));
}

/**
 * Activations kept for the backward pass of a batch of {@link BATCH}, in MB, as the engine's
 * memory model counts them (float32 unless the options say otherwise).
 */
export function activationsMB(json: ModelJson, options: MemoryOptions = {}): number {
	const report = memory(parseModel(json), { batch: BATCH, mode: 'training', ...options });
	return toMB(report.activations);
}

/**
 * The `keras.Sequential` of the exercise, indented one level: questions 2 and 3 share it, so the
 * two pages build the very same network.
 */
export function kerasSequential(): string[] {
	const s = summary(parseModel(kerasModel()));
	return [
		'model = keras.Sequential(',
		'    [',
		`        keras.Input(shape=(${s.inputShape.join(', ')})),`,
		...convs(s).map(({ layer }) => {
			if (layer.padding !== 'same') throw new Error('exercise 2 uses "same" padding');
			return `        layers.Conv2D(${layer.filters}, ${layer.kernel[0]}, strides=${layer.strides[0]}, padding="same"),`;
		}),
		'    ]',
		')',
	];
}

/** The same network as an `nn.Sequential`, with the engine's PyTorch padding. */
export function pytorchSequential(): string[] {
	const s = summary(parseModel(pytorchModel()));
	return [
		'model = nn.Sequential(',
		...convs(s).map(({ row, layer }) => {
			const inC = row.inputShapes[0][2];
			const pad = layer.padding as readonly [number, number];
			return `    nn.Conv2d(${inC}, ${layer.filters}, ${layer.kernel[0]}, stride=${layer.strides[0]}, padding=${pad[0]}),`;
		}),
		')',
	];
}

/** The Keras and PyTorch snippets, comments in `lang`, every stated output from the engine. */
export function parametersAndMemoryCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const keras = summary(parseModel(kerasModel()));
	const torch = summary(parseModel(pytorchModel()));
	const [h, w, c] = keras.inputShape;

	const bytes = memory(parseModel(kerasModel()), { dtype: 'float32' }).weights;
	const printed = kerasSummaryLines(keras, () => 'Conv2D').map((line) => `# ${line}`);

	const kerasCode = lines(
		'import math',
		'import keras',
		'from keras import layers',
		'',
		...kerasSequential(),
		'model.summary()',
		t({
			en: '# As printed in an 80-column terminal (a wider one widens the table):',
			id: '# Cetakannya di terminal 80 kolom (terminal yang lebih lebar melebarkan tabelnya):',
		}),
		...printed,
		t({
			en: `# Keras's "MB" here is MiB: ${formatNumber(bytes, 'en')} bytes of float32 weights`,
			id: `# "MB" Keras di sini adalah MiB: ${formatNumber(bytes, 'id')} bita bobot float32`,
		}),
		'',
		t({
			en: `# Activations kept for training on a batch of ${BATCH}, float32, in MB`,
			id: `# Aktivasi yang disimpan untuk pelatihan dengan batch ${BATCH}, float32, dalam MB`,
		}),
		'values = sum(math.prod(layer.output.shape[1:]) for layer in model.layers)',
		`print(${BATCH} * values * 4 / 1e6)  # ${pyFloat(activationsMB(kerasModel(), { dtype: 'float32' }))}`,
	);

	const pytorchCode = lines(
		'import torch',
		'from torch import nn',
		'',
		t({
			en: '# PyTorch refuses padding="same" with a stride of 2: padding=1 gives the same sizes',
			id: '# PyTorch menolak padding="same" dengan stride 2: padding=1 memberi ukuran yang sama',
		}),
		...pytorchSequential(),
		`print(sum(p.numel() for p in model.parameters()))  # ${torch.totalParams}`,
		'',
		`x, acts = torch.zeros(${BATCH}, ${c}, ${h}, ${w}), 0  ${t({ en: `# a batch of ${BATCH} images`, id: `# batch ${BATCH} gambar` })}`,
		'for layer in model:',
		'    x = layer(x)',
		'    acts += x.numel() * x.element_size()',
		'    print(tuple(x.shape))',
		`print(acts / 1e6)  ${t({ en: '# activations in MB', id: '# aktivasi dalam MB' })}`,
		...torch.layers.map((row) => `# ${torchTuple(BATCH, row.outputShape)}`),
		`# ${pyFloat(activationsMB(pytorchModel(), { dtype: 'float32' }))}`,
	);
	return { keras: kerasCode, pytorch: pytorchCode };
}
