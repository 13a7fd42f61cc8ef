import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defined } from '../defined.ts';
import { CnnError } from './errors.ts';
import { memory } from './memory.ts';
import { alexnet } from './presets/alexnet.ts';
import { lenet5 } from './presets/lenet5.ts';
import { convOutputSize } from './shapes.ts';
import { summary } from './summary.ts';
import { ACTIVATIONS, LAYER_TYPES, type Summary } from './types.ts';
import { parseModel } from './validate.ts';
import { working } from './working.ts';

const RUNS = { numRuns: 1000 };

/**
 * Runs the engine and classifies the outcome: a summary, or a CnnError. Anything else (a raw
 * TypeError, a RangeError from a blown stack) is returned too, for the property to fail on.
 */
function run(json: unknown): { summary: Summary } | { error: unknown } {
	try {
		return { summary: summary(parseModel(json)) };
	} catch (error) {
		return { error };
	}
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** The invariants every successful summary must satisfy. */
function checkSummary(s: Summary): void {
	let trainable = 0;
	let nonTrainable = 0;
	let macs = 0;
	for (const layer of s.layers) {
		expect(layer.outputShape.length).toBeGreaterThanOrEqual(1);
		for (const size of layer.outputShape)
			expect(Number.isSafeInteger(size) && size >= 1).toBe(true);
		for (const n of [layer.params, layer.trainableParams, layer.nonTrainableParams, layer.macs]) {
			expect(isCount(n)).toBe(true);
		}
		expect(layer.params).toBe(layer.trainableParams + layer.nonTrainableParams);
		expect(layer.outputSize).toBe(layer.outputShape.reduce((a, b) => a * b, 1));
		trainable += layer.trainableParams;
		nonTrainable += layer.nonTrainableParams;
		macs += layer.macs;
	}
	expect([s.trainableParams, s.nonTrainableParams, s.macs]).toEqual([
		trainable,
		nonTrainable,
		macs,
	]);
	expect(s.totalParams).toBe(trainable + nonTrainable);
	expect(s.order.length).toBe(s.layers.length);
}

/** The invariants of every error: typed, and a sentence in each language. */
function checkError(error: unknown): void {
	expect(error).toBeInstanceOf(CnnError);
	const e = error as CnnError;
	for (const lang of ['en', 'id'] as const) {
		const text = e.describe(lang);
		expect(text.length).toBeGreaterThan(15);
		expect(text).not.toContain('[object Object]');
	}
	expect(e.message).toBe(e.describe('en'));
}

function checkOutcome(json: unknown): boolean {
	const outcome = run(json);
	if ('summary' in outcome) {
		checkSummary(outcome.summary);
		return true;
	}
	checkError(outcome.error);
	return false;
}

/** Values a careless or adversarial author might put in any field. */
const junk = fc.oneof(
	fc.integer({ min: -3, max: 40 }),
	fc.constantFrom(0.5, -0.5, 1e300, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, -0),
	fc.constantFrom('valid', 'same', 'relu', 'input', '', '3', 'conv2d'),
	fc.array(fc.integer({ min: -2, max: 20 }), { maxLength: 4 }),
	fc.constantFrom(
		null,
		true,
		false,
		[],
		{},
		[
			[1, 1],
			[1, 1],
		],
		[
			[-1, 0],
			[0, 0],
		],
	),
	fc.anything({ maxDepth: 2 }),
);

const FIELD_NAMES = [
	'filters',
	'kernel',
	'strides',
	'padding',
	'dilation',
	'groups',
	'useBias',
	'activation',
	'depthMultiplier',
	'pool',
	'ceilMode',
	'rate',
	'fn',
	'depthRadius',
	'bias',
	'alpha',
	'beta',
	'size',
	'shape',
	'units',
	'center',
	'scale',
	'epsilon',
	'momentum',
	'inputs',
	'name',
];

const junkLayer = fc
	.tuple(
		fc.oneof(fc.constantFrom(...LAYER_TYPES), junk),
		fc.dictionary(fc.constantFrom(...FIELD_NAMES), junk, { maxKeys: 4 }),
	)
	.map(([type, fields]) => ({ ...fields, type }));

/** A size, a pair of sizes, or (rarely) something out of range. */
const size = (max: number) =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.integer({ min: 1, max }) },
		{ weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })) },
		{ weight: 1, arbitrary: fc.integer({ min: 0, max: 2 * max }) },
	);

