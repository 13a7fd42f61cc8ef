import type { Lang } from '../../i18n/lang.ts';
import {
	isFeatureMap,
	parseModel,
	summary,
	type FeatureMap,
	type Layer,
	type LayerJson,
	type ModelJson,
	type Summary,
} from '../../cnn/index.ts';
import { vgg16 } from '../../cnn/presets/vgg16.ts';
import { commentsIn, lines, tfShape, torchSize, type Snippets } from './python.ts';

/**
 * Question 7's code: VGG-16's dense head and its fully convolutional version, both counted by the
 * framework (the page's 123,642,856 each), the trained weights copied across by a reshape, and
 * the converted head run on the 14×14 map of a 448×448 image, which gives the page's 8×8 grid of
 * predictions. The head and every size come from the engine's VGG-16 preset.
 */

/** The image the page feeds the converted network. */
export const LARGE_IMAGE = 448;

type Dense = Extract<Layer, { type: 'dense' }>;

/** The feature map VGG-16's `flatten` reads, and the length of the vector it makes of it. */
function flattened(s: Summary): { map: FeatureMap; flat: number } {
	const flatten = s.layers.find((row) => row.type === 'flatten');
	const map = flatten?.inputShapes[0];
	if (flatten === undefined || map === undefined || !isFeatureMap(map)) {
		throw new Error('VGG-16 should flatten a feature map');
	}
	return { map, flat: flatten.outputSize };
}

/** VGG-16's base output (7×7×512 for 224×224) and its dense layers, read from the preset. */
export function vggHead(): { map: FeatureMap; flat: number; dense: readonly Dense[] } {
	const s = summary(parseModel(vgg16()));
	const dense = s.layers.filter((row) => row.type === 'dense').map((row) => row.layer as Dense);
	return { ...flattened(s), dense };
}

/** The dense head on VGG-16's base output. */
export function denseHeadModel(): ModelJson {
	const { map, dense } = vggHead();
	return {
		input: [...map],
		layers: [
			{ type: 'flatten' },
			...dense.map((d): LayerJson => ({ type: 'dense', units: d.units, activation: d.activation })),
		],
	};
}

/**
 * The converted head on an H×W×512 map: a kernel as large as the trained base output for the
 * first layer, then 1×1 convolutions, one filter per unit.
 */
export function convHeadModel(size: number): ModelJson {
	const { map, dense } = vggHead();
	return {
		input: [size, size, map[2]],
		layers: dense.map((d, i): LayerJson => ({
			type: 'conv2d',
			filters: d.units,
			kernel: i === 0 ? [map[0], map[1]] : 1,
			activation: d.activation,
		})),
	};
}

/** VGG-16's base output for the large image (14×14×512 for 448×448), from the engine. */
export function largeMap(): FeatureMap {
	const json = vgg16();
	return flattened(summary(parseModel({ ...json, input: [LARGE_IMAGE, LARGE_IMAGE, 3] }))).map;
}

/** The Keras and PyTorch snippets, comments in `lang`, figures from the engine. */
export function fullyConvolutionalCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const { map, flat, dense } = vggHead();
	const [h, w, c] = map;
	const denseParams = summary(parseModel(denseHeadModel())).totalParams;
	const large = largeMap();
	const converted = summary(parseModel(convHeadModel(large[0])));
	const out = converted.layers.at(-1)?.outputShape;
	if (out === undefined || !isFeatureMap(out)) throw new Error('the converted head should end in a map');
	const units = dense.map((d) => d.units);
	const kerasActivation = (d: Dense) => `activation="${d.activation}"`;
	const reshape = t({ en: '# Same weights, reshaped', id: '# Bobot yang sama, diubah bentuknya' });
	const grid = t({
		en: `# A ${LARGE_IMAGE}×${LARGE_IMAGE} image: a ${large[0]}×${large[1]}×${large[2]} map, so ${out[0]}×${out[1]} predictions`,
		id: `# Gambar ${LARGE_IMAGE}×${LARGE_IMAGE}: peta ${large[0]}×${large[1]}×${large[2]}, jadi ${out[0]}×${out[1]} prediksi`,
	});

	const keras = lines(
		'import numpy as np',
		'import keras',
		'from keras import layers',
		'',
		'dense_head = keras.Sequential(',
		'    [',
		`        keras.Input(shape=(${h}, ${w}, ${c})),`,
		'        layers.Flatten(),',
		...dense.map((d) => `        layers.Dense(${d.units}, ${kerasActivation(d)}),`),
		'    ]',
		')',
		'conv_head = keras.Sequential(',
		'    [',
		`        keras.Input(shape=(None, None, ${c})),  ${t({ en: '# any size', id: '# ukuran apa pun' })}`,
		...dense.map(
			(d, i) => `        layers.Conv2D(${d.units}, ${i === 0 ? h : 1}, ${kerasActivation(d)}),`,
		),
		'    ]',
		')',
		`print(dense_head.count_params(), conv_head.count_params())  # ${denseParams} ${converted.totalParams}`,
		'',
		`${reshape}: (${flat}, ${units[0]}) → (${h}, ${w}, ${c}, ${units[0]}), …`,
		'for dense, conv in zip(dense_head.layers[1:], conv_head.layers):',
		'    kernel, bias = dense.get_weights()',
		'    conv.set_weights([kernel.reshape(conv.kernel.shape), bias])',
		'',
		grid,
		`print(conv_head(np.zeros((1, ${large.join(', ')}))).shape)  # ${tfShape(1, out)}`,
	);

	const pytorch = lines(
		'import torch',
		'from torch import nn',
		'',
		'dense_head = nn.Sequential(',
		'    nn.Flatten(),',
		...dense.map((d, i) => {
			const inputs = i === 0 ? `${c} * ${h} * ${w}` : String(units[i - 1]);
			const relu = d.activation === 'relu' ? ' nn.ReLU(),' : '';
			return `    nn.Linear(${inputs}, ${d.units}),${relu}`;
		}),
		')',
		'conv_head = nn.Sequential(',
		...dense.map((d, i) => {
			const inputs = i === 0 ? c : units[i - 1];
			const relu = d.activation === 'relu' ? ' nn.ReLU(),' : '';
			return `    nn.Conv2d(${inputs}, ${d.units}, ${i === 0 ? h : 1}),${relu}`;
		}),
		')',
		'',
		'def params(module):',
		'    return sum(p.numel() for p in module.parameters())',
		'',
		`print(params(dense_head), params(conv_head))  # ${denseParams} ${converted.totalParams}`,
		'',
		`${reshape}: (${units[0]}, ${flat}) → (${units[0]}, ${c}, ${h}, ${w}), …`,
		'with torch.no_grad():',
		'    for dense, conv in zip(dense_head[1::2], conv_head[::2]):',
		'        conv.weight.copy_(dense.weight.view_as(conv.weight))',
		'        conv.bias.copy_(dense.bias)',
		'',
		grid,
		`print(conv_head(torch.zeros(1, ${large[2]}, ${large[0]}, ${large[1]})).shape)  # ${torchSize(1, out)}`,
	);
	return { keras, pytorch };
}
