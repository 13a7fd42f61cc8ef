import type { Lang } from '../../i18n/lang.ts';
import { commentsIn, lines, pyExp, pyFloat, type Snippets } from './python.ts';

/**
 * Exercise 11's code: neural style transfer as TensorFlow's tutorial does it (Gatys et al.): a
 * pretrained VGG19 frozen as a feature extractor, the content as one deep layer's feature maps,
 * the style as Gram matrices of five layers, and the *image* optimised by gradient descent. The
 * Gram matrix is the one number-producing step a reader can check by hand, so each snippet prints
 * it for two tiny 2×2 maps, and this module computes what it prints ({@link gram}); PyTorch's
 * first lines run offline, so the project's snippet runner checks them.
 */

/** The tutorial's layers: five for the style, one for the content (Keras's VGG19 names). */
export const STYLE_LAYERS = [
	'block1_conv1',
	'block2_conv1',
	'block3_conv1',
	'block4_conv1',
	'block5_conv1',
] as const;
export const CONTENT_LAYER = 'block5_conv2';

/**
 * The same layers in torchvision's `vgg19().features`, as the index of the ReLU after each
 * convolution (Keras's layer outputs include their ReLU): conv1_1 is 0, its ReLU 1, and so on.
 */
export const TORCH_STYLE = [1, 6, 11, 20, 29] as const;
export const TORCH_CONTENT = 31;

/** VGG19's widths at those five layers (the same as VGG-16's blocks). */
export const STYLE_CHANNELS = [64, 128, 256, 512, 512] as const;

/** The tutorial's weights of the two losses and its Adam settings. */
export const WEIGHTS = { style: 1e-2, content: 1e4 };
export const ADAM = { learningRate: 0.02, beta1: 0.99, epsilon: 0.1 };

/**
 * The Gram matrix of C maps of H×W values, divided by H·W as the tutorial does: entry (i, j) is
 * the average over positions of map i times map j, how strongly two features fire together.
 */
export function gram(maps: readonly (readonly number[])[]): number[][] {
	const n = maps[0]?.length ?? 0;
	return maps.map((a) => maps.map((b) => a.reduce((sum, v, k) => sum + v * (b[k] ?? 0), 0) / n));
}

/** 0…7 read as two 2×2 maps, channels first (PyTorch) or channels last (TensorFlow). */
export function tinyMaps(layout: 'first' | 'last'): number[][] {
	const values = [0, 1, 2, 3, 4, 5, 6, 7];
	return layout === 'first'
		? [values.slice(0, 4), values.slice(4)]
		: [values.filter((v) => v % 2 === 0), values.filter((v) => v % 2 === 1)];
}

/** A nested list of floats as Python's `tolist()` prints it. */
function pyList(rows: readonly (readonly number[])[]): string {
	return `[${rows.map((r) => `[${r.map(pyFloat).join(', ')}]`).join(', ')}]`;
}

