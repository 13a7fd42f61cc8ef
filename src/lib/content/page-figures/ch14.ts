import {
	BYTES_PER_VALUE,
	convOutputSize,
	convTransposeOutputSize,
	featureMapOf,
	lastAxis,
	layerRow,
	memory,
	parseModel,
	summary,
	toMB,
	toMiB,
	type LayerJson,
	type LayerSummary,
	type MemoryOptions,
	type ModelJson,
	type Summary,
} from '../../cnn/index.ts';
import { alexnet } from '../../cnn/presets/alexnet.ts';
import { exercise2 } from '../../cnn/presets/exercise2.ts';
import { googlenet } from '../../cnn/presets/googlenet.ts';
import { lenet5 } from '../../cnn/presets/lenet5.ts';
import { resnet50Keras } from '../../cnn/presets/resnet50-keras.ts';
import { resnet50 } from '../../cnn/presets/resnet50.ts';
import { seResnet50 } from '../../cnn/presets/se-resnet50.ts';
import { vgg16 } from '../../cnn/presets/vgg16.ts';
import { xception } from '../../cnn/presets/xception.ts';
import { defined } from '../../defined.ts';
import { efficientnetB0 } from '../../cnn/presets/efficientnet-b0.ts';
import {
	baseChannels,
	efficientnetPhases,
	FLOWERS,
	headParams,
	LEARNING_RATES,
	SPLIT,
	xceptionBase,
} from '../snippets/ch14-10.ts';
import { ADAM, STYLE_CHANNELS } from '../snippets/ch14-11.ts';
import { ALEXNET_LRN, lrnTerm } from '../../normalization/lrn.ts';
import { stageSize } from '../../segmentation/downsample.ts';
import { labelMap } from '../../segmentation/maps.ts';
import {
	classShares,
	confusion,
	iouPerClass,
	meanIoU,
	pixelAccuracy,
} from '../../segmentation/metrics.ts';
import { CLASS_COUNT, CLASS_IDS, SCENE_SIZE, sceneLabels } from '../../segmentation/scene.ts';
import { computed, given, quoted, type FigureTable } from './table.ts';

/**
 * The figure tables of chapter 14's question pages. Every figure the prose states is here, with
 * the engine call that recomputes it and, in `why`, what it is; one entry covers every place a
 * page prints the same figure. See `table.ts` for what `computed`, `quoted` and `given` mean, and
 * `pages.test.ts` for the check.
 */

/** Runs `fn` once, on first use, so a table costs nothing until its page is checked. */
function once<T>(fn: () => T): () => T {
	let value: { v: T } | undefined;
	return () => (value ??= { v: fn() }).v;
}

const run = (json: ModelJson): Summary => summary(parseModel(json));

/**
 * A row of a summary by name or by position: the engine's `layerRow`, which fails naming the row
 * asked for, so a renamed or removed layer stops the check rather than reading `undefined`.
 */
const layer = layerRow;
/** Output channels of a feature map, or units of a dense layer: the last axis either way. */
const channels = (row: LayerSummary) => lastAxis(row.outputShape);

/** A model of `layers` on `input`, for the worked examples that are not whole presets. */
const model = (input: number[], layers: LayerJson[]) => run({ input, layers });

/** How pages print megabytes (0, 1 or 2 decimals) and percentages. */
const MB0 = { unit: 'MB' } as const;
const MB1 = { digits: 1, unit: 'MB' } as const;
const MB2 = { digits: 2, unit: 'MB' } as const;
const PERCENT = { unit: '%' } as const;

const spatial = (shape: readonly number[]) => shape.slice(0, 2);
const percent = (fraction: number) => 100 * fraction;

// ---------------------------------------------------------------------------------------------
// Exercise 2 and its variants (questions 1 to 4)

const ex2Json = exercise2();
const ex2 = once(() => run(ex2Json));
const ex2Layer = (i: number) => layer(ex2(), i);
/** The kernel of one of exercise 2's convolutions, as the engine parsed it. */
function kernelOf(i: number): readonly number[] {
	const parsed = ex2Layer(i).layer;
	if (parsed.type !== 'conv2d') throw new Error(`layer ${i} of exercise 2 is not a convolution`);
	return parsed.kernel;
}

/** Exercise 2 with one layer changed, as the calculator and question 3's remedies change it. */
function ex2With(index: number, patch: Partial<LayerJson> | 'remove'): ModelJson {
	const layers =
		patch === 'remove'
			? ex2Json.layers.filter((_, i) => i !== index)
			: ex2Json.layers.map((l, i) => (i === index ? ({ ...l, ...patch } as LayerJson) : l));
	return { ...ex2Json, layers };
}

/** Training a batch of 50 in float32 with no optimizer: the book's setting. */
const TRAIN_50: MemoryOptions = { mode: 'training', batch: 50 };
/** Question 3's calculator: a batch of 400 with Adam, in float32. */
const GPU_400: MemoryOptions = { mode: 'training', batch: 400, optimizer: 'adam' };

const mem = (json: ModelJson | Summary, options: MemoryOptions = {}) =>
	memory('totalParams' in json ? json : run(json), options);
const ex2Inference = once(() => mem(ex2()));
const ex2Train50 = once(() => mem(ex2(), TRAIN_50));
const ex2PerImage = once(() => mem(ex2(), { mode: 'training' }));
const FLOAT32 = BYTES_PER_VALUE.float32;
/** Float32 bytes of one layer output of exercise 2, for one image. */
const ex2LayerBytes = (i: number) => ex2Layer(i).outputSize * FLOAT32;

const givenInput = given('exercise 2’s input: a 200×300 RGB image', [200, 300]);
const givenKernel = given('exercise 2’s kernel size', [3, 3]);
const givenFloat32 = given('the question’s 32-bit floats: 4 bytes per value', FLOAT32, {
	unit: 'B',
});

