import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModel, summary, type ModelJson, type Summary } from '../cnn/index.ts';
import { alexnet } from '../cnn/presets/alexnet.ts';
import { exercise2 } from '../cnn/presets/exercise2.ts';
import { lenet5 } from '../cnn/presets/lenet5.ts';
import { vgg16 } from '../cnn/presets/vgg16.ts';
import { toKeras } from './keras.ts';
import { padFor, padTotal, py, pyPair } from './python.ts';
import { toPyTorch } from './pytorch.ts';
import { chainModelArb, parseCall, parseKeras, parsePyTorch } from './testing.ts';

const summarize = (json: ModelJson): Summary => summary(parseModel(json));
const withBatchNorm: ModelJson = {
	convention: 'pytorch',
	input: [32, 32, 3],
	layers: [
		{ type: 'conv2d', filters: 16, kernel: 3, padding: 'same', useBias: false },
		{ type: 'batchNorm' },
		{ type: 'maxPool2d', pool: 2 },
		{ type: 'flatten' },
		{ type: 'dense', units: 10, activation: 'softmax' },
	],
};

/** The output shapes of the rebuilt model's layers, skipping the padding layers the export added. */
function shapesWithoutPadding(json: ModelJson): string[] {
	return summarize(json)
		.layers.filter((row) => row.type !== 'zeroPadding2d')
		.map((row) => row.outputShape.join('×'));
}

/** Keras: rebuilding the generated code gives the same layers, shapes and Keras total. */
function checkKeras(json: ModelJson) {
	const exported = toKeras(json);
	const keras = summarize({ ...json, convention: 'keras' });
	const { model, calls } = parseKeras(exported.code);
	const rebuilt = summarize(model);
	expect(rebuilt.totalParams).toBe(exported.totalParams);
	expect(exported.totalParams).toBe(keras.totalParams);
	expect(shapesWithoutPadding(model)).toEqual(keras.layers.map((r) => r.outputShape.join('×')));
	// Each layer's comment states the engine's count for that layer.
	const notes = calls.filter((c) => c.note !== undefined).map((c) => c.note);
	expect(notes).toEqual(keras.layers.filter((r) => r.params > 0).map((r) => r.params));
	expect(exported.code).toContain(`# Total params: ${keras.totalParams.toLocaleString('en-US')}`);
}

/**
 * PyTorch: rebuilding the generated code with PyTorch's padding rules gives the PyTorch total and
 * the same final shape, and every module's declared in_channels / in_features / num_features
 * matches what actually reaches it.
 */
function checkPyTorch(json: ModelJson) {
	const exported = toPyTorch(json);
	const torch = summarize({ ...json, convention: 'pytorch' });
	const { model, modules } = parsePyTorch(exported.code);
	const rebuilt = summarize(model);
	expect(rebuilt.totalParams).toBe(exported.totalParams);
	expect(exported.totalParams).toBe(torch.totalParams);
	const last = (s: Summary) => s.layers.at(-1)?.outputShape.join('×');
	expect(last(rebuilt)).toBe(last(torch));
	for (const m of modules) {
		if (m.declaredInput === undefined) continue;
		const inShape = rebuilt.layers[m.layer]?.inputShapes[0];
		expect(m.declaredInput, m.call.fn).toBe(inShape?.at(-1));
	}
	const notes = modules.filter((m) => m.call.note !== undefined).map((m) => m.call.note);
	expect(notes).toEqual(torch.layers.filter((r) => r.params > 0).map((r) => r.params));
}

describe('Python helpers', () => {
	it('writes literals the way Python reads them', () => {
		expect(py(true)).toBe('True');
		expect(py('same')).toBe('"same"');
		expect(py([200, 300, 3])).toBe('(200, 300, 3)');
		expect(py([784])).toBe('(784,)');
		expect(pyPair([3, 3])).toBe('3');
		expect(pyPair([3, 5])).toBe('(3, 5)');
	});

	it('pads 200 rows for a 3×3 stride-2 "same" convolution with one row on each side', () => {
		// 100 outputs need (100 − 1)·2 + 3 = 201 rows: one row more than the image has.
		expect(padTotal(200, 100, 3, 2)).toBe(1);
		expect(padFor(200, 100, 3, 2)).toEqual([0, 1]);
		expect(padFor(75, 38, 3, 2)).toEqual([1, 1]);
		expect(padFor(10, 4, 3, 2)).toEqual([0, 0]);
	});
});