/** The Keras and PyTorch snippets, comments in `lang`. */
export function styleTransferCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const tfGram = pyList(gram(tinyMaps('last')));
	const torchGram = pyList(gram(tinyMaps('first')));
	const names = STYLE_LAYERS.map((n) => `"${n}"`);

	const keras = lines(
		'import keras',
		'import tensorflow as tf',
		'',
		`STYLE = [${names.slice(0, 3).join(', ')},`,
		`         ${names.slice(3).join(', ')}]`,
		`CONTENT = "${CONTENT_LAYER}"`,
		'',
		`def gram(f):  ${t({ en: '# (1, H, W, C) maps → (1, C, C), averaged over positions', id: '# peta (1, H, W, C) → (1, C, C), dirata-rata atas posisi' })}`,
		'    return tf.linalg.einsum("bijc,bijd->bcd", f, f) / (f.shape[1] * f.shape[2])',
		'',
		'maps = tf.reshape(tf.range(8.0), (1, 2, 2, 2))',
		`print(gram(maps).numpy().tolist()[0])  # ${tfGram}`,
		'',
		`vgg = keras.applications.VGG19(include_top=False, weights="imagenet")`,
		'vgg.trainable = False',
		'outputs = [vgg.get_layer(name).output for name in STYLE + [CONTENT]]',
		'extractor = keras.Model(vgg.input, outputs)',
		'',
		`def features(image):  ${t({ en: '# image in [0, 1] → style Grams, content maps', id: '# gambar di [0, 1] → Gram gaya, peta konten' })}`,
		'    out = extractor(keras.applications.vgg19.preprocess_input(image * 255))',
		'    return [gram(f) for f in out[:-1]], out[-1]',
		'',
		'def load(path):',
		'    image = tf.image.decode_image(tf.io.read_file(path), 3, dtype=tf.float32)',
		'    return tf.image.resize(image, [512, 512], preserve_aspect_ratio=True)[None]',
		'',
		'content, style = load("content.jpg"), load("style.jpg")',
		'style_grams, content_maps = features(style)[0], features(content)[1]',
		`image = tf.Variable(content)  ${t({ en: '# the image is trained, not the weights', id: '# yang dilatih gambarnya, bukan bobotnya' })}`,
		`opt = keras.optimizers.Adam(${pyFloat(ADAM.learningRate)}, beta_1=${pyFloat(ADAM.beta1)}, epsilon=${pyFloat(ADAM.epsilon)})`,
		'for step in range(1000):',
		'    with tf.GradientTape() as tape:',
		'        grams, maps = features(image)',
		'        pairs = zip(grams, style_grams)',
		'        style_loss = tf.add_n([tf.reduce_mean((g - s) ** 2) for g, s in pairs])',
		'        content_loss = tf.reduce_mean((maps - content_maps) ** 2)',
		`        loss = ${pyExp(WEIGHTS.style)} * style_loss / len(STYLE) + ${pyExp(WEIGHTS.content)} * content_loss`,
		'    opt.apply_gradients([(tape.gradient(loss, image), image)])',
		'    image.assign(tf.clip_by_value(image, 0.0, 1.0))',
		'keras.utils.save_img("stylised.png", image[0].numpy())',
	);

	const pytorch = lines(
		'from pathlib import Path',
		'',
		'import torch',
		'from torch import nn',
		'from torchvision.io import read_image',
		'from torchvision.models import VGG19_Weights, vgg19',
		'from torchvision.transforms.functional import normalize, resize',
		'from torchvision.utils import save_image',
		'',
		`STYLE = [${TORCH_STYLE.join(', ')}]  ${t({ en: "# the ReLUs of conv1_1 … conv5_1 in vgg19().features", id: '# ReLU conv1_1 … conv5_1 di vgg19().features' })}`,
		`CONTENT = ${TORCH_CONTENT}  ${t({ en: '# the ReLU of conv5_2', id: '# ReLU conv5_2' })}`,
		'',
		`def gram(f):  ${t({ en: '# (1, C, H, W) maps → (C, C), averaged over positions', id: '# peta (1, C, H, W) → (C, C), dirata-rata atas posisi' })}`,
		'    c, h, w = f.shape[1:]',
		'    f = f.reshape(c, h * w)',
		'    return f @ f.T / (h * w)',
		'',
		`print(gram(torch.arange(8.0).reshape(1, 2, 2, 2)).tolist())  # ${torchGram}`,
		'vgg = vgg19(weights=None).features  # ' + t({ en: 'no download: the same layers', id: 'tanpa unduhan: lapisannya sama' }),
		`print([vgg[i - 1].out_channels for i in STYLE])  # [${STYLE_CHANNELS.join(', ')}]`,
		'',
		'def features(vgg, image):  # ' + t({ en: 'image in [0, 1] → style Grams, content maps', id: 'gambar di [0, 1] → Gram gaya, peta konten' }),
		'    x, grams = normalize(image, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]), []',
		'    for i, layer in enumerate(vgg[: CONTENT + 1]):',
		'        x = layer(x)',
		'        if i in STYLE:',
		'            grams.append(gram(x))',
		'    return grams, x',
		'',
		'if Path("content.jpg").exists() and Path("style.jpg").exists():',
		'    vgg = vgg19(weights=VGG19_Weights.DEFAULT).features.eval().requires_grad_(False)',
		'    load = lambda p: resize(read_image(p)[:3].float() / 255, 512)[None]',
		'    content, style = load("content.jpg"), load("style.jpg")',
		'    style_grams, content_maps = features(vgg, style)[0], features(vgg, content)[1]',
		`    image = content.clone().requires_grad_(True)  ${t({ en: '# trained: the image', id: '# yang dilatih: gambarnya' })}`,
		`    opt = torch.optim.Adam([image], lr=${pyFloat(ADAM.learningRate)})`,
		'    for step in range(1000):',
		'        grams, maps = features(vgg, image)',
		'        pairs = zip(grams, style_grams)',
		'        style_loss = sum(nn.functional.mse_loss(g, s) for g, s in pairs)',
		'        content_loss = nn.functional.mse_loss(maps, content_maps)',
		`        loss = 1e6 * style_loss / len(STYLE) + content_loss  ${t({ en: '# weights to tune', id: '# bobotnya perlu disetel' })}`,
		'        opt.zero_grad()',
		'        loss.backward()',
		'        opt.step()',
		'        with torch.no_grad():',
		'            image.clamp_(0, 1)',
		'    save_image(image, "stylised.png")',
	);
	return { keras, pytorch };
}