const q2: FigureTable = [
	givenInput,
	givenKernel,
	givenFloat32,
	// The notes' short answer and claim.
	quoted('the notes’ working for layer 1: kernel × input channels', '3×3×3', () => [
		...kernelOf(0),
		lastAxis(ex2().inputShape),
	]),
	quoted('the notes’ working for layer 2: kernel × layer 1’s filters', '3×3×100', () => [
		...kernelOf(1),
		channels(ex2Layer(0)),
	]),
	quoted('the notes’ working for layer 3: kernel × layer 2’s filters', '3×3×200', () => [
		...kernelOf(2),
		channels(ex2Layer(1)),
	]),
	quoted('layer 1’s parameters', '2,800', () => ex2Layer(0).params),
	quoted('layer 2’s parameters', '180,200', () => ex2Layer(1).params),
	quoted('layer 3’s parameters', '720,400', () => ex2Layer(2).params),
	quoted('total parameters', '903,400', () => ex2().totalParams),
	quoted(
		'the notes’ “RAM for 1 instance”: the weights only, 903,400 × 4 B = 3,613,600 B, which is 3.446 MiB truncated (and labelled MB); the engine says 12.6 MB for one image, listed below',
		'3.44',
		() => toMiB(ex2Inference().weights),
		{ digits: 2, round: 'down', unit: 'MB' },
	),
	quoted(
		'the notes’ “mini-batch 50”: the weights times 50, 172.3 MiB; the engine says 565.6 MB, listed below',
		'172',
		() => toMiB(ex2Inference().weights * 50),
		MB0,
	),
	// Parameters per layer.
	computed('exercise 2’s input shape', () => ex2().inputShape),
	computed('layer 1’s output shape', () => ex2Layer(0).outputShape),
	computed('layer 2’s output shape', () => ex2Layer(1).outputShape),
	computed('layer 3’s output shape', () => ex2Layer(2).outputShape),
	computed('layer 1’s parameters', () => ex2Layer(0).params),
	computed('layer 2’s parameters', () => ex2Layer(1).params),
	computed('layer 3’s parameters', () => ex2Layer(2).params),
	computed('total parameters', () => ex2().totalParams),
	computed('the weights in float32, bytes', () => ex2Inference().weights, { unit: 'B' }),
	computed('the weights in MB', () => toMB(ex2Inference().weights), MB2),
	computed('the weights in MiB', () => toMiB(ex2Inference().weights), { digits: 2, unit: 'MiB' }),
	// Feature-map sizes.
	computed('values in the input', () => ex2Inference().inputBatch / FLOAT32),
	computed('the input in MB', () => toMB(ex2Inference().inputBatch), MB2),
	computed('values in layer 1’s output', () => ex2Layer(0).outputSize),
	computed('values in layer 2’s output', () => ex2Layer(1).outputSize),
	computed('values in layer 3’s output', () => ex2Layer(2).outputSize),
	computed('layer 1’s output in MB', () => toMB(ex2LayerBytes(0)), MB1),
	computed('layer 2’s output in MB', () => toMB(ex2LayerBytes(1)), MB1),
	computed('layer 3’s output in MB', () => toMB(ex2LayerBytes(2)), MB2),
	computed(
		'75 / 2 unrounded: layer 2’s width over layer 3’s stride, before “same” rounds it up',
		() => featureMapOf(ex2Layer(1).outputShape)[1] / 2,
		{ digits: 1 },
	),
	computed('⌈75 / 2⌉: layer 3’s width', () => featureMapOf(ex2Layer(2).outputShape)[1]),
	// Inference.
	computed(
		'the inference peak: layers 1 and 2 alive together',
		() => toMB(ex2Inference().inferencePeak),
		MB1,
	),
	computed('inference memory for one image', () => toMB(ex2Inference().total), MB1),
	computed('inference memory for one image, bytes', () => ex2Inference().total, { unit: 'B' }),
	// Training.
	computed('activations of one image', () => toMB(ex2PerImage().activations), MB2),
	computed('activations of a batch of 50', () => toMB(ex2Train50().activations), MB0),
	computed('the input batch of 50', () => toMB(ex2Train50().inputBatch), MB0),
	computed('training memory for a batch of 50', () => toMB(ex2Train50().total), MB1),
	computed('training memory for a batch of 50, rounded', () => toMB(ex2Train50().total), MB0),
	computed('the book’s rounding of layer 3’s output', () => toMB(ex2LayerBytes(2)), MB1),
	computed(
		'the book’s total: 50 × (6.0 + 3.0 + 1.5) MB + 36 MB + 3.6 MB, each rounded to one decimal',
		() =>
			50 * [0, 1, 2].reduce((sum, i) => sum + Math.round(toMB(ex2LayerBytes(i)) * 10) / 10, 0) +
			toMB(ex2Train50().inputBatch) +
			Math.round(toMB(ex2Train50().weights) * 10) / 10,
		MB1,
	),
	computed(
		'the gradients: one value per parameter',
		() => toMB(mem(ex2(), { ...TRAIN_50, optimizer: 'sgd' }).gradients),
		MB2,
	),
	computed(
		'Adam’s state: two values per parameter',
		() => toMB(mem(ex2(), { ...TRAIN_50, optimizer: 'adam' }).optimizerState),
		MB2,
	),
	// The calculator's suggestions.
	computed(
		'parameters with 50 filters in layer 1',
		() => run(ex2With(0, { filters: 50 })).totalParams,
	),
	computed(
		'parameters saved with 50 filters in layer 1',
		() => percent(1 - run(ex2With(0, { filters: 50 })).totalParams / ex2().totalParams),
		PERCENT,
	),
	computed(
		'training memory with 50 filters in layer 1',
		() => toMB(mem(ex2With(0, { filters: 50 }), TRAIN_50).total),
		MB1,
	),
	computed(
		'training memory saved with 50 filters in layer 1',
		() => percent(1 - mem(ex2With(0, { filters: 50 }), TRAIN_50).total / ex2Train50().total),
		PERCENT,
	),
	computed(
		'training memory with stride 1 in layer 1 (“about 2,140 MB”)',
		() => toMB(mem(ex2With(0, { strides: 1 }), TRAIN_50).total),
		MB0,
	),
];

// ---------------------------------------------------------------------------------------------
// Question 1

const dense100 = once(() =>
	model([200, 300, 3], [{ type: 'flatten' }, { type: 'dense', units: 100 }]),
);
/** A dense layer with as many outputs as exercise 2's first feature map. */
const denseSameOutput = once(() =>
	model([ex2Inference().inputBatch / FLOAT32], [{ type: 'dense', units: ex2Layer(0).outputSize }]),
);
/** Weights per position of exercise 2's first layer: 3·3·3 + 1. */
const weightsPerFilter = () => ex2Layer(0).params / channels(ex2Layer(0));

