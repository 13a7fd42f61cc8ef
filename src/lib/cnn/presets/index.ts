import type { REFERENCES } from '../../content/references.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Convention, ModelJson, Shape } from '../types.ts';

/**
 * What a preset picker needs to show before loading a model: every preset is one entry here, and
 * its layers live in their own module, loaded on demand, so a page that shows one network does
 * not download the other eight.
 */
export interface PresetInfo {
	readonly id: string;
	readonly name: string;
	readonly description: Readonly<Record<Lang, string>>;
	/** The implementation whose counts the preset reproduces. */
	readonly reference: string;
	readonly input: Shape;
	readonly convention: Convention;
	/** Total parameters the reference implementation reports; the tests hold the engine to it. */
	readonly params: number;
	readonly load: () => Promise<ModelJson>;
	/**
	 * The network's own name where `name` also names the implementation ("ResNet-50" beside
	 * "ResNet-50 (torchvision)"), for a button or a chart row that names the idea, not the code.
	 */
	readonly shortName?: string;
	/** Year of the paper that introduced the network, for a history of the architectures. */
	readonly year?: number;
	/**
	 * Top-5 error, in percent, of the ILSVRC entry the network's family won with (often an
	 * ensemble); absent for networks that did not win the classification task.
	 */
	readonly top5?: number;
	/** The paper in the site's table of references (`src/lib/content/references.ts`). */
	readonly paper?: keyof typeof REFERENCES;
}

/** All presets, in the order the chapter meets them. */
export const PRESETS = [
	{
		id: 'exercise2',
		name: 'Exercise 2',
		description: {
			en: 'Three 3×3, stride-2 "same" convolutions (100, 200, 400 filters) on a 200×300 RGB image.',
			id: 'Tiga konvolusi 3×3, stride 2, "same" (100, 200, 400 filter) pada citra RGB 200×300.',
		},
		reference: 'Hands-On Machine Learning, chapter 14, exercise 2',
		input: [200, 300, 3],
		convention: 'keras',
		params: 903_400,
		load: () => import('./exercise2.ts').then((m) => m.exercise2()),
	},
	{
		id: 'lenet5',
		name: 'LeNet-5',
		description: {
			en: 'LeNet-5 in its modern form: full C3 connections, average pooling, dense softmax output.',
			id: 'LeNet-5 versi modern: koneksi C3 penuh, average pooling, output dense softmax.',
		},
		reference: 'LeCun et al. (1998), modern form as in the chapter',
		input: [32, 32, 1],
		convention: 'keras',
		params: 61_706,
		year: 1998,
		paper: 'lecun1998',
		load: () => import('./lenet5.ts').then((m) => m.lenet5()),
	},
	{
		id: 'alexnet',
		name: 'AlexNet',
		description: {
			en: 'The single-GPU AlexNet of torchvision: five convolutions and three dense layers.',
			id: 'AlexNet satu-GPU dari torchvision: lima konvolusi dan tiga layer dense.',
		},
		reference: 'torchvision.models.alexnet',
		input: [224, 224, 3],
		convention: 'pytorch',
		params: 61_100_840,
		year: 2012,
		top5: 15.3,
		paper: 'krizhevsky2012',
		load: () => import('./alexnet.ts').then((m) => m.alexnet()),
	},
	{
		id: 'vgg16',
		name: 'VGG-16',
		description: {
			en: 'Thirteen 3×3 convolutions in five blocks, then three dense layers.',
			id: 'Tiga belas konvolusi 3×3 dalam lima blok, lalu tiga layer dense.',
		},
		reference: 'keras.applications.VGG16 (same count as torchvision.models.vgg16)',
		input: [224, 224, 3],
		convention: 'keras',
		params: 138_357_544,
		load: () => import('./vgg16.ts').then((m) => m.vgg16()),
	},
	{
		id: 'googlenet',
		name: 'GoogLeNet',
		description: {
			en: 'Inception v1 with batch norm, as in torchvision, without the auxiliary classifiers.',
			id: 'Inception v1 dengan batch norm, seperti di torchvision, tanpa classifier tambahan.',
		},
		reference: 'torchvision.models.googlenet (aux_logits=False)',
		input: [224, 224, 3],
		convention: 'pytorch',
		params: 6_624_904,
		year: 2014,
		top5: 6.67,
		paper: 'szegedy2014',
		load: () => import('./googlenet.ts').then((m) => m.googlenet()),
	},
	{
		id: 'resnet50',
		name: 'ResNet-50 (torchvision)',
		description: {
			en: 'Fifty layers of bottleneck residual units; stride on the 3×3 convolution, no conv biases.',
			id: 'Lima puluh layer unit residual bottleneck; stride di konvolusi 3×3, tanpa bias konvolusi.',
		},
		reference: 'torchvision.models.resnet50',
		input: [224, 224, 3],
		convention: 'pytorch',
		params: 25_557_032,
		shortName: 'ResNet-50',
		year: 2015,
		top5: 3.57,
		paper: 'he2015',
		load: () => import('./resnet50.ts').then((m) => m.resnet50()),
	},
	{
		id: 'resnet50-keras',
		name: 'ResNet-50 (Keras)',
		description: {
			en: 'The same network as Keras builds it: conv biases, stride on the first 1×1 convolution.',
			id: 'Jaringan yang sama versi Keras: konvolusi berbias, stride di konvolusi 1×1 pertama.',
		},
		reference: 'keras.applications.ResNet50',
		input: [224, 224, 3],
		convention: 'keras',
		params: 25_636_712,
		load: () => import('./resnet50-keras.ts').then((m) => m.resnet50Keras()),
	},
	{
		id: 'se-resnet50',
		name: 'SE-ResNet-50',
		description: {
			en: 'ResNet-50 with a squeeze-and-excitation block (reduction 16) in every residual unit.',
			id: 'ResNet-50 dengan blok squeeze-and-excitation (reduksi 16) di setiap unit residual.',
		},
		reference: "timm.create_model('seresnet50')",
		input: [224, 224, 3],
		convention: 'pytorch',
		params: 28_088_024,
		year: 2017,
		top5: 2.25,
		paper: 'hu2017',
		load: () => import('./se-resnet50.ts').then((m) => m.seResnet50()),
	},
	{
		id: 'xception',
		name: 'Xception',
		description: {
			en: 'Depthwise separable convolutions with residual shortcuts, on a 299×299 input.',
			id: 'Konvolusi depthwise separable dengan shortcut residual, pada input 299×299.',
		},
		reference: 'keras.applications.Xception',
		input: [299, 299, 3],
		convention: 'keras',
		params: 22_910_480,
		year: 2016,
		paper: 'chollet2016',
		load: () => import('./xception.ts').then((m) => m.xception()),
	},
	{
		id: 'efficientnet-b0',
		name: 'EfficientNet-B0',
		description: {
			en: 'Sixteen MBConv blocks (inverted residuals with depthwise convolutions and SE), SiLU, on a 224×224 input.',
			id: 'Enam belas blok MBConv (residual terbalik dengan konvolusi depthwise dan SE), SiLU, pada input 224×224.',
		},
		reference: 'torchvision.models.efficientnet_b0',
		input: [224, 224, 3],
		convention: 'pytorch',
		params: 5_288_548,
		year: 2019,
		paper: 'tan2019',
		load: () => import('./efficientnet-b0.ts').then((m) => m.efficientnetB0()),
	},
] as const satisfies readonly PresetInfo[];