const padding = fc.oneof(
	fc.constantFrom('valid', 'same'),
	fc.integer({ min: 0, max: 2 }),
	fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
);

/** Plausible fields per type, so that most generated models are valid and exercise the rules. */
const FIELDS: Record<(typeof LAYER_TYPES)[number], fc.Arbitrary<Record<string, unknown>>> = {
	conv2d: fc.record(
		{
			filters: fc.integer({ min: 1, max: 16 }),
			kernel: size(5),
			strides: size(3),
			padding,
			dilation: size(2),
			groups: fc.integer({ min: 1, max: 2 }),
			useBias: fc.boolean(),
		},
		{ requiredKeys: ['filters', 'kernel'] },
	),
	depthwiseConv2d: fc.record(
		{
			kernel: size(5),
			strides: size(3),
			padding,
			dilation: size(2),
			depthMultiplier: fc.integer({ min: 1, max: 3 }),
			useBias: fc.boolean(),
		},
		{ requiredKeys: ['kernel'] },
	),
	separableConv2d: fc.record(
		{
			filters: fc.integer({ min: 1, max: 16 }),
			kernel: size(5),
			strides: size(3),
			padding,
			depthMultiplier: fc.integer({ min: 1, max: 3 }),
			useBias: fc.boolean(),
		},
		{ requiredKeys: ['filters', 'kernel'] },
	),
	conv2dTranspose: fc.record(
		{
			filters: fc.integer({ min: 1, max: 16 }),
			kernel: size(5),
			strides: size(3),
			padding,
			useBias: fc.boolean(),
		},
		{ requiredKeys: ['filters', 'kernel'] },
	),
	maxPool2d: fc.record(
		{ pool: size(3), strides: size(3), padding, ceilMode: fc.boolean() },
		{ requiredKeys: ['pool'] },
	),
	avgPool2d: fc.record(
		{ pool: size(3), strides: size(3), padding, ceilMode: fc.boolean() },
		{ requiredKeys: ['pool'] },
	),
	globalAvgPool2d: fc.constant({}),
	globalMaxPool2d: fc.constant({}),
	flatten: fc.constant({}),
	dropout: fc.record({ rate: fc.double({ min: 0, max: 0.99, noNaN: true }) }),
	activation: fc.record({ fn: fc.constantFrom(...ACTIVATIONS) }),
	lrn: fc.record(
		{
			depthRadius: fc.integer({ min: 0, max: 5 }),
			beta: fc.double({ min: 0, max: 1, noNaN: true }),
		},
		{ requiredKeys: [] },
	),
	zeroPadding2d: fc.record(
		{
			padding: fc.oneof(
				fc.integer({ min: 0, max: 3 }),
				fc.tuple(fc.tuple(fc.nat(2), fc.nat(2)), fc.tuple(fc.nat(2), fc.nat(2))),
			),
		},
		{ requiredKeys: [] },
	),
	upSampling2d: fc.record({ size: size(3) }, { requiredKeys: [] }),
	reshape: fc.record({
		shape: fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 16 })), {
			minLength: 1,
			maxLength: 3,
		}),
	}),
	dense: fc.record(
		{ units: fc.integer({ min: 1, max: 32 }), useBias: fc.boolean() },
		{ requiredKeys: ['units'] },
	),
	batchNorm: fc.record({ center: fc.boolean(), scale: fc.boolean() }, { requiredKeys: [] }),
	add: fc.constant({}),
	multiply: fc.constant({}),
	concat: fc.constant({}),
};

const MERGES = new Set(['add', 'multiply', 'concat']);

/**
 * Random models made of plausible layers wired into chains and branches: each layer reads the
 * previous one, or names earlier layers (merges name two or three), and now and then a later or
 * unknown one, to exercise cycles and unknown inputs.
 */
