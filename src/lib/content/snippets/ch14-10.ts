import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type Summary } from '../../cnn/index.ts';
import { efficientnetB0 } from '../../cnn/presets/efficientnet-b0.ts';
import { xception } from '../../cnn/presets/xception.ts';
import { commentsIn, lines, pyFloat, type Snippets } from './python.ts';
import { defined } from '../../defined.ts';

/**
 * Exercise 10's code, in the book's steps: a dataset of at least 100 images per class, split into
 * training, validation and test sets, an input pipeline with the base's own preprocessing and some
 * augmentation, then a pretrained base with a new head, trained in two phases (the base frozen,
 * then its top unfrozen with a 10× lower learning rate). Keras follows the book (Xception on
 * tf_flowers); PyTorch uses torchvision's EfficientNet-B0 on a folder of the reader's images, and
 * its first lines run offline (no weights, no data), so the project's snippet runner can check the
 * two trainable counts it prints. Every count is the engine's, from the two presets.
 */

/** tf_flowers, the dataset the book's solution uses: classes and images (TensorFlow Datasets). */
export const FLOWERS = { classes: 5, images: 3670 };

/** The split, in percent of the images: test, validation, training. */
export const SPLIT = { test: 10, valid: 15, train: 75 };

/** The two phases' learning rates: the head alone, then the unfrozen top with a 10× lower one. */
export const LEARNING_RATES = [0.1, 0.01] as const;

const run = (json: Parameters<typeof parseModel>[0]): Summary => summary(parseModel(json));

/** The parameters of a dense head on `features` inputs for `classes` classes. */
export function headParams(features: number, classes = FLOWERS.classes): number {
	return run({ input: [features], layers: [{ type: 'dense', units: classes }] }).totalParams;
}

/**
 * The channels a base leaves after its final global average pool (Xception's 2,048, B0's 1,280):
 * the last one, since EfficientNet's SE blocks squeeze with global pools too.
 */
export function baseChannels(s: Summary): number {
	const pool = [...s.layers].reverse().find((l) => l.type === 'globalAvgPool2d');
	if (pool === undefined) throw new Error(`${s.name} has no global pool`);
	return defined(pool.outputShape[0], `${s.name}'s pooled channels`);
}

/** Xception without its top, as `include_top=False` gives it: the preset minus its dense layer. */
export function xceptionBase(): number {
	const s = run(xception());
	const top = s.layers.filter((l) => l.type === 'dense').reduce((n, l) => n + l.params, 0);
	return s.totalParams - top;
}

/**
 * What PyTorch trains in each phase on EfficientNet-B0 with a new head: the head, then the head
 * plus `features[-3:]` (stage 6, stage 7 and the 1×1 head convolution with its batch norm).
 */
export function efficientnetPhases(): { head: number; top: number } {
	const s = run(efficientnetB0());
	const head = headParams(baseChannels(s));
	const top = s.layers
		.filter((l) => /^(stage6\.|stage7\.|head)/.test(l.name))
		.reduce((n, l) => n + l.params, 0);
	return { head, top: head + top };
}