/**
 * The receptive field of `depth` stacked k×k, stride-1 "valid" convolutions: the smallest input
 * the engine shrinks to a single position.
 */
function receptiveField(depth: number, kernel: number): number {
	for (let size = 1; ; size++) {
		let out = size;
		try {
			for (let i = 0; i < depth; i++) out = convOutputSize(out, { kernel });
		} catch {
			continue;
		}
		if (out === 1) return size;
	}
}

const q1: FigureTable = [
	givenInput,
	givenKernel,
	givenFloat32,
	given('the usual pooling window, the example of partial invariance', [2, 2]),
	computed('values in the input', () => ex2Inference().inputBatch / FLOAT32),
	computed('a dense layer of 100 units on the input', () => dense100().totalParams),
	computed('a 3×3 convolution with 100 filters', () => ex2Layer(0).params),
	computed(
		'inputs each output of the convolution sees, 3 · 3 · 3',
		() => ex2Layer(0).macs / ex2Layer(0).outputSize,
	),
	computed(
		'how many times more parameters the dense layer has',
		() => dense100().totalParams / ex2Layer(0).params,
	),
	computed('receptive field after two 3×3 layers', () => [
		receptiveField(2, 3),
		receptiveField(2, 3),
	]),
	computed('receptive field after three 3×3 layers', () => [
		receptiveField(3, 3),
		receptiveField(3, 3),
	]),
	computed('exercise 2’s first feature map', () => ex2Layer(0).outputShape),
	computed('values in that feature map', () => ex2Layer(0).outputSize),
	computed(
		'a dense layer from the input to that many outputs',
		() => denseSameOutput().totalParams,
	),
	computed('its multiplications', () => denseSameOutput().macs),
	computed(
		'a locally connected layer: (27 + 1) weights at each of 1,500,000 outputs',
		() => weightsPerFilter() * ex2Layer(0).outputSize,
	),
	computed('the convolution’s multiplications', () => ex2Layer(0).macs),
	computed(
		'the sparsity factor: dense multiplications / convolution multiplications',
		() => denseSameOutput().macs / ex2Layer(0).macs,
	),
	computed('that dense layer’s float32 weights', () => mem(denseSameOutput()).weights / 1e12, {
		digits: 2,
		unit: 'TB',
	}),
	computed('the first feature map in MB', () => toMB(ex2LayerBytes(0)), MB1),
	computed('multiplications of the 100-unit dense layer', () => dense100().macs),
];

// ---------------------------------------------------------------------------------------------
// Question 3

const ex2Train25 = once(() => mem(ex2(), { ...TRAIN_50, batch: 25 }));
const stride4 = once(() => run(ex2With(0, { strides: 4 })));
const stride4Image = once(() => mem(stride4(), { mode: 'training' }));
const noLayer3 = once(() => run(ex2With(2, 'remove')));
const half = once(() => mem(ex2(), { ...TRAIN_50, dtype: 'float16' }));
const mixed = once(() => mem(ex2(), { ...TRAIN_50, mixedPrecision: true }));
const gpuBase = once(() => mem(ex2(), GPU_400));
/** A "4 GB" card holds 4 GiB. */
const GPU_4GB = 4 * 2 ** 30;