describe('Keras export', () => {
	it('writes exercise 2 as three Conv2D layers that Keras counts as 903,400 parameters', () => {
		const { code, totalParams } = toKeras(exercise2());
		expect(totalParams).toBe(903_400);
		expect(code).toContain('keras.Input(shape=(200, 300, 3))');
		expect(code).toContain(
			'layers.Conv2D(100, 3, strides=2, padding="same", activation="relu"),  # 2,800',
		);
		expect(code).toContain(
			'layers.Conv2D(400, 3, strides=2, padding="same", activation="relu"),  # 720,400',
		);
		expect(code).toContain('model.summary()  # Total params: 903,400');
	});

	it('counts batch normalisation 4 per channel whatever the model says', () => {
		const { totalParams } = toKeras(withBatchNorm);
		// 3·3·3·16 conv weights, 16·4 batch norm, 16·16·16·10 + 10 dense.
		expect(totalParams).toBe(summarize({ ...withBatchNorm, convention: 'keras' }).totalParams);
		expect(totalParams - summarize(withBatchNorm).totalParams).toBe(2 * 16);
	});

	it('turns PyTorch padding into a ZeroPadding2D so AlexNet keeps its shapes and count', () => {
		const { code, totalParams } = toKeras(alexnet());
		expect(code).toContain('layers.ZeroPadding2D(((2, 2), (2, 2))),');
		expect(code).toContain('layers.Conv2D(64, 11, strides=4, activation="relu"),  # 23,296');
		expect(totalParams).toBe(61_100_840);
		checkKeras(alexnet());
	});

	it.each([
		['exercise 2', exercise2()],
		['LeNet-5', lenet5()],
		['VGG-16', vgg16()],
		['a PyTorch model with batch norm', withBatchNorm],
	])('rebuilds %s with the same layers, shapes and count', (_, json) => checkKeras(json));

	it('reproduces the layers, shapes and count of any sequential model', () => {
		fc.assert(fc.property(chainModelArb, checkKeras), {
			numRuns: Number(process.env.FC_RUNS ?? 200),
		});
	});
});

describe('PyTorch export', () => {
	it('writes exercise 2 with channels first and padding that gives the same shapes', () => {
		const { code, totalParams } = toPyTorch(exercise2());
		expect(totalParams).toBe(903_400);
		// "same" with a 3×3 kernel: one row and column on each side gives ceil(in / 2) outputs.
		expect(code).toContain('nn.Conv2d(3, 100, kernel_size=3, stride=2, padding=1),  # 2,800');
		expect(code).toContain('nn.Conv2d(100, 200, kernel_size=3, stride=2, padding=1),  # 180,200');
		expect(code).toContain('nn.Conv2d(200, 400, kernel_size=3, stride=2, padding=1),  # 720,400');
		expect(code).not.toContain('ZeroPad2d');
		expect(code).toContain('print(sum(p.numel() for p in model.parameters()))  # 903,400');
		expect(code).toContain('torch.zeros(1, 3, 200, 300)');
		expect(code).toContain('# torch.Size([1, 400, 25, 38])');
	});

	it('counts batch normalisation 2 per channel whatever the model says', () => {
		const keras = { ...withBatchNorm, convention: 'keras' as const };
		const { code, totalParams } = toPyTorch(keras);
		expect(totalParams).toBe(summarize(withBatchNorm).totalParams);
		expect(code).toContain('nn.BatchNorm2d(16, eps=0.001, momentum=0.01),  # 32');
	});

	it('pads an even kernel unevenly with an nn.ZeroPad2d, as "same" needs', () => {
		const json: ModelJson = {
			input: [10, 10, 1],
			layers: [{ type: 'conv2d', filters: 2, kernel: 4, padding: 'same' }],
		};
		// 10 outputs of a 4-wide window need 3 extra columns: 1 before and 2 after.
		const { code } = toPyTorch(json);
		expect(code).toContain('nn.ZeroPad2d((1, 2, 1, 2)),');
		expect(code).toContain('nn.Conv2d(1, 2, kernel_size=4),  # 34');
		checkPyTorch(json);
	});

	it('drops ceil mode where "same" padding fixes the size anyway', () => {
		const json: ModelJson = {
			input: [8, 8, 1],
			layers: [{ type: 'maxPool2d', pool: 3, strides: 2, padding: 'same', ceilMode: true }],
		};
		// "same" gives ceil(8 / 2) = 4; padding 1 with ceil_mode would give ceil(7 / 2) + 1 = 5.
		expect(toPyTorch(json).code).toContain('nn.MaxPool2d(kernel_size=3, stride=2, padding=1),');
		checkPyTorch(json);
	});

	it('writes a dense layer on a feature map as a 1×1 convolution', () => {
		const json: ModelJson = {
			input: [8, 8, 3],
			layers: [{ type: 'dense', units: 5 }],
		};
		expect(toPyTorch(json).code).toContain('nn.Conv2d(3, 5, kernel_size=1),  # 20');
	});

	it('writes AlexNet as torchvision does', () => {
		const { code, totalParams } = toPyTorch(alexnet());
		expect(totalParams).toBe(61_100_840);
		expect(code).toContain('nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),  # 23,296');
		expect(code).toContain('nn.MaxPool2d(kernel_size=3, stride=2),');
		expect(code).toContain('nn.Linear(9216, 4096),  # 37,752,832');
	});

	it.each([
		['exercise 2', exercise2()],
		['LeNet-5', lenet5()],
		['AlexNet', alexnet()],
		['VGG-16', vgg16()],
		['a Keras model with batch norm', { ...withBatchNorm, convention: 'keras' as const }],
	])('rebuilds %s with matching channels, count and output shape', (_, json) => checkPyTorch(json));

	it('reproduces the count and output shape of any sequential model', () => {
		fc.assert(fc.property(chainModelArb, checkPyTorch), {
			numRuns: Number(process.env.FC_RUNS ?? 200),
		});
	});
});

describe('the test parser itself', () => {
	it('reads a call with tuples, keywords and a count comment', () => {
		const c = parseCall('    nn.ZeroPad2d((0, 1, 0, 1)),  # 1,234');
		expect(c).toEqual({ fn: 'nn.ZeroPad2d', args: [[0, 1, 0, 1]], kwargs: {}, note: 1234 });
		expect(parseCall('layers.Dense(10, activation="softmax"),')?.kwargs).toEqual({
			activation: 'softmax',
		});
	});
});