/** The ID of a preset, e.g. `"resnet50-keras"`. */
export type PresetId = (typeof PRESETS)[number]['id'];

/**
 * The CNN lab's starting points for Fashion MNIST (28×28×1, ten classes), the default first.
 * Kept apart from `PRESETS`, the chapter's architectures that the calculator and the explorers
 * list, but found by `findPreset` like them, so a lab model opens in the calculator by its ID.
 */
export const LAB_PRESETS = [
	{
		id: 'fashion-tiny',
		name: 'Tiny CNN',
		description: {
			en: 'Two 3×3 convolutions (8 and 16 filters), each with 2×2 max pooling, then a softmax.',
			id: 'Dua konvolusi 3×3 (8 dan 16 filter), masing-masing dengan max pooling 2×2, lalu softmax.',
		},
		reference: 'This site’s CNN lab (the default model)',
		input: [28, 28, 1],
		convention: 'keras',
		params: 5_258,
		load: () => import('./fashion.ts').then((m) => m.fashionTiny()),
	},
	{
		id: 'fashion-lenet',
		name: 'LeNet-like CNN',
		description: {
			en: 'LeNet-5’s layout on 28×28 images, with ReLU and max pooling.',
			id: 'Susunan LeNet-5 pada citra 28×28, dengan ReLU dan max pooling.',
		},
		reference: 'LeCun et al. (1998), modernised',
		input: [28, 28, 1],
		convention: 'keras',
		params: 61_706,
		load: () => import('./fashion.ts').then((m) => m.fashionLenet()),
	},
	{
		id: 'fashion-book',
		name: 'Book-like CNN',
		description: {
			en: 'The book’s Fashion MNIST CNN at browser size: 3×3 convolutions, pooling, dense with dropout.',
			id: 'CNN Fashion MNIST dari buku versi peramban: konvolusi 3×3, pooling, dense dengan dropout.',
		},
		reference: 'Hands-On Machine Learning, chapter 14, cut to browser size',
		input: [28, 28, 1],
		convention: 'keras',
		params: 108_618,
		load: () => import('./fashion.ts').then((m) => m.fashionBook()),
	},
] as const satisfies readonly PresetInfo[];

/** Looks a preset up by ID (from a URL, a select box or the command line). */
export function findPreset(id: string): PresetInfo | undefined {
	return [...PRESETS, ...LAB_PRESETS].find((preset) => preset.id === id);
}