const plausibleModel = fc
	.record({
		input: fc.oneof(
			{
				weight: 5,
				arbitrary: fc.tuple(
					fc.integer({ min: 1, max: 32 }),
					fc.integer({ min: 1, max: 32 }),
					fc.integer({ min: 1, max: 8 }),
				),
			},
			{ weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 64 })) },
		),
		convention: fc.constantFrom('keras', 'pytorch'),
		layers: fc.array(
			fc.record({
				type: fc.constantFrom(...LAYER_TYPES),
				seed: fc.integer({ min: 0, max: 2 ** 30 }),
				picks: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
				wiring: fc.nat(19),
			}),
			{ minLength: 1, maxLength: 10 },
		),
	})
	.chain(({ input, convention, layers }) =>
		fc.tuple(...layers.map((l) => FIELDS[l.type])).map((fields) => ({
			input,
			convention,
			layers: layers.map((l, i) => {
				const names = ['input', ...layers.slice(0, i).map((_, j) => `l${j}`)];
				const layer: Record<string, unknown> = { type: l.type, name: `l${i}`, ...fields[i] };
				if (MERGES.has(l.type)) layer.inputs = l.picks.map((p) => names[p % names.length]);
				else if (l.wiring === 0)
					layer.inputs = [`l${(l.seed % 12) + i}`]; // later, unknown or itself
				else if (l.wiring < 4) layer.inputs = [names[l.seed % names.length]];
				return layer;
			}),
		})),
	);

describe('properties over random models', () => {
	test('arbitrary junk is either a valid model or a typed error with a sentence in each language', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record({
						input: fc.oneof(junk, fc.constant([8, 8, 3])),
						layers: fc.array(junkLayer, { maxLength: 5 }),
					}),
					fc.record(
						{
							input: fc.constant([16, 16, 3]),
							convention: junk,
							layers: fc.array(junkLayer, { minLength: 1, maxLength: 5 }),
							name: junk,
						},
						{ requiredKeys: ['input', 'layers'] },
					),
				),
				(json) => {
					checkOutcome(json);
				},
			),
			RUNS,
		);
	});

	test('plausible models give positive shapes and non-negative safe counts, or a typed error', () => {
		let valid = 0;
		fc.assert(
			fc.property(plausibleModel, (json) => {
				if (checkOutcome(json)) valid++;
			}),
			RUNS,
		);
		// Make sure the property is not vacuous: a fair share of the models must be valid.
		expect(valid).toBeGreaterThan(150);
	});

	test('memory figures are non-negative safe integers and the totals add up', () => {
		fc.assert(
			fc.property(
				plausibleModel,
				fc.record({
					batch: fc.integer({ min: 1, max: 512 }),
					dtype: fc.constantFrom('float32', 'float16', 'bfloat16', 'int8'),
					mode: fc.constantFrom('inference', 'training'),
					optimizer: fc.constantFrom('none', 'sgd', 'momentum', 'adam'),
					checkpointing: fc.boolean(),
					mixedPrecision: fc.boolean(),
				}),
				(json, options) => {
					const outcome = run(json);
					if (!('summary' in outcome)) return;
					const r = memory(outcome.summary, options);
					const items = [
						r.weights,
						r.gradients,
						r.optimizerState,
						r.activations,
						r.inputBatch,
						r.inferencePeak,
						r.total,
						r.recomputeMacs,
					];
					for (const n of items) expect(isCount(n)).toBe(true);
					expect(r.total).toBe(
						r.items.reduce((sum, item) => (item.counted ? sum + item.bytes : sum), 0),
					);
					expect(r.inferencePeak).toBeGreaterThanOrEqual(r.inputBatch > 0 ? 1 : 0);
					if (options.mode === 'training' && !options.checkpointing) {
						// Training keeps every buffer inference ever holds.
						expect(r.activations + r.inputBatch).toBeGreaterThanOrEqual(r.inferencePeak);
					}
				},
			),
			RUNS,
		);
	});

	test('changing any field of a valid model to junk never escapes as a raw exception', () => {
		const bases = [lenet5(), alexnet()];
		fc.assert(
			fc.property(
				fc.nat(),
				fc.nat(),
				fc.constantFrom(...FIELD_NAMES, 'type'),
				junk,
				(b, i, field, value) => {
					const base = defined(bases[b % bases.length], 'base model');
					const layers = base.layers.map((layer, j) =>
						j === i % base.layers.length ? { ...layer, [field]: value } : layer,
					);
					checkOutcome({ ...base, layers });
				},
			),
			RUNS,
		);
	});
});

