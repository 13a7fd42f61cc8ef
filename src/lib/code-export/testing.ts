import fc from 'fast-check';
import { ACTIVATIONS, trySummary, type LayerJson, type ModelJson } from '../cnn/index.ts';
import { defined } from '../defined.ts';

/**
 * Test helpers for the exporters: random sequential models of the layer types the calculator
 * edits, and small parsers that read the generated Python back into the engine's JSON, so a test
 * can rebuild the exported model with the engine and compare its counts and shapes with the
 * original. Not used by the site.
 */

type Py = number | string | boolean | Py[];

/** Reads a Python literal made of numbers, strings, booleans and tuples. */
function parseLiteral(text: string): Py {
	let i = 0;
	const skip = () => {
		while (text[i] === ' ') i++;
	};
	const value = (): Py => {
		skip();
		if (text[i] === '(') {
			i++;
			const items: Py[] = [];
			skip();
			while (text[i] !== ')') {
				items.push(value());
				skip();
				if (text[i] === ',') i++;
				skip();
			}
			i++;
			return items;
		}
		if (text[i] === '"') {
			const end = text.indexOf('"', i + 1);
			const s = JSON.parse(text.slice(i, end + 1)) as string;
			i = end + 1;
			return s;
		}
		const m = /^(True|False|[-+0-9.e]+)/.exec(text.slice(i));
		if (!m) throw new Error(`cannot read ${text.slice(i)}`);
		i += m[0].length;
		return m[0] === 'True' ? true : m[0] === 'False' ? false : Number(m[0]);
	};
	const result = value();
	skip();
	if (i !== text.length) throw new Error(`trailing text in ${text}`);
	return result;
}

/** A call such as `nn.Conv2d(3, 100, kernel_size=3)`, split into its name and arguments. */
export interface PyCall {
	readonly fn: string;
	readonly args: readonly Py[];
	readonly kwargs: Readonly<Record<string, Py>>;
	/** The number in a trailing `# 2,800` comment, if any. */
	readonly note?: number;
}