const q3: FigureTable = [
	givenKernel,
	givenFloat32,
	given('the enlarged kernel the aside suggests for stride 4', [5, 5]),
	given('the GPU size the calculator starts with, as sold', 4, { unit: 'GB' }),
	given('the same card in binary gigabytes, as graphics memory is sized', 4, { unit: 'GiB' }),
	computed('values in layer 1’s output', () => ex2Layer(0).outputSize),
	computed('values in layer 2’s output', () => ex2Layer(1).outputSize),
	computed('values in layer 3’s output', () => ex2Layer(2).outputSize),
	computed('values kept per image', () => ex2PerImage().activations / FLOAT32),
	computed('activations of one image', () => toMB(ex2PerImage().activations), MB2),
	computed('activations of a batch of 50', () => toMB(ex2Train50().activations), MB0),
	computed('the input in MB', () => toMB(ex2Inference().inputBatch), MB2),
	computed('the input batch of 50', () => toMB(ex2Train50().inputBatch), MB0),
	computed('total parameters', () => ex2().totalParams),
	computed('the weights in MB', () => toMB(ex2Inference().weights), MB2),
	computed('training memory for a batch of 50', () => toMB(ex2Train50().total), MB1),
	computed('training memory for a batch of 25', () => toMB(ex2Train25().total), MB1),
	computed(
		'activations of a batch of 25 (also: mixed precision’s activations)',
		() => toMB(ex2Train25().activations),
		MB0,
	),
	computed('the input batch of 25', () => toMB(ex2Train25().inputBatch), MB0),
	// Stride 4 in layer 1.
	computed('layer 1’s output shape', () => ex2Layer(0).outputShape),
	computed('layer 2’s output shape', () => ex2Layer(1).outputShape),
	computed('layer 3’s output shape', () => ex2Layer(2).outputShape),
	computed('layer 1’s output with stride 4', () => layer(stride4(), 0).outputShape),
	computed('layer 2’s output with stride 4 in layer 1', () => layer(stride4(), 1).outputShape),
	computed('layer 3’s output with stride 4 in layer 1', () => layer(stride4(), 2).outputShape),
	computed('values in layer 1’s output with stride 4', () => layer(stride4(), 0).outputSize),
	computed(
		'values in layer 2’s output with stride 4 in layer 1',
		() => layer(stride4(), 1).outputSize,
	),
	computed(
		'values in layer 3’s output with stride 4 in layer 1',
		() => layer(stride4(), 2).outputSize,
	),
	computed(
		'activations of one image with stride 4, rounded',
		() => toMB(stride4Image().activations),
		MB2,
	),
	computed(
		'activations of one image with stride 4, exact',
		() => toMB(stride4Image().activations),
		{ digits: 4, unit: 'MB' },
	),
	computed(
		'activations of a batch of 50 with stride 4',
		() => toMB(mem(stride4(), TRAIN_50).activations),
		MB1,
	),
	computed('layer 1’s parameters', () => ex2Layer(0).params),
	computed(
		'layer 1’s parameters with a 5×5 kernel',
		() => layer(run(ex2With(0, { kernel: 5 })), 0).params,
	),
	// Removing layer 3.
	computed('layer 3’s output in MB', () => toMB(ex2LayerBytes(2)), MB2),
	computed('layer 3’s activations for a batch of 50', () => toMB(ex2LayerBytes(2) * 50), MB0),
	computed('layer 3’s parameters', () => ex2Layer(2).params),
	computed('layer 3’s weights in MB', () => toMB(ex2Layer(2).params * FLOAT32), MB2),
	computed('layer 1’s output in MB', () => toMB(ex2LayerBytes(0)), MB1),
	computed('layer 2’s output in MB', () => toMB(ex2LayerBytes(1)), MB1),
	computed('layer 2’s parameters', () => ex2Layer(1).params),
	computed('activations of a batch of 50 without layer 3', () =>
		toMB(mem(noLayer3(), TRAIN_50).activations),
	),
	computed('the weights without layer 3', () => toMB(mem(noLayer3()).weights), { digits: 2 }),
	computed('training memory without layer 3', () => toMB(mem(noLayer3(), TRAIN_50).total), MB1),
	computed(
		'layer 3’s share of the weights',
		() => percent(ex2Layer(2).params / ex2().totalParams),
		PERCENT,
	),
	computed(
		'layer 3’s share of the activations',
		() => percent(ex2LayerBytes(2) / ex2PerImage().activations),
		PERCENT,
	),
	computed(
		'training memory saved by removing layer 3',
		() => toMB(ex2Train50().total - mem(noLayer3(), TRAIN_50).total),
		MB0,
	),
	// 16-bit floats and mixed precision.
	computed('the weights in float16', () => toMB(half().weights), { digits: 2 }),
	computed('training memory in float16', () => toMB(half().total), MB1),
	computed('mixed precision’s activations', () => toMB(mixed().activations), MB0),
	computed(
		'mixed precision’s weights: a float32 and a 16-bit copy',
		() => toMB(mixed().weights),
		MB2,
	),
	// The calculator: a batch of 400 with Adam on a 4 GB GPU.
	computed('a batch of 400 with Adam', () => toMB(gpuBase().total), MB1),
	computed('a batch of 400 with Adam, in GiB', () => gpuBase().total / 2 ** 30, {
		digits: 2,
		unit: 'GiB',
	}),
	computed('a 4 GB card in MB', () => toMB(GPU_4GB), MB1),
	computed(
		'a batch of 200 (also: mixed precision)',
		() => toMB(mem(ex2(), { ...GPU_400, batch: 200 }).total),
		MB1,
	),
	computed('stride 4 in layer 1', () => toMB(mem(stride4(), GPU_400).total), MB1),
	computed('without layer 3', () => toMB(mem(noLayer3(), GPU_400).total), MB1),
	computed(
		'saved by removing layer 3',
		() => percent(1 - mem(noLayer3(), GPU_400).total / gpuBase().total),
		PERCENT,
	),
	computed('float16', () => toMB(mem(ex2(), { ...GPU_400, dtype: 'float16' }).total), MB1),
	computed(
		'mixed precision',
		() => toMB(mem(ex2(), { ...GPU_400, mixedPrecision: true }).total),
		MB1,
	),
	computed(
		'gradient checkpointing',
		() => toMB(mem(ex2(), { ...GPU_400, checkpointing: true }).total),
		MB1,
	),
];

// ---------------------------------------------------------------------------------------------
// Question 4

/** Exercise 2's middle feature map, the input of question 4's comparison. */
const middleMap = () => [...ex2Layer(1).outputShape];
const pool4 = once(() =>
	model(middleMap(), [{ type: 'maxPool2d', pool: 2, strides: 2, padding: 'same' }]),
);
const conv4 = once(() =>
	model(middleMap(), [{ type: 'conv2d', filters: 200, kernel: 3, strides: 2, padding: 'same' }]),
);
const POOL_WINDOW = 2 * 2;

const q4: FigureTable = [
	givenKernel,
	givenFloat32,
	given('the pooling window the question compares', [2, 2]),
	computed('a 3×3 convolution from 200 to 200 maps', () => conv4().totalParams),
	computed('its float32 weights, bytes', () => mem(conv4()).weights, { unit: 'B' }),
	computed('its float32 weights in MB', () => toMB(mem(conv4()).weights), MB2),
	computed('multiply-adds per output value', () => conv4().macs / layer(conv4(), 0).outputSize),
	computed('exercise 2’s middle feature map', () => middleMap()),
	computed('after pooling or the strided convolution', () => layer(pool4(), 0).outputShape),
	computed(
		'values after pooling (the same after the convolution)',
		() => layer(pool4(), 0).outputSize,
	),
	computed(
		'comparisons: 3 per output value',
		() => layer(pool4(), 0).outputSize * (POOL_WINDOW - 1),
	),
	computed('the convolution’s multiply-adds', () => conv4().macs),
	computed(
		'values 2×2 pooling drops',
		() =>
			percent(1 - layer(model([4, 4, 1], [{ type: 'maxPool2d', pool: 2 }]), 0).outputSize / 16),
		PERCENT,
	),
];

// ---------------------------------------------------------------------------------------------
// Question 5

/** The worked example: six maps at one pixel, map 2 strongly active. */
const STRONG = [20, 20, 200, 20, 20, 20];
/** The same with map 2 quiet, the table's last column. */
const QUIET = [20, 20, 20, 20, 20, 20];
const strong = (i: number) => lrnTerm(STRONG, i, ALEXNET_LRN);
const quiet = (i: number) => lrnTerm(QUIET, i, ALEXNET_LRN);
const d2 = { digits: 2 } as const;
const d4 = { digits: 4 } as const;

