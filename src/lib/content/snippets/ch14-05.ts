import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { ALEXNET_LRN, depthRadius, lrn } from '../../normalization/lrn.ts';
import {
	commentsIn,
	kerasShape,
	lines,
	numpyRow,
	onlyRow,
	pyExp,
	pyFloat,
	torchSize,
	type Snippets,
} from './python.ts';

/**
 * Question 5's code: an LRN layer with AlexNet's hyperparameters, applied to the page's worked
 * example (six maps at one pixel, map 2 strongly active) and to AlexNet's first LRN input. The
 * outputs are the page's table (5.17, 5.14, 51.15, …) from `lrn.ts`; the shape and the zero
 * parameters come from the engine. PyTorch's `LocalResponseNorm` divides α by the window size,
 * so it is given n·α to compute the same thing.
 */

/** The worked example's activations at one pixel position, maps 0 to 5. */
export const EXAMPLE = [20, 20, 200, 20, 20, 20] as const;

/** AlexNet's first LRN input: the 55×55×96 output of its first convolution (in the paper). */
export const ALEXNET_MAP = [55, 55, 96] as const;

/** Decimals the snippet rounds the outputs to, as the page's table does. */
export const DECIMALS = 2;

/** The LRN layer on AlexNet's first feature map, for the engine. */
export function lrnModel(): ModelJson {
	const { k, alpha, beta, n } = ALEXNET_LRN;
	return {
		input: [...ALEXNET_MAP],
		layers: [{ type: 'lrn', depthRadius: depthRadius(n), bias: k, alpha, beta }],
	};
}

/** The Keras and PyTorch snippets, comments in `lang`. */
export function localResponseNormalizationCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const { k, alpha, beta, n } = ALEXNET_LRN;
	const r = depthRadius(n);
	const outputs = numpyRow(lrn(EXAMPLE, ALEXNET_LRN), DECIMALS);
	const row = onlyRow(summary(parseModel(lrnModel())));
	const [h, w, c] = ALEXNET_MAP;
	const values = EXAMPLE.map((v, i) => (i === 0 ? pyFloat(v) : String(v))).join(', ');

	const keras = lines(
		'import numpy as np',
		'import keras',
		'import tensorflow as tf',
		'from keras import layers',
		'',
		t({
			en: `# AlexNet: n = ${n} maps, so depth_radius = ${r}; k = ${k}, α = ${pyExp(alpha)}, β = ${beta}`,
			id: `# AlexNet: n = ${n} peta, jadi depth_radius = ${r}; k = ${k}, α = ${pyExp(alpha)}, β = ${beta}`,
		}),
		'lrn = layers.Lambda(',
		'    lambda x: tf.nn.local_response_normalization(',
		`        x, depth_radius=${r}, bias=${pyFloat(k)}, alpha=${pyExp(alpha)}, beta=${beta}`,
		'    )',
		')',
		`a = tf.constant([${values}], shape=(1, 1, 1, ${EXAMPLE.length}))  ${t({ en: '# one pixel', id: '# satu piksel' })}`,
		`print(np.round(lrn(a).numpy().ravel(), ${DECIMALS}))  # ${outputs}`,
		'',
		`model = keras.Sequential([keras.Input(shape=(${h}, ${w}, ${c})), lrn])`,
		`print(model.output_shape, model.count_params())  # ${kerasShape(row.outputShape)} ${row.params}`,
	);
	const pytorch = lines(
		'import torch',
		'from torch import nn',
		'',
		t({
			en: `# PyTorch takes the window n and divides alpha by n: pass ${n} × ${pyExp(alpha)}`,
			id: `# PyTorch memakai jendela n dan membagi alpha dengan n: beri ${n} × ${pyExp(alpha)}`,
		}),
		`lrn = nn.LocalResponseNorm(size=${n}, alpha=${pyExp(n * alpha)}, beta=${beta}, k=${pyFloat(k)})`,
		`a = torch.tensor([${values}]).reshape(1, ${EXAMPLE.length}, 1, 1)  ${t({ en: '# one pixel', id: '# satu piksel' })}`,
		`print(lrn(a).flatten().numpy().round(${DECIMALS}))  # ${outputs}`,
		'',
		`x = torch.zeros(1, ${c}, ${h}, ${w})`,
		'print(lrn(x).shape, sum(p.numel() for p in lrn.parameters()))',
		`# ${torchSize(1, row.outputShape)} ${row.params}`,
	);
	return { keras, pytorch };
}