/** Splits `a, (b, c), d=e` at the commas that are not inside brackets. */
function splitArgs(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		if (quoted) continue;
		if (ch === '(') depth++;
		if (ch === ')') depth--;
		if (ch === ',' && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	if (text.slice(start).trim()) parts.push(text.slice(start));
	return parts.map((p) => p.trim()).filter(Boolean);
}

/** Parses one line of generated code into a call, or undefined for anything else. */
export function parseCall(line: string): PyCall | undefined {
	const m = /^\s*([\w.]+)\((.*)\),?(?:\s+#\s*([\d,]+))?\s*$/.exec(line);
	if (!m) return undefined;
	const [, fn = '', list = '', comment] = m;
	const args: Py[] = [];
	const kwargs: Record<string, Py> = {};
	for (const part of splitArgs(list)) {
		const kw = /^(\w+)=(.*)$/.exec(part);
		if (kw) kwargs[kw[1] ?? ''] = parseLiteral(kw[2] ?? '');
		else args.push(parseLiteral(part));
	}
	const call = { fn, args, kwargs };
	return comment === undefined ? call : { ...call, note: Number(comment.replace(/,/g, '')) };
}

const num = (v: Py | undefined) => v as number;
function pairOf(v: Py): [number, number];
function pairOf(v: Py | undefined): [number, number] | undefined;
function pairOf(v: Py | undefined) {
	return (Array.isArray(v) ? v : v === undefined ? undefined : [v, v]) as
		[number, number] | undefined;
}

const KERAS_ACTIVATIONS: Record<string, string> = { hard_sigmoid: 'hardSigmoid' };

/** The layers between `keras.Sequential([` and `])`, read back as engine JSON. */
export function parseKeras(code: string): { model: ModelJson; calls: PyCall[] } {
	const lines = code.split('\n');
	const calls = lines.map(parseCall).filter((c): c is PyCall => c !== undefined);
	const input = calls.find((c) => c.fn === 'keras.Input');
	if (!input) throw new Error('no keras.Input');
	const layers: LayerJson[] = [];
	const body = calls.filter((c) => c.fn.startsWith('layers.'));
	for (const c of body) {
		const k = c.kwargs;
		const common = {
			...(k.strides === undefined ? {} : { strides: pairOf(k.strides) }),
			...(k.padding === undefined ? {} : { padding: k.padding as 'same' | 'valid' }),
		};
		const conv = {
			...common,
			...(k.dilation_rate === undefined ? {} : { dilation: pairOf(k.dilation_rate) }),
			...(k.use_bias === undefined ? {} : { useBias: k.use_bias as boolean }),
			...(k.activation === undefined
				? {}
				: { activation: (KERAS_ACTIVATIONS[k.activation as string] ?? k.activation) as never }),
		};
		switch (c.fn) {
			case 'layers.Conv2D':
				layers.push({
					type: 'conv2d',
					filters: num(c.args[0]),
					kernel: defined(pairOf(c.args[1]), `the window of ${c.fn}`),
					...conv,
					...(k.groups === undefined ? {} : { groups: num(k.groups) }),
				});
				break;
			case 'layers.DepthwiseConv2D':
			case 'layers.SeparableConv2D': {
				const separable = c.fn === 'layers.SeparableConv2D';
				const dm =
					k.depth_multiplier === undefined ? {} : { depthMultiplier: num(k.depth_multiplier) };
				layers.push(
					separable
						? {
								type: 'separableConv2d',
								filters: num(c.args[0]),
								kernel: defined(pairOf(c.args[1]), `the window of ${c.fn}`),
								...conv,
								...dm,
							}
						: {
								type: 'depthwiseConv2d',
								kernel: defined(pairOf(c.args[0]), `the window of ${c.fn}`),
								...conv,
								...dm,
							},
				);
				break;
			}
			case 'layers.MaxPooling2D':
			case 'layers.AveragePooling2D':
				layers.push({
					type: c.fn === 'layers.MaxPooling2D' ? 'maxPool2d' : 'avgPool2d',
					pool: defined(pairOf(c.args[0]), `the window of ${c.fn}`),
					...common,
				});
				break;
			case 'layers.ZeroPadding2D':
				layers.push({
					type: 'zeroPadding2d',
					padding: c.args[0] as unknown as [[number, number], [number, number]],
				});
				break;
			case 'layers.GlobalAveragePooling2D':
				layers.push({ type: 'globalAvgPool2d' });
				break;
			case 'layers.Flatten':
				layers.push({ type: 'flatten' });
				break;
			case 'layers.Dropout':
				layers.push({ type: 'dropout', rate: num(c.args[0]) });
				break;
			case 'layers.Dense':
				layers.push({
					type: 'dense',
					units: num(c.args[0]),
					...(k.use_bias === undefined ? {} : { useBias: k.use_bias as boolean }),
					...(k.activation === undefined ? {} : { activation: conv.activation }),
				});
				break;
			case 'layers.BatchNormalization':
				layers.push({
					type: 'batchNorm',
					...(k.center === undefined ? {} : { center: k.center as boolean }),
					...(k.scale === undefined ? {} : { scale: k.scale as boolean }),
					...(k.epsilon === undefined ? {} : { epsilon: num(k.epsilon) }),
					...(k.momentum === undefined ? {} : { momentum: num(k.momentum) }),
				});
				break;
			default:
				throw new Error(`unknown Keras layer ${c.fn}`);
		}
	}
	const shape = input.kwargs.shape as number[];
	return { model: { convention: 'keras', input: shape, layers }, calls: body };
}

/** A module the PyTorch parser read, with the input size it declares (channels or features). */
export interface TorchModule {
	readonly call: PyCall;
	/** Index of the engine layer it became, or -1 for an activation. */
	readonly layer: number;
	/** `in_channels`, `in_features` or `num_features`, when the module states one. */
	readonly declaredInput?: number | undefined;
}

const TORCH_ACTIVATIONS = new Set([
	'nn.ReLU',
	'nn.ReLU6',
	'nn.ELU',
	'nn.SELU',
	'nn.Sigmoid',
	'nn.Hardsigmoid',
	'nn.Tanh',
	'nn.Softmax',
	'nn.Softplus',
	'nn.Softsign',
	'nn.SiLU',
	'nn.GELU',
]);

/**
 * The modules of `nn.Sequential(...)`, read back as engine JSON with PyTorch's semantics
 * (explicit padding, ceil mode), and the input size each module declares.
 */
export function parsePyTorch(code: string): { model: ModelJson; modules: TorchModule[] } {
	const example = /torch\.zeros\(1, ([\d, ]+)\)/.exec(code);
	if (!example) throw new Error('no example input');
	const dims = (example[1] ?? '').split(',').map((d) => Number(d.trim()));
	const [channels, height, width] = dims;
	const input =
		dims.length === 3 && channels !== undefined && height !== undefined && width !== undefined
			? [height, width, channels]
			: dims;
	const start = code.indexOf('nn.Sequential(');
	const end = code.indexOf('\n)', start);
	const calls = code
		.slice(start, end)
		.split('\n')
		.slice(1)
		.map(parseCall)
		.filter((c): c is PyCall => c !== undefined);
	const layers: LayerJson[] = [];
	const modules: TorchModule[] = [];
	for (const c of calls) {
		const k = c.kwargs;
		const push = (layer: LayerJson, declaredInput?: number) => {
			modules.push({ call: c, layer: layers.length, declaredInput });
			layers.push(layer);
		};
		if (TORCH_ACTIVATIONS.has(c.fn)) {
			modules.push({ call: c, layer: -1 });
			continue;
		}
		switch (c.fn) {
			case 'nn.ZeroPad2d': {
				const [l, r, t, b] = c.args[0] as [number, number, number, number];
				push({
					type: 'zeroPadding2d',
					padding: [
						[t, b],
						[l, r],
					],
				});
				break;
			}
			case 'nn.Conv2d':
				push(
					{
						type: 'conv2d',
						filters: num(c.args[1]),
						kernel: defined(pairOf(k.kernel_size), `the window of ${c.fn}`),
						strides: pairOf(k.stride) ?? 1,
						padding: pairOf(k.padding) ?? 0,
						dilation: pairOf(k.dilation) ?? 1,
						groups: k.groups === undefined ? 1 : num(k.groups),
						useBias: k.bias === undefined ? true : (k.bias as boolean),
					},
					num(c.args[0]),
				);
				break;
			case 'nn.MaxPool2d':
			case 'nn.AvgPool2d':
				push({
					type: c.fn === 'nn.MaxPool2d' ? 'maxPool2d' : 'avgPool2d',
					pool: defined(pairOf(k.kernel_size), `the window of ${c.fn}`),
					...(k.stride === undefined ? {} : { strides: pairOf(k.stride) }),
					padding: pairOf(k.padding) ?? 0,
					ceilMode: k.ceil_mode === true,
				});
				break;
			case 'nn.AdaptiveAvgPool2d':
				push({ type: 'globalAvgPool2d' });
				break;
			case 'nn.Flatten':
				push({ type: 'flatten' });
				break;
			case 'nn.Dropout':
				push({ type: 'dropout', rate: num(c.args[0]) });
				break;
			case 'nn.Linear':
				push(
					{
						type: 'dense',
						units: num(c.args[1]),
						useBias: k.bias === undefined || k.bias === true,
					},
					num(c.args[0]),
				);
				break;
			case 'nn.BatchNorm2d':
			case 'nn.BatchNorm1d': {
				const affine = k.affine === undefined || k.affine === true;
				push({ type: 'batchNorm', center: affine, scale: affine }, num(c.args[0]));
				break;
			}
			default:
				throw new Error(`unknown PyTorch module ${c.fn}`);
		}
	}
	return { model: { convention: 'pytorch', input, layers }, modules };
}

const small = (max: number) => fc.integer({ min: 1, max });
const pairArb = (max: number) => fc.oneof(small(max), fc.tuple(small(max), small(max)));
const paddingArb = fc.oneof(
	fc.constant('valid' as const),
	fc.constant('same' as const),
	fc.integer({ min: 0, max: 2 }),
);
const activationArb = fc.constantFrom(...ACTIVATIONS);

const convArb: fc.Arbitrary<LayerJson> = fc.oneof(
	fc.record(
		{
			type: fc.constant('conv2d' as const),
			filters: small(12),
			kernel: pairArb(5),
			strides: pairArb(3),
			padding: paddingArb,
			dilation: fc.constantFrom(1, 2),
			useBias: fc.boolean(),
			activation: activationArb,
		},
		{ requiredKeys: ['type', 'filters', 'kernel'] },
	),
	fc.record(
		{
			type: fc.constant('depthwiseConv2d' as const),
			kernel: pairArb(5),
			strides: pairArb(2),
			padding: paddingArb,
			depthMultiplier: small(3),
			useBias: fc.boolean(),
			activation: activationArb,
		},
		{ requiredKeys: ['type', 'kernel'] },
	),
	fc.record(
		{
			type: fc.constant('separableConv2d' as const),
			filters: small(12),
			kernel: pairArb(5),
			strides: pairArb(2),
			padding: paddingArb,
			depthMultiplier: small(2),
			useBias: fc.boolean(),
			activation: activationArb,
		},
		{ requiredKeys: ['type', 'filters', 'kernel'] },
	),
	fc.record(
		{
			type: fc.constantFrom('maxPool2d' as const, 'avgPool2d' as const),
			pool: pairArb(3),
			strides: pairArb(3),
			padding: fc.oneof(
				fc.constant('valid' as const),
				fc.constant('same' as const),
				fc.constant(1),
			),
			ceilMode: fc.boolean(),
		},
		{ requiredKeys: ['type', 'pool'] },
	),
	fc.constant({ type: 'batchNorm' } as const),
	fc.record({
		type: fc.constant('dropout' as const),
		rate: fc.double({ min: 0, max: 0.9, noNaN: true }),
	}),
);

const headArb: fc.Arbitrary<LayerJson[]> = fc
	.tuple(
		fc.constantFrom<LayerJson>({ type: 'flatten' }, { type: 'globalAvgPool2d' }),
		fc.array(
			fc.oneof(
				fc.record(
					{
						type: fc.constant('dense' as const),
						units: small(20),
						useBias: fc.boolean(),
						activation: activationArb,
					},
					{ requiredKeys: ['type', 'units'] },
				),
				fc.constant({ type: 'batchNorm' } as const),
				fc.constant({ type: 'dropout', rate: 0.5 } as const),
			),
			{ maxLength: 3 },
		),
	)
	.map(([first, rest]) => [first, ...rest]);

/**
 * Random sequential models of the calculator's layer types that the engine accepts: a few
 * spatial layers, then optionally a head (flatten or global pooling, then dense layers). Dense,
 * batch normalisation and dropout may also act directly on feature maps.
 */
export const chainModelArb: fc.Arbitrary<ModelJson> = fc
	.record({
		convention: fc.constantFrom('keras' as const, 'pytorch' as const),
		input: fc.tuple(fc.integer({ min: 8, max: 48 }), fc.integer({ min: 8, max: 48 }), small(4)),
		body: fc.array(
			fc.oneof(
				{ weight: 5, arbitrary: convArb },
				{
					weight: 1,
					arbitrary: fc.record({ type: fc.constant('dense' as const), units: small(6) }),
				},
			),
			{ minLength: 1, maxLength: 5 },
		),
		head: fc.option(headArb),
	})
	.map(({ convention, input, body, head }) => ({
		convention,
		input,
		layers: [...body, ...(head ?? [])],
	}))
	.filter((model) => trySummary(model).ok);