const q5: FigureTable = [
	given('AlexNet’s exponent β (Krizhevsky et al., 2012)', ALEXNET_LRN.beta, d2),
	given('TensorFlow’s default β for `tf.nn.local_response_normalization`, as documented', 0.5, {
		digits: 1,
	}),
	computed(
		'the divisor when every neighbour is zero: 2^0.75',
		() => lrnTerm([0, 0, 0], 1, ALEXNET_LRN).divisor,
		d2,
	),
	computed('200², map 2’s own square', () => lrnTerm([200], 0, ALEXNET_LRN).sumSquares),
	...[0, 1, 2, 3, 4, 5].flatMap((i) => [
		computed(`map ${i}: sum of squares`, () => strong(i).sumSquares),
		computed(`map ${i}: k + α·sum`, () => strong(i).base, d2),
		computed(`map ${i}: divisor`, () => strong(i).divisor, d4),
		computed(`map ${i}: output`, () => strong(i).value, d2),
		computed(`map ${i}: output if map 2 is also 20`, () => quiet(i).value, d2),
	]),
	computed('map 2’s sum of squares if it is 20', () => quiet(2).sumSquares),
	computed('map 2’s k + α·sum if it is 20', () => quiet(2).base, { digits: 1 }),
	computed('map 2’s divisor if it is 20', () => quiet(2).divisor, d4),
	computed('the damped neighbours, about', () => strong(3).value, { digits: 1 }),
	// The explorer starts from the example plus two quiet maps (its MIN_CHANNELS is 8); the page
	// says its first four outputs are the table's.
	...[0, 1, 2, 3].map((i) =>
		computed(
			`the explorer’s map ${i} of 8`,
			() => lrnTerm([...STRONG, 20, 20], i, ALEXNET_LRN).value,
			d2,
		),
	),
];

// ---------------------------------------------------------------------------------------------
// Question 6

const lenet = once(() => run(lenet5()));
const alex = once(() => run(alexnet()));
const google = once(() => run(googlenet()));
const vgg = once(() => run(vgg16()));
const resnet = once(() => run(resnet50()));
const resnetKeras = once(() => run(resnet50Keras()));
const seResnet = once(() => run(seResnet50()));
const xcept = once(() => run(xception()));
const effnet = once(() => run(efficientnetB0()));
/** EfficientNet's scaling constants from the paper's grid search (Tan & Le, 2019, section 3.3). */
const SCALING = { alpha: 1.2, beta: 1.1, gamma: 1.15 };
/** The parameters of one layer of EfficientNet-B0's second block of stage 2, the page's example. */
const mb = (part: string) => layer(effnet(), `stage2.1.${part}`).params;
const mbBatchNorm = () => mb('expand_bn') + mb('depthwise_bn') + mb('project_bn');

/** The rate of a model's first dropout layer. */
function dropoutRate(s: Summary): number {
	for (const l of s.layers) if (l.layer.type === 'dropout') return l.layer.rate;
	throw new Error(`no dropout in ${s.name}`);
}
const alexDense = () => alex().layers.filter((l) => l.type === 'dense');
const alexDenseParams = () => alexDense().reduce((sum, l) => sum + l.params, 0);

/** Inception module 3a's "5×5" branch, with and without its 1×1 bottleneck, from the preset's widths. */
const inception3a = () => ({
	input: layer(google(), 'inception3a.branch3.0.conv').inputShapes[0],
	reduce: channels(layer(google(), 'inception3a.branch3.0.conv')),
	out: channels(layer(google(), 'inception3a.branch3.1.conv')),
});
const noBottleneck = once(() => {
	const { input, out } = inception3a();
	return model(
		[...input],
		[{ type: 'conv2d', filters: out, kernel: 5, padding: 'same', useBias: false }],
	);
});
const bottleneck = once(() => {
	const { input, reduce, out } = inception3a();
	return model(
		[...input],
		[
			{ type: 'conv2d', filters: reduce, kernel: 1, useBias: false },
			{ type: 'conv2d', filters: out, kernel: 5, padding: 'same', useBias: false },
		],
	);
});

const convs = (s: Summary) => s.layers.filter((l) => l.type === 'conv2d');
/** Output channels of every convolution of ResNet-50: one bias each in Keras, and one batch norm. */
const resnetChannels = () => convs(resnet()).reduce((sum, l) => sum + channels(l), 0);
/** Output channels of the convolutions of one bottleneck unit in stage `stage` (1 to 4). */
const unitChannels = (stage: number) =>
	convs(resnet())
		.filter((l) => l.name.startsWith(`layer${stage}.1.`))
		.reduce((sum, l) => sum + channels(l), 0);
/** Channels a stage's units output. */
const stageOutput = (stage: number) => channels(layer(resnet(), `layer${stage}.0.conv3`));

/** Parameters of the SE blocks of one stage of SE-ResNet-50, and of one block. */
const seDense = (stage: number) =>
	seResnet().layers.filter(
		(l) => l.type === 'dense' && l.name.startsWith(`layer${stage}.`) && l.name.includes('.se.'),
	);
const seStage = (stage: number) => seDense(stage).reduce((sum, l) => sum + l.params, 0);
const seBlock = (stage: number) =>
	seDense(stage)
		.filter((l) => l.name.startsWith(`layer${stage}.0.`))
		.reduce((sum, l) => sum + l.params, 0);

/** Xception's example: a 3×3 convolution from 128 to 128 channels, regular and separable, no biases. */
const regular128 = once(() =>
	model([19, 19, 128], [{ type: 'conv2d', filters: 128, kernel: 3, useBias: false }]),
);
const separable128 = once(() =>
	model(
		[19, 19, 128],
		[
			{ type: 'depthwiseConv2d', kernel: 3, useBias: false },
			{ type: 'conv2d', filters: 128, kernel: 1, useBias: false },
		],
	),
);

