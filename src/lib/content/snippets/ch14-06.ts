import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { resnet50 } from '../../cnn/presets/resnet50.ts';
import { resnet50Keras } from '../../cnn/presets/resnet50-keras.ts';
import { efficientnetB0 } from '../../cnn/presets/efficientnet-b0.ts';
import { commentsIn, lines, type Snippets } from './python.ts';

/**
 * Question 6's code: the parameters of the signature blocks the page works out, each built as a
 * tiny model and counted by the framework: GoogLeNet's 5×5 branch without and with its 1×1
 * bottleneck, Xception's depthwise separable convolution against a regular one, and an SE block's
 * two dense layers; then ResNet-50 as each framework ships it, whose totals differ (Keras counts
 * convolution biases and batch-norm moving statistics). Convolutions have no biases, as on the
 * page. Every count is the engine's; the ResNet-50 totals are its two presets, and EfficientNet-B0's
 * trainable count is its preset's (Keras's total adds batch-norm statistics and its input
 * normalisation layer's, which the engine does not model, so the Keras line prints the trainable
 * count only).
 */

/** Inception module 3a's 5×5 branch: 192 maps in, a 1×1 bottleneck to 16, 32 maps out. */
export const INCEPTION = { size: 28, channels: 192, bottleneck: 16, filters: 32, kernel: 5 };

/** Xception's example: a 3×3 convolution from 128 to 128 channels. */
export const XCEPTION = { size: 28, channels: 128, kernel: 3 };

/** An SE block on 256 maps with reduction ratio 16. */
export const SE = { channels: 256, ratio: 16 };

/** The blocks, in the snippet's order, as models the engine counts. */
export function blockModels(): Record<
	'inception' | 'bottleneck' | 'regular' | 'separable' | 'se',
	ModelJson
> {
	const i = INCEPTION;
	const x = XCEPTION;
	return {
		inception: {
			input: [i.size, i.size, i.channels],
			layers: [{ type: 'conv2d', filters: i.filters, kernel: i.kernel, useBias: false }],
		},
		bottleneck: {
			input: [i.size, i.size, i.channels],
			layers: [
				{ type: 'conv2d', filters: i.bottleneck, kernel: 1, useBias: false },
				{ type: 'conv2d', filters: i.filters, kernel: i.kernel, useBias: false },
			],
		},
		regular: {
			input: [x.size, x.size, x.channels],
			layers: [{ type: 'conv2d', filters: x.channels, kernel: x.kernel, useBias: false }],
		},
		separable: {
			input: [x.size, x.size, x.channels],
			layers: [{ type: 'separableConv2d', filters: x.channels, kernel: x.kernel, useBias: false }],
		},
		se: {
			input: [SE.channels],
			layers: [
				{ type: 'dense', units: SE.channels / SE.ratio, activation: 'relu' },
				{ type: 'dense', units: SE.channels, activation: 'sigmoid' },
			],
		},
	};
}

const params = (json: ModelJson) => summary(parseModel(json)).totalParams;