/**
 * Evaluates the left-hand side of a working such as `(3×3×(64/32) + 1) × 64`: integers, `+`, `×`,
 * `/` and parentheses, English number format. A tiny parser keeps `eval` out of the tests.
 */
function evaluate(text: string): number {
	const tokens = text.replace(/,/g, '').match(/\d+|[()+×/]/g) ?? [];
	let i = 0;
	const primary = (): number => {
		const token = tokens[i++];
		if (token === '(') {
			const value = sum();
			i++; // ')'
			return value;
		}
		return Number(token);
	};
	const product = (): number => {
		let value = primary();
		while (tokens[i] === '×' || tokens[i] === '/')
			value = tokens[i++] === '×' ? value * primary() : value / primary();
		return value;
	};
	const sum = (): number => {
		let value = product();
		while (tokens[i] === '+') {
			i++;
			value += product();
		}
		return value;
	};
	return sum();
}

describe('working properties', () => {
	test('the working of every layer evaluates to its parameter count', () => {
		fc.assert(
			fc.property(plausibleModel, (json) => {
				const outcome = run(json);
				if (!('summary' in outcome)) return;
				for (const row of outcome.summary.layers) {
					const text = working(row, 'en');
					if (row.params === 0) {
						expect(text).toBe('0');
						continue;
					}
					const [lhs = '', rhs = ''] = text.split(' = ');
					expect(evaluate(lhs)).toBe(row.params);
					expect(rhs.split(' (')[0]).toBe(row.params.toLocaleString('en-US'));
				}
			}),
			RUNS,
		);
	});
});

describe('convOutputSize properties', () => {
	const args = fc.record({
		size: fc.integer({ min: 1, max: 64 }),
		kernel: fc.integer({ min: 1, max: 9 }),
		stride: fc.integer({ min: 1, max: 5 }),
		before: fc.nat(4),
		after: fc.nat(4),
		dilation: fc.integer({ min: 1, max: 3 }),
	});

	test('floor mode counts exactly the windows that fit in the padded input', () => {
		fc.assert(
			fc.property(args, ({ size, kernel, stride, before, after, dilation }) => {
				const span = dilation * (kernel - 1) + 1;
				let windows = 0;
				for (let start = 0; start + span <= size + before + after; start += stride) windows++;
				const options = { kernel, stride, dilation, padding: [before, after] as const };
				if (windows === 0) {
					expect(() => convOutputSize(size, options)).toThrow(CnnError);
				} else {
					expect(convOutputSize(size, options)).toBe(windows);
				}
			}),
			RUNS,
		);
	});

	test('ceil mode adds at most one window, and only when the last one would be partial', () => {
		fc.assert(
			fc.property(args, ({ size, kernel, stride, before, dilation }) => {
				const span = dilation * (kernel - 1) + 1;
				fc.pre(span <= size + 2 * before && before <= span >> 1);
				const floor = convOutputSize(size, { kernel, stride, dilation, padding: before });
				const ceil = convOutputSize(size, {
					kernel,
					stride,
					dilation,
					padding: before,
					ceilMode: true,
				});
				expect(ceil - floor).toBeGreaterThanOrEqual(0);
				expect(ceil - floor).toBeLessThanOrEqual(1);
				if ((size + 2 * before - span) % stride === 0) expect(ceil).toBe(floor);
				// The last window starts inside the input or its left padding, as PyTorch requires.
				expect((ceil - 1) * stride).toBeLessThan(size + before);
			}),
			RUNS,
		);
	});

	test('same padding gives ceil(size / stride) for any kernel', () => {
		fc.assert(
			fc.property(args, ({ size, kernel, stride }) => {
				expect(convOutputSize(size, { kernel, stride, padding: 'same' })).toBe(
					Math.ceil(size / stride),
				);
			}),
			RUNS,
		);
	});
});