const q6: FigureTable = [
	given('kernel sizes of the architectures, as the papers describe them', [1, 1]),
	given('kernel sizes of the architectures, as the papers describe them', [3, 3]),
	given('kernel sizes of the architectures, as the papers describe them', [5, 5]),
	computed('ResNet-50’s stem kernel', () => {
		const stem = layer(resnet(), 'conv1').layer;
		if (stem.type !== 'conv2d') throw new Error('ResNet-50’s stem is not a convolution');
		return stem.kernel;
	}),
	given('AlexNet’s ILSVRC 2012 top-5 error (Krizhevsky et al., 2012)', 15.3, {
		digits: 1,
		unit: '%',
	}),
	given('the runner-up’s ILSVRC 2012 top-5 error (Krizhevsky et al., 2012)', 26.2, {
		digits: 1,
		unit: '%',
	}),
	given('GoogLeNet’s ILSVRC 2014 top-5 error (Szegedy et al., 2014)', 6.67, {
		digits: 2,
		unit: '%',
	}),
	given('ResNet’s ILSVRC 2015 top-5 error (He et al., 2015)', 3.57, { digits: 2, unit: '%' }),
	given('SENet’s ILSVRC 2017 top-5 error (Hu et al., 2017)', 2.25, { digits: 2, unit: '%' }),
	// LeNet-5.
	computed('LeNet-5’s input', () => spatial(lenet().inputShape)),
	computed('C1', () => layer(lenet(), 'C1').params),
	computed('C3', () => layer(lenet(), 'C3').params),
	computed('C5', () => layer(lenet(), 'C5').params),
	computed('F6', () => layer(lenet(), 'F6').params),
	computed('LeNet-5’s output layer', () => layer(lenet(), 'output').params),
	computed('LeNet-5’s total', () => lenet().totalParams),
	// AlexNet.
	computed('AlexNet’s input', () => spatial(alex().inputShape)),
	computed(
		'ImageNet’s classes: AlexNet’s output units',
		() => channels(layer(alex(), -1)),
	),
	computed('AlexNet’s total', () => alex().totalParams),
	computed('AlexNet / LeNet-5', () => alex().totalParams / lenet().totalParams),
	computed('AlexNet’s dropout rate', () => percent(dropoutRate(alex())), PERCENT),
	computed('AlexNet’s last feature map', () => layer(alex(), 'flatten').inputShapes[0]),
	computed('values in it', () => layer(alex(), 'flatten').outputSize),
	computed('AlexNet’s dense units', () => channels(layer(alex(), 'classifier.1'))),
	computed('first dense layer', () => layer(alex(), 'classifier.1').params),
	computed('second dense layer', () => layer(alex(), 'classifier.4').params),
	computed('output layer', () => layer(alex(), 'classifier.6').params),
	computed('the three dense layers', () => alexDenseParams()),
	computed(
		'their share of AlexNet',
		() => percent(alexDenseParams() / alex().totalParams),
		PERCENT,
	),
	computed('AlexNet’s convolutions', () => alex().totalParams - alexDenseParams()),
	// GoogLeNet.
	computed('without a bottleneck: 5×5 from 192 to 32', () => noBottleneck().totalParams),
	computed('the 1×1 bottleneck from 192 to 16', () => layer(bottleneck(), 0).params),
	computed('the 5×5 from 16 to 32', () => layer(bottleneck(), 1).params),
	computed('with a bottleneck', () => bottleneck().totalParams),
	computed('the bottleneck’s saving', () => noBottleneck().totalParams / bottleneck().totalParams, {
		digits: 1,
	}),
	computed('GoogLeNet’s last channels', () => lastAxis(layer(google(), 'fc').inputShapes[0])),
	computed('GoogLeNet’s dense layer', () => layer(google(), 'fc').params),
	computed('GoogLeNet’s total', () => google().totalParams),
	computed('AlexNet / GoogLeNet', () => alex().totalParams / google().totalParams, { digits: 1 }),
	computed('AlexNet / GoogLeNet, “about 9 times”', () => alex().totalParams / google().totalParams),
	computed('VGG-16’s total', () => vgg().totalParams),
	computed('VGG-16 / GoogLeNet', () => vgg().totalParams / google().totalParams),
	// ResNet-50.
	computed('ResNet-50 (torchvision)', () => resnet().totalParams),
	computed('ResNet-50 (Keras)', () => resnetKeras().totalParams),
	computed('their difference', () => resnetKeras().totalParams - resnet().totalParams),
	computed(
		'ResNet-50’s convolutions: stem, 16 units × 3, 4 projections',
		() => convs(resnet()).length,
	),
	computed('the stem’s channels', () => channels(layer(resnet(), 'conv1'))),
	computed('channels of one unit in stage 1', () => unitChannels(1)),
	computed('channels of one unit in stage 2', () => unitChannels(2)),
	computed('channels of one unit in stage 3', () => unitChannels(3)),
	computed('channels of one unit in stage 4', () => unitChannels(4)),
	computed('stage 3’s output channels', () => stageOutput(3)),
	computed('stage 4’s output channels', () => stageOutput(4)),
	computed('output channels of all 53 convolutions', () => resnetChannels()),
	computed('Keras’s batch-norm moving statistics', () => resnetKeras().nonTrainableParams),
	computed('Keras’s trainable parameters', () => resnetKeras().trainableParams),
	// SE-ResNet-50.
	computed('the weights of an SE block’s first dense layer for 256 channels, 256 · 16', () => {
		const fc1 = layer(seResnet(), 'layer1.0.se.fc1');
		return fc1.params - channels(fc1);
	}),
	computed('an SE block for 256 channels', () => seBlock(1)),
	computed('stage 1’s SE blocks', () => seStage(1)),
	computed('an SE block for 512 channels', () => seBlock(2)),
	computed('stage 2’s SE blocks', () => seStage(2)),
	computed('an SE block for 1,024 channels', () => seBlock(3)),
	computed('stage 3’s SE blocks', () => seStage(3)),
	computed('an SE block for 2,048 channels', () => seBlock(4)),
	computed('stage 4’s SE blocks', () => seStage(4)),
	computed('all SE blocks', () => seStage(1) + seStage(2) + seStage(3) + seStage(4)),
	computed('SE-ResNet-50 (timm)', () => seResnet().totalParams),
	computed('SE-ResNet-50 − ResNet-50', () => seResnet().totalParams - resnet().totalParams),
	computed(
		'the SE blocks’ share',
		() => percent(seResnet().totalParams / resnet().totalParams - 1),
		PERCENT,
	),
	// Xception.
	computed('a regular 3×3 convolution, 128 → 128', () => regular128().totalParams),
	computed('its depthwise part', () => layer(separable128(), 0).params),
	computed('its pointwise part', () => layer(separable128(), 1).params),
	computed('the separable convolution', () => separable128().totalParams),
	computed('regular / separable', () => regular128().totalParams / separable128().totalParams, {
		digits: 1,
	}),
	computed('separable / regular', () => separable128().totalParams / regular128().totalParams, {
		digits: 3,
	}),
	computed('Xception (Keras)', () => xcept().totalParams),
	computed(
		'Xception’s convolutional layers: two regular 3×3 and the separable ones (shortcut 1×1s aside)',
		() =>
			xcept().layers.filter(
				(l) =>
					l.type === 'separableConv2d' || (l.type === 'conv2d' && l.name.startsWith('block1_')),
			).length,
	),
	computed(
		'Xception’s separable convolutions',
		() => xcept().layers.filter((l) => l.type === 'separableConv2d').length,
	),
	// EfficientNet-B0.
	given('EfficientNet’s depth constant α (Tan & Le, 2019)', SCALING.alpha, { digits: 1 }),
	given('EfficientNet’s width constant β (Tan & Le, 2019)', SCALING.beta, { digits: 1 }),
	given('EfficientNet’s resolution constant γ (Tan & Le, 2019)', SCALING.gamma, { digits: 2 }),
	computed(
		'α · β² · γ², which the paper constrains to about 2',
		() => SCALING.alpha * SCALING.beta ** 2 * SCALING.gamma ** 2,
		{ digits: 2 },
	),
	given('EfficientNet-B7’s input resolution (Tan & Le, 2019)', [600, 600]),
	computed('the example MBConv block’s input, stage 2 of B0', () =>
		layer(effnet(), 'stage2.1.expand').inputShapes[0],
	),
	computed('its 1×1 expansion, 24 → 144 (and its projection, 144 → 24)', () => mb('expand')),
	computed('its 3×3 depthwise convolution', () => mb('depthwise')),
	computed('its SE block’s second dense layer, 6 → 144', () => mb('se.fc2')),
	computed('its batch norms', () => mbBatchNorm()),
	computed('the whole block', () => {
		const names = effnet().layers.filter((l) => l.name.startsWith('stage2.1.'));
		return names.reduce((sum, l) => sum + l.params, 0);
	}),
	computed('EfficientNet-B0’s head convolution channels', () => channels(layer(effnet(), 'head'))),
	computed('EfficientNet-B0 (torchvision)', () => effnet().totalParams),
	computed('ResNet-50 / EfficientNet-B0', () => resnet().totalParams / effnet().totalParams, {
		digits: 1,
	}),
	computed('EfficientNet-B0’s multiply–accumulates, in billions', () => effnet().macs / 1e9, {
		digits: 2,
	}),
	given('EfficientNet-B0’s ImageNet top-1 accuracy (Tan & Le, 2019, table 2)', 77.1, {
		digits: 1,
		unit: '%',
	}),
	given('ResNet-50’s ImageNet top-1 accuracy, as the EfficientNet paper quotes it', 76.0, {
		digits: 1,
		unit: '%',
	}),
	given('EfficientNet-B7’s ImageNet top-1 accuracy (Tan & Le, 2019)', 84.3, {
		digits: 1,
		unit: '%',
	}),
];