/** The Keras and PyTorch snippets, comments in `lang`, counts from the engine. */
export function architectureInnovationsCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const n = Object.fromEntries(
		Object.entries(blockModels()).map(([key, json]) => [key, params(json)]),
	) as Record<keyof ReturnType<typeof blockModels>, number>;
	const i = INCEPTION;
	const x = XCEPTION;
	const squeezed = SE.channels / SE.ratio;
	const inceptionShape = `(${i.size}, ${i.size}, ${i.channels})`;
	const xceptionShape = `(${x.size}, ${x.size}, ${x.channels})`;
	const comment = {
		noBias: t({ en: '# no biases, as on the page', id: '# tanpa bias, seperti di halaman' }),
		inception: t({
			en: `# GoogLeNet, 5×5 branch of module 3a: without, then with the 1×1 bottleneck`,
			id: `# GoogLeNet, cabang 5×5 modul 3a: tanpa, lalu dengan bottleneck 1×1`,
		}),
		xception: t({
			en: `# Xception: regular vs depthwise separable ${x.kernel}×${x.kernel}, ${x.channels} → ${x.channels}`,
			id: `# Xception: konvolusi biasa vs depthwise separable ${x.kernel}×${x.kernel}, ${x.channels} → ${x.channels}`,
		}),
		se: t({
			en: `# SENet: the two dense layers of an SE block, ${SE.channels} maps, ratio ${SE.ratio}`,
			id: `# SENet: dua lapisan dense blok SE, ${SE.channels} peta, rasio ${SE.ratio}`,
		}),
		resnet: t({
			en: '# ResNet-50: Keras also counts conv biases and BN moving statistics',
			id: '# ResNet-50: Keras juga menghitung bias konvolusi dan statistik BN',
		}),
		efficientnet: t({
			en: '# EfficientNet-B0: trainable parameters (the same network in both frameworks)',
			id: '# EfficientNet-B0: parameter yang dilatih (jaringan yang sama di kedua framework)',
		}),
	};
	const kerasResNet = params(resnet50Keras());
	const torchResNet = params(resnet50());
	const efficientnet = efficientnetTrainable();

	const keras = lines(
		'import math',
		'',
		'import keras',
		'from keras import layers',
		'',
		'def params(shape, *block):',
		'    return keras.Sequential([keras.Input(shape), *block]).count_params()',
		'',
		`def conv(filters, kernel):  ${comment.noBias}`,
		'    return layers.Conv2D(filters, kernel, use_bias=False)',
		'',
		comment.inception,
		`print(params(${inceptionShape}, conv(${i.filters}, ${i.kernel})))  # ${n.inception}`,
		`print(params(${inceptionShape}, conv(${i.bottleneck}, 1), conv(${i.filters}, ${i.kernel})))  # ${n.bottleneck}`,
		comment.xception,
		`print(params(${xceptionShape}, conv(${x.channels}, ${x.kernel})))  # ${n.regular}`,
		`print(params(${xceptionShape}, layers.SeparableConv2D(${x.channels}, ${x.kernel}, use_bias=False)))  # ${n.separable}`,
		comment.se,
		`se = [layers.Dense(${squeezed}, activation="relu"), layers.Dense(${SE.channels}, activation="sigmoid")]`,
		`print(params((${SE.channels},), *se))  # ${n.se}`,
		comment.resnet,
		`print(keras.applications.ResNet50(weights=None).count_params())  # ${kerasResNet}`,
		comment.efficientnet,
		'b0 = keras.applications.EfficientNetB0(weights=None)',
		`print(sum(math.prod(w.shape) for w in b0.trainable_weights))  # ${efficientnet}`,
	);
	const pytorch = lines(
		'import torchvision',
		'from torch import nn',
		'',
		'def params(*block):',
		'    return sum(p.numel() for p in nn.Sequential(*block).parameters())',
		'',
		`def conv(c_in, c_out, kernel, groups=1):  ${comment.noBias}`,
		'    return nn.Conv2d(c_in, c_out, kernel, groups=groups, bias=False)',
		'',
		comment.inception,
		`print(params(conv(${i.channels}, ${i.filters}, ${i.kernel})))  # ${n.inception}`,
		`print(params(conv(${i.channels}, ${i.bottleneck}, 1), conv(${i.bottleneck}, ${i.filters}, ${i.kernel})))  # ${n.bottleneck}`,
		comment.xception,
		`print(params(conv(${x.channels}, ${x.channels}, ${x.kernel})))  # ${n.regular}`,
		`print(params(conv(${x.channels}, ${x.channels}, ${x.kernel}, groups=${x.channels}), conv(${x.channels}, ${x.channels}, 1)))  # ${n.separable}`,
		comment.se,
		`print(params(nn.Linear(${SE.channels}, ${squeezed}), nn.ReLU(), nn.Linear(${squeezed}, ${SE.channels}), nn.Sigmoid()))  # ${n.se}`,
		comment.resnet,
		`print(params(torchvision.models.resnet50()))  # ${torchResNet}`,
		comment.efficientnet,
		`print(params(torchvision.models.efficientnet_b0()))  # ${efficientnet}`,
	);
	return { keras, pytorch };
}

/**
 * EfficientNet-B0's trainable parameters, which Keras and torchvision agree on (PyTorch counts no
 * batch-norm statistics, so its total is this number): the engine's preset, counted both ways.
 */
export function efficientnetTrainable(): number {
	const torch = summary(parseModel(efficientnetB0()));
	const keras = summary(parseModel({ ...efficientnetB0(), convention: 'keras' }));
	if (torch.totalParams !== keras.trainableParams) throw new Error('EfficientNet-B0 counts differ');
	return keras.trainableParams;
}
