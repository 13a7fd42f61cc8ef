import type { Lang } from '../../i18n/lang.ts';
import { memory, parseModel } from '../../cnn/index.ts';
import {
	activationsMB,
	BATCH,
	kerasModel,
	kerasSequential,
	pytorchModel,
	pytorchSequential,
} from './ch14-02.ts';
import { commentsIn, lines, pyFloat, type Snippets } from './python.ts';

/**
 * Question 3's code: two of the notes' remedies switched on for question 2's network. Mixed
 * precision keeps float32 weights but 16-bit activations, so the activations a batch of 50 keeps
 * halve (526 → 263 MB, measured from the tensors); gradient checkpointing wraps the first two
 * layers, so the largest feature maps are recomputed in the backward pass instead of stored.
 */

/** Mixed-precision activations of question 2's batch, in MB, from the engine's memory model. */
export function mixedActivationsMB(): number {
	return activationsMB(kerasModel(), { mixedPrecision: true });
}

/**
 * How many layer outputs the engine's checkpointing keeps for question 2's three layers: one,
 * which is what wrapping the first two layers in one checkpoint does (only the second one's
 * output is stored for the third).
 */
export function checkpointsKept(): number {
	return memory(parseModel(kerasModel()), {
		batch: BATCH,
		mode: 'training',
		checkpointing: true,
	}).checkpoints;
}

/** The Keras and PyTorch snippets, comments in `lang`, figures from the engine. */
export function outOfGpuMemoryCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const half = pyFloat(mixedActivationsMB());
	const full = pyFloat(activationsMB(kerasModel(), { dtype: 'float32' }));
	const fullTorch = pyFloat(activationsMB(pytorchModel(), { dtype: 'float32' }));
	const halfTorch = pyFloat(activationsMB(pytorchModel(), { mixedPrecision: true }));
	const [h, w, c] = parseModel(kerasModel()).input;
	const mixedComment = t({
		en: '# Mixed precision: float32 weights, 16-bit activations',
		id: '# Mixed precision: bobot float32, aktivasi 16-bit',
	});
	const checkpointComment = t({
		en: "# Checkpointing: conv1's output is recomputed in the backward pass, not stored",
		id: '# Checkpointing: output conv1 dihitung ulang saat langkah mundur, tidak disimpan',
	});

	const keras = lines(
		'import numpy as np',
		'import keras',
		'import tensorflow as tf',
		'from keras import layers',
		'',
		mixedComment,
		'keras.mixed_precision.set_global_policy("mixed_float16")',
		...kerasSequential(),
		'conv1 = model.layers[0]',
		'print(conv1.variable_dtype, conv1.compute_dtype)  # float32 float16',
		'outs = [layer.output for layer in model.layers]',
		'values = sum(np.prod(o.shape[1:]) * np.dtype(o.dtype).itemsize for o in outs)',
		`print(${BATCH} * values / 1e6)  # ${half}  (float32: ${full})`,
		'',
		checkpointComment,
		'checkpointed = tf.recompute_grad(keras.Sequential(model.layers[:2]))',
		`x = tf.zeros((${BATCH}, ${h}, ${w}, ${c}))`,
		'with tf.GradientTape() as tape:',
		'    y = model.layers[2](checkpointed(x))',
		'    loss = tf.reduce_mean(tf.cast(y, "float32"))',
		'grads = tape.gradient(loss, model.trainable_variables)',
		'',
		t({
			en: '# The policy is global: back to the default so later models are float32 again',
			id: '# Kebijakannya global: kembalikan ke bawaan agar model berikutnya float32 lagi',
		}),
		'keras.mixed_precision.set_global_policy("float32")',
	);

	const pytorch = lines(
		'import torch',
		'from torch import nn',
		'from torch.utils.checkpoint import checkpoint',
		'',
		...pytorchSequential(),
		`x = torch.zeros(${BATCH}, ${c}, ${h}, ${w})`,
		'',
		mixedComment,
		`with torch.autocast("cpu", dtype=torch.bfloat16):  ${t({ en: '# GPU: "cuda", float16, GradScaler', id: '# GPU: "cuda", float16, GradScaler' })}`,
		'    h, acts = x, 0',
		'    for layer in model:',
		'        h = layer(h)',
		'        acts += h.numel() * h.element_size()',
		'print(model[0].weight.dtype, h.dtype)  # torch.float32 torch.bfloat16',
		`print(acts / 1e6)  # ${halfTorch}  (float32: ${fullTorch})`,
		'',
		checkpointComment,
		'with torch.autocast("cpu", dtype=torch.bfloat16):',
		'    y = model[2](checkpoint(model[:2], x, use_reentrant=False))',
		'y.float().mean().backward()',
	);
	return { keras, pytorch };
}