// ---------------------------------------------------------------------------------------------
// Question 7

const vggDense = () => vgg().layers.filter((l) => l.type === 'dense');
const vggHead = () => vggDense().reduce((sum, l) => sum + l.params, 0);
/** VGG-16's dense head as convolutions, on a square input of `size`. */
function vggFcn(size: number): Summary {
	const json = vgg16();
	const base = json.layers.filter((l) => l.type !== 'flatten' && l.type !== 'dense');
	const [, ...rest] = vggDense();
	const kernel = spatial(layer(vgg(), 'flatten').inputShapes[0]);
	return run({
		...json,
		input: [size, size, 3],
		layers: [
			...base,
			{
				type: 'conv2d',
				name: 'fc1',
				filters: channels(layer(vgg(), 'fc1')),
				kernel: kernel as [number, number],
			},
			...rest.map((l) => ({
				type: 'conv2d' as const,
				name: l.name,
				filters: channels(l),
				kernel: 1,
			})),
		],
	});
}
const fcn224 = once(() => vggFcn(224));
const fcn448 = once(() => vggFcn(448));
const vggMap = () => layer(vgg(), 'flatten').inputShapes[0];
/** The notes' 1×1 convolution with 4,096 filters on the 7×7×512 map. */
const wrong1x1 = once(() => model([...vggMap()], [{ type: 'conv2d', filters: 4096, kernel: 1 }]));

const q7: FigureTable = [
	given('the example’s larger input', [448, 448]),
	given('a 1×1 kernel: the notes’ replacement, right for the layers after the first', [1, 1]),
	computed('VGG-16’s input', () => spatial(vgg().inputShape)),
	computed('its last feature map', () => vggMap()),
	computed('values after Flatten', () => layer(vgg(), 'flatten').outputSize),
	computed('units of the first two dense layers', () => channels(layer(vgg(), 'fc1'))),
	computed('the first dense layer’s replacement kernel', () => spatial(vggMap())),
	computed('the replacement’s output', () => layer(fcn224(), 'fc1').outputShape),
	computed('the first dense layer', () => layer(vgg(), 'fc1').params),
	computed(
		'the 7×7 convolution’s weights',
		() => layer(fcn224(), 'fc1').params - channels(layer(vgg(), 'fc1')),
	),
	computed('the 7×7 convolution', () => layer(fcn224(), 'fc1').params),
	computed('ImageNet’s classes', () => channels(layer(vgg(), 'predictions'))),
	computed('the second dense layer', () => layer(vgg(), 'fc2').params),
	computed('the output layer', () => layer(vgg(), 'predictions').params),
	computed('the head', () => vggHead()),
	computed('the head’s share', () => percent(vggHead() / vgg().totalParams), PERCENT),
	computed('VGG-16’s total', () => vgg().totalParams),
	computed('its convolutional part', () => vgg().totalParams - vggHead()),
	computed('the base’s output on 448×448', () => layer(fcn448(), 'fc1').inputShapes[0]),
	computed(
		'the converted first layer’s output on 448×448',
		() => layer(fcn448(), 'fc1').outputShape,
	),
	computed('the network’s output on 448×448', () => layer(fcn448(), -1).outputShape),
	computed('the grid of predictions', () => spatial(layer(fcn448(), -1).outputShape)),
	computed(
		'predictions in that grid',
		() => layer(fcn448(), -1).outputSize / channels(layer(vgg(), 'predictions')),
	),
	computed('the base’s map on 448×448', () => spatial(layer(fcn448(), 'fc1').inputShapes[0])),
	computed('LeNet-5’s C5: a 5×5 kernel on 5×5 maps', () =>
		spatial(layer(lenet(), 'C5').inputShapes[0]),
	),
	computed('the notes’ 1×1 convolution on the 7×7×512 map', () => wrong1x1().totalParams),
	computed('its output', () => layer(wrong1x1(), 0).outputShape),
];

// ---------------------------------------------------------------------------------------------
// Question 8