/** The Keras and PyTorch snippets, comments in `lang`, counts from the engine. */
export function transferLearningCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const xceptionHead = headParams(baseChannels(run(xception())));
	const phases = efficientnetPhases();
	const [lr1, lr2] = LEARNING_RATES.map(pyFloat);
	const split = `${SPLIT.test}% test, ${SPLIT.valid}% ${t({ en: 'validation', id: 'validasi' })}, ${SPLIT.train}% ${t({ en: 'training', id: 'latih' })}`;
	const cut1 = SPLIT.test;
	const cut2 = SPLIT.test + SPLIT.valid;

	const keras = lines(
		'import math',
		'',
		'import keras',
		'import tensorflow as tf',
		'import tensorflow_datasets as tfds',
		'from keras import layers',
		'',
		t({
			en: `# 1-2. At least 100 images per class; ${split}`,
			id: `# 1-2. Minimal 100 gambar per kelas; ${split}`,
		}),
		'(test_set, valid_set, train_set), info = tfds.load(',
		'    "tf_flowers",',
		`    split=["train[:${cut1}%]", "train[${cut1}%:${cut2}%]", "train[${cut2}%:]"],`,
		'    as_supervised=True,',
		'    with_info=True,',
		')',
		'n_classes = info.features["label"].num_classes',
		`print(n_classes, info.splits["train"].num_examples)  # ${FLOWERS.classes} ${FLOWERS.images}`,
		'',
		t({
			en: "# 3. Input pipeline: resize, the base's own preprocessing, batches, augmentation",
			id: '# 3. Pipeline input: ubah ukuran, prapemrosesan milik base, batch, augmentasi',
		}),
		'def preprocess(image, label):',
		'    image = tf.image.resize(image, [224, 224])',
		'    return keras.applications.xception.preprocess_input(image), label',
		'',
		'def pipeline(ds, shuffle=False):',
		'    ds = ds.shuffle(1000, seed=42) if shuffle else ds',
		'    return ds.map(preprocess).batch(32).prefetch(tf.data.AUTOTUNE)',
		'',
		'train_ds, valid_ds = pipeline(train_set, shuffle=True), pipeline(valid_set)',
		'augment = keras.Sequential([',
		'    layers.RandomFlip("horizontal"),',
		'    layers.RandomRotation(0.05),',
		'    layers.RandomContrast(0.2),',
		'])',
		'',
		t({
			en: '# 4. A pretrained base without its top, and a new head',
			id: '# 4. Base yang sudah dilatih tanpa bagian atasnya, dan kepala baru',
		}),
		'base = keras.applications.Xception(weights="imagenet", include_top=False)',
		'inputs = keras.Input(shape=(224, 224, 3))',
		`x = base(augment(inputs), training=False)  ${t({ en: '# batch norm: inference mode', id: '# batch norm: mode inferensi' })}`,
		'x = layers.GlobalAveragePooling2D()(x)',
		'model = keras.Model(inputs, layers.Dense(n_classes, activation="softmax")(x))',
		'',
		'def train(learning_rate, epochs):',
		'    optimizer = keras.optimizers.SGD(learning_rate=learning_rate, momentum=0.9)',
		'    model.compile(optimizer, "sparse_categorical_crossentropy", metrics=["accuracy"])',
		'    model.fit(train_ds, validation_data=valid_ds, epochs=epochs)',
		'',
		`base.trainable = False  ${t({ en: '# phase 1: the new head only', id: '# fase 1: kepala baru saja' })}`,
		`print(sum(math.prod(w.shape) for w in model.trainable_weights))  # ${xceptionHead}`,
		`train(${lr1}, epochs=3)`,
		`base.trainable = True  ${t({ en: '# phase 2: unfreeze the top of the base', id: '# fase 2: cairkan bagian atas base' })}`,
		'for layer in base.layers[:56]:',
		'    layer.trainable = False',
		`train(${lr2}, epochs=10)  ${t({ en: '# a 10× lower learning rate', id: '# laju belajar 10× lebih kecil' })}`,
		'print(model.evaluate(pipeline(test_set)))',
	);

	const pytorch = lines(
		'from pathlib import Path',
		'',
		'import torch',
		'from torch import nn',
		'from torch.utils.data import DataLoader, Subset',
		'from torchvision import datasets, transforms as T',
		'from torchvision.models import EfficientNet_B0_Weights, efficientnet_b0',
		'',
		'def make_model(n_classes, weights=EfficientNet_B0_Weights.DEFAULT):',
		'    model = efficientnet_b0(weights=weights)',
		`    model.features.requires_grad_(False)  ${t({ en: '# phase 1: freeze the base', id: '# fase 1: bekukan base' })}`,
		`    model.classifier[1] = nn.Linear(1280, n_classes)  ${t({ en: '# a new head', id: '# kepala baru' })}`,
		'    return model',
		'',
		`def run_epoch(model, data, opt=None):  ${t({ en: '# trains when given an optimizer', id: '# melatih jika diberi optimizer' })}`,
		'    model.train(opt is not None)',
		`    model.features.eval()  ${t({ en: "# the base's batch norm: inference mode", id: '# batch norm base: mode inferensi' })}`,
		'    hits = 0',
		'    for x, y in DataLoader(data, batch_size=32, shuffle=opt is not None):',
		'        with torch.set_grad_enabled(opt is not None):',
		'            out = model(x)',
		'        if opt is not None:',
		'            opt.zero_grad()',
		'            nn.functional.cross_entropy(out, y).backward()',
		'            opt.step()',
		'        hits += (out.argmax(1) == y).sum().item()',
		`    return hits / len(data)  ${t({ en: '# accuracy', id: '# akurasi' })}`,
		'',
		'def fit(model, train, valid, lr, epochs):',
		'    params = [p for p in model.parameters() if p.requires_grad]',
		'    opt = torch.optim.SGD(params, lr=lr, momentum=0.9)',
		'    for _ in range(epochs):',
		'        print(run_epoch(model, train, opt), run_epoch(model, valid))',
		'',
		`model = make_model(${FLOWERS.classes}, weights=None)  ${t({ en: '# no download: same sizes', id: '# tanpa unduhan: ukurannya sama' })}`,
		`print(sum(p.numel() for p in model.parameters() if p.requires_grad))  # ${phases.head}`,
		`model.features[-3:].requires_grad_(True)  ${t({ en: '# phase 2: the top of the base', id: '# fase 2: bagian atas base' })}`,
		`print(sum(p.numel() for p in model.parameters() if p.requires_grad))  # ${phases.top}`,
		'',
		`DATA = Path("flowers")  ${t({ en: '# one folder per class, 100+ images each', id: '# satu folder per kelas, 100+ gambar' })}`,
		'if DATA.exists():',
		'    norm = [T.ToTensor(), T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])]',
		'    flip = T.RandomHorizontalFlip()',
		'    augment = T.Compose([T.RandomResizedCrop(224, (0.8, 1)), flip, *norm])',
		'    plain = T.Compose([T.Resize(256), T.CenterCrop(224), *norm])',
		'    n = len(datasets.ImageFolder(DATA))',
		'    i = torch.randperm(n, generator=torch.Generator().manual_seed(42)).tolist()',
		`    cut = [0, n * ${cut1} // 100, n * ${cut2} // 100, n]  # ${split}`,
		'    test, valid, train = (',
		'        Subset(datasets.ImageFolder(DATA, tf), i[a:b])',
		'        for tf, a, b in zip([plain, plain, augment], cut, cut[1:])',
		'    )',
		'    model = make_model(len(datasets.ImageFolder(DATA).classes))',
		`    fit(model, train, valid, lr=${lr1}, epochs=3)`,
		'    model.features[-3:].requires_grad_(True)',
		`    fit(model, train, valid, lr=${lr2}, epochs=10)`,
		`    print(run_epoch(model, test))  ${t({ en: '# test accuracy, once, at the end', id: '# akurasi uji, sekali, di akhir' })}`,
	);
	return { keras, pytorch };
}