/** The map size after `halvings` stride-2 stages of a 224×224 input. */
const afterStages = (halvings: number): [number, number] => {
	let size = 224;
	for (let i = 0; i < halvings; i++) size = stageSize(size);
	return [size, size];
};
const totalStride = () => featureMapOf(vgg().inputShape)[0] / featureMapOf(vggMap())[0];
/** The example: 100 pixels, 10 of them object, predicted all background. */
const example = once(() => {
	const truth = labelMap(10, (_, y) => (y === 0 ? 1 : 0));
	const predicted = labelMap(10, () => 0);
	const matrix = confusion(truth, predicted, 2);
	return { matrix, shares: classShares(truth, 2) };
});
const sceneShares = once(() => classShares(sceneLabels(), CLASS_COUNT));

const q8: FigureTable = [
	computed('the usual classification input: VGG-16’s and ResNet-50’s', () =>
		spatial(vgg().inputShape),
	),
	computed('the map after a total stride of 32', () => afterStages(5)),
	computed('pixels per cell at stride 32', () => [totalStride(), totalStride()]),
	computed('that many pixels', () => totalStride() ** 2),
	computed('the map’s side at stride 32, 224 / 32', () => afterStages(5)[0]),
	computed('positions the last layer knows, 7 · 7', () => afterStages(5)[0] ** 2),
	computed('pixels per cell at stride 8', () => (224 / afterStages(3)[0]) ** 2),
	computed('pixels per cell at stride 16', () => (224 / afterStages(4)[0]) ** 2),
	computed(
		'pixels of a 224×224 image',
		() => layer(model([224, 224, 1], [{ type: 'flatten' }]), 0).outputSize,
	),
	computed('the map at stride 8', () => afterStages(3)),
	computed('the map at stride 16 (also: the transposed convolution’s output)', () =>
		afterStages(4),
	),
	computed('a transposed convolution k = 4, s = 2, p = 1 on 7×7', () => {
		const size = convTransposeOutputSize(7, { kernel: 4, stride: 2, padding: 1 });
		return [size, size];
	}),
	computed(
		'pixel accuracy of the all-background guess',
		() => percent(pixelAccuracy(example().matrix)),
		PERCENT,
	),
	computed(
		'background IoU (also: the background’s share)',
		() => defined(iouPerClass(example().matrix)[0], 'the background’s IoU'),
		{ digits: 1 },
	),
	computed('mean IoU', () => meanIoU(example().matrix), { digits: 2 }),
	computed('the object’s share', () => defined(example().shares[1], 'the object’s share'), {
		digits: 1,
	}),
	computed('the demo’s scene', () => [SCENE_SIZE, SCENE_SIZE]),
	computed('the demo’s last stage', () => {
		let size: number = SCENE_SIZE;
		for (let i = 0; i < 5; i++) size = stageSize(size);
		return [size, size];
	}),
	computed(
		'the pole’s share of the scene',
		() => percent(defined(sceneShares()[CLASS_IDS.indexOf('pole')], 'the pole’s share')),
		{ digits: 1, unit: '%' },
	),
];

/** Chapter 14's figure tables, by page slug. */
// ---------------------------------------------------------------------------------------------
// Exercise 10 (hands-on): the figures of its code module, which counts with the presets.

const q10: FigureTable = [
	given('tf_flowers’s images (TensorFlow Datasets)', FLOWERS.images),
	given('the book’s split: the test share', SPLIT.test, PERCENT),
	given('the book’s split: the validation share', SPLIT.valid, PERCENT),
	given('the book’s split: the training share', SPLIT.train, PERCENT),
	computed('the input size of both bases', () => spatial(effnet().inputShape)),
	computed('Xception without its top', () => xceptionBase()),
	computed('Xception’s last channels', () => baseChannels(xcept())),
	computed('the head on Xception, 5 classes', () => headParams(baseChannels(xcept()))),
	given('phase 1’s learning rate (the book’s SGD)', LEARNING_RATES[0], { digits: 1 }),
	given('phase 2’s learning rate, ten times lower', LEARNING_RATES[1], { digits: 2 }),
	given('the book’s SGD momentum', 0.9, { digits: 1 }),
	computed('EfficientNet-B0’s last channels', () => baseChannels(effnet())),
	computed('EfficientNet-B0’s head convolution kernel', () => {
		const head = layer(effnet(), 'head').layer;
		if (head.type !== 'conv2d') throw new Error('EfficientNet-B0’s head is not a convolution');
		return head.kernel;
	}),
	computed('the head on EfficientNet-B0, 5 classes', () => efficientnetPhases().head),
	computed('trained in phase 2: head, stage 6, stage 7, head convolution', () => efficientnetPhases().top),
];

// ---------------------------------------------------------------------------------------------
// Exercise 11 (hands-on): the tutorial's settings and the Gram matrices' sizes.

const q11: FigureTable = [
	computed('the Gram matrix of block1_conv1: 64 channels (VGG-16’s widths are VGG19’s)', () => {
		const c = channels(layer(vgg(), 'block1_conv1'));
		if (c !== STYLE_CHANNELS[0]) throw new Error('VGG block 1 is not 64 wide');
		return [c, c];
	}),
	computed('the Gram matrix of block5_conv1: 512 channels', () => {
		const c = channels(layer(vgg(), 'block5_conv1'));
		if (c !== STYLE_CHANNELS[4]) throw new Error('VGG block 5 is not 512 wide');
		return [c, c];
	}),
	computed('the printed example: two 2×2 maps', () => [2, 2]),
	given('the tutorial’s Adam learning rate', ADAM.learningRate, { digits: 2 }),
	given('the tutorial’s Adam β₁', ADAM.beta1, { digits: 2 }),
	given('the tutorial’s Adam ε', ADAM.epsilon, { digits: 1 }),
];

export const CH14_FIGURES: Readonly<Record<string, FigureTable>> = {
	'ch14/01-cnn-vs-dense': q1,
	'ch14/02-parameters-and-memory': q2,
	'ch14/03-out-of-gpu-memory': q3,
	'ch14/04-max-pooling-vs-strided-conv': q4,
	'ch14/05-local-response-normalization': q5,
	'ch14/06-architecture-innovations': q6,
	'ch14/07-fully-convolutional-networks': q7,
	'ch14/08-semantic-segmentation': q8,
	'ch14/10-transfer-learning-large-images': q10,
	'ch14/11-style-transfer-tutorial': q11,
};
