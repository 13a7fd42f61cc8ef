import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainModelArb } from '../../lib/code-export/testing.ts';
import { vgg16 } from '../../lib/cnn/presets/vgg16.ts';
import { DEFAULT_COMPARE, type CompareState } from './compare-state.ts';
import { defaultGpuState } from './gpu.ts';
import { GPU_SIZES, REMEDY_KEYS, type GpuState } from './gpu-state.ts';
import { PRESET_KEYS, loadPreset } from './networks.ts';
import { DTYPES, MODES, OPTIMIZERS } from '../../lib/cnn/index.ts';
import { fromModelJson, initialState, toModelJson, type CalcState } from './full-state.ts';
import { checkEditable } from './editable.ts';
import { codec as full } from './full-link.ts';
import { codec as compare } from './compare-link.ts';
import { codec as gpuCodec } from './gpu-link.ts';
import { MAX_ENCODED, fromBase64Url, toBase64Url } from './url.ts';

/** Exercise 2 as the page's wrapper gets it: from the engine's registry. */
const EXERCISE2 = await loadPreset('exercise2');

/** States as the editor can reach them: any editable model, any memory setting. */
const calcStateArb: fc.Arbitrary<CalcState> = fc
	.record({
		preset: fc.constantFrom(...PRESET_KEYS, 'custom' as const),
		model: chainModelArb.filter((m) => checkEditable(m) === undefined),
		name: fc.option(
			fc.string({ maxLength: 20 }).filter((s) => s.length > 0),
			{ nil: undefined },
		),
		batch: fc.integer({ min: 1, max: 100_000 }),
		dtype: fc.constantFrom(...DTYPES),
		mode: fc.constantFrom(...MODES),
		optimizer: fc.constantFrom(...OPTIMIZERS),
	})
	.map(({ preset, model, name, batch, dtype, mode, optimizer }) => ({
		preset,
		model: fromModelJson(name === undefined ? model : { ...model, name }),
		memory: { batch, dtype, mode, optimizer },
	}));

const gpuStateArb: fc.Arbitrary<GpuState> = fc.record({
	preset: fc.constantFrom(...PRESET_KEYS),
	batch: fc.integer({ min: 1, max: 100_000 }),
	dtype: fc.constantFrom(...DTYPES),
	optimizer: fc.constantFrom(...OPTIMIZERS),
	gpu: fc.constantFrom(...GPU_SIZES),
	smallerBatch: fc.integer({ min: 1, max: 100_000 }),
	strideLayer: fc.integer({ min: 0, max: 63 }),
	stride: fc.integer({ min: 1, max: 512 }),
	removeLayer: fc.integer({ min: 0, max: 63 }),
	half: fc.constantFrom('float16' as const, 'mixed' as const),
	applied: fc.subarray([...REMEDY_KEYS]),
});

const compareStateArb: fc.Arbitrary<CompareState> = fc.record({
	h: fc.integer({ min: 1, max: 8192 }),
	w: fc.integer({ min: 1, max: 8192 }),
	c: fc.integer({ min: 1, max: 4096 }),
	units: fc.integer({ min: 1, max: 100_000 }),
	filters: fc.integer({ min: 1, max: 100_000 }),
	kernel: fc.integer({ min: 1, max: 512 }),
});

/** The JSON object inside an encoded state, for tests that break one field of it. */
function payloadOf(text: string): object {
	const json = fromBase64Url(text);
	if (json === undefined) throw new Error(`not base64url: ${text}`);
	return JSON.parse(json) as object;
}

/** Hostile or broken query values a link might carry. */
const hostile = [
	'',
	'%3Cscript%3E',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'eyJ2IjoxLCJrIjoiZnVsbCIs', // a valid state cut short
	toBase64Url('{"v":1,"k":"full","p":"exercise2","m":"<img src=x onerror=alert(1)>"}'),
	toBase64Url('{"v":2,"k":"full"}'),
	toBase64Url('[1,2,3]'),
	toBase64Url('null'),
	'A'.repeat(100_000),
];

describe('base64url', () => {
	it('round-trips any text, including non-ASCII names', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				expect(fromBase64Url(toBase64Url(s))).toBe(s);
			}),
		);
		expect(fromBase64Url(toBase64Url('Latihan 2 · ≈ ×'))).toBe('Latihan 2 · ≈ ×');
	});

	it('refuses characters outside the alphabet and impossible lengths', () => {
		expect(fromBase64Url('<script>')).toBeUndefined();
		expect(fromBase64Url('abcde')).toBeUndefined();
		expect(fromBase64Url(toBase64Url('ok').replace(/.$/, '+'))).toBeUndefined();
	});
});

describe('the full calculator’s link', () => {
	it('reproduces the default state exactly', () => {
		const state = initialState(EXERCISE2);
		const decoded = full.decode(full.encode(state));
		expect(decoded).toEqual({ ok: true, state });
	});

	it('reproduces VGG-16 within the length limit', () => {
		const state = {
			...initialState(EXERCISE2),
			preset: 'vgg16' as const,
			model: fromModelJson(vgg16()),
		};
		const text = full.encode(state);
		expect(text.length).toBeLessThan(MAX_ENCODED / 3);
		expect(full.decode(text)).toEqual({ ok: true, state });
	});

	it('round-trips every state the editor can reach', () => {
		fc.assert(
			fc.property(calcStateArb, (state) => {
				const decoded = full.decode(full.encode(state));
				expect(decoded.ok).toBe(true);
				if (decoded.ok) {
					expect(toModelJson(decoded.state.model)).toEqual(toModelJson(state.model));
					expect(decoded.state).toEqual(state);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it.each(hostile.map((text) => [text.slice(0, 40), text]))(
		'refuses the hostile or broken value %s',
		(_, text) => {
			const decoded = full.decode(text);
			expect(decoded.ok).toBe(false);
		},
	);

	it('says a 100 kB value is too long without reading it', () => {
		expect(full.decode('A'.repeat(100_000))).toEqual({ ok: false, problem: { code: 'too-long' } });
	});

	it('refuses wrong types and a model the engine rejects, naming the engine’s reason', () => {
		const payload = payloadOf(full.encode(initialState(EXERCISE2)));
		const bad = (change: object) =>
			full.decode(toBase64Url(JSON.stringify({ ...payload, ...change })));
		expect(bad({ b: '50' }).ok).toBe(false);
		expect(bad({ b: 0 }).ok).toBe(false);
		expect(bad({ b: 2.5 }).ok).toBe(false);
		expect(bad({ d: 'float64' }).ok).toBe(false);
		expect(bad({ p: '__proto__' }).ok).toBe(false);
		const engine = bad({
			m: { ...EXERCISE2, layers: [{ type: 'conv2d', filters: -1, kernel: 3 }] },
		});
		expect(engine.ok).toBe(false);
		if (!engine.ok && engine.problem.code === 'model' && engine.problem.problem.code === 'engine') {
			expect(engine.problem.problem.error.code).toBe('not-positive-integer');
		} else throw new Error('expected the engine’s error');
	});

	it('never throws, whatever the value', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json().map(toBase64Url)), (text) => {
				const decoded = full.decode(text);
				expect(typeof decoded.ok).toBe('boolean');
			}),
		);
	});

	it('does not read another mode’s link', () => {
		expect(full.decode(compare.encode(DEFAULT_COMPARE)).ok).toBe(false);
		expect(compare.decode(full.encode(initialState(EXERCISE2))).ok).toBe(false);
	});
});

describe('the memory mode’s and the comparison’s links', () => {
	it('round-trip every state', () => {
		fc.assert(
			fc.property(gpuStateArb, (state) => {
				expect(gpuCodec.decode(gpuCodec.encode(state))).toEqual({ ok: true, state });
			}),
		);
		fc.assert(
			fc.property(compareStateArb, (state) => {
				expect(compare.decode(compare.encode(state))).toEqual({ ok: true, state });
			}),
		);
		const gpu = defaultGpuState(EXERCISE2);
		expect(gpuCodec.decode(gpuCodec.encode(gpu))).toEqual({ ok: true, state: gpu });
	});

	it('open a link written before the presets moved to the registry on the same model', async () => {
		// A question-3 link naming VGG-16, as the calculator wrote it when it kept its own loader.
		const old =
			'eyJ2IjoxLCJrIjoiZ3B1IiwicHJlc2V0IjoidmdnMTYiLCJiYXRjaCI6MzIsImR0eXBlIjoiZmxvYXQzMiIsIm9wdGltaXplciI6ImFkYW0iLCJncHUiOjgsInNtYWxsZXJCYXRjaCI6MTYsInN0cmlkZUxheWVyIjowLCJzdHJpZGUiOjIsInJlbW92ZUxheWVyIjoxMiwiaGFsZiI6ImZsb2F0MTYiLCJhcHBsaWVkIjpbImJhdGNoIiwiaGFsZiJdfQ';
		const decoded = gpuCodec.decode(old);
		if (!decoded.ok) throw new Error('the old link was refused');
		expect(decoded.state).toMatchObject({ preset: 'vgg16', batch: 32, gpu: 8, removeLayer: 12 });
		expect(await loadPreset(decoded.state.preset)).toEqual(vgg16());
	});

	it('refuse out-of-range values, duplicates and extra keys', () => {
		const gpu = payloadOf(gpuCodec.encode(defaultGpuState(EXERCISE2)));
		const bad = (change: object) =>
			gpuCodec.decode(toBase64Url(JSON.stringify({ ...gpu, ...change })));
		expect(bad({ gpu: 6 }).ok).toBe(false);
		expect(bad({ applied: ['batch', 'batch'] }).ok).toBe(false);
		expect(bad({ applied: ['<b>'] }).ok).toBe(false);
		expect(bad({ extra: 1 }).ok).toBe(false);
		const cmp = payloadOf(compare.encode(DEFAULT_COMPARE));
		const badCmp = (change: object) =>
			compare.decode(toBase64Url(JSON.stringify({ ...cmp, ...change })));
		expect(badCmp({ h: 0 }).ok).toBe(false);
		expect(badCmp({ units: 1e9 }).ok).toBe(false);
		expect(badCmp({ kernel: '3' }).ok).toBe(false);
		for (const text of hostile) {
			expect(gpuCodec.decode(text).ok).toBe(false);
			expect(compare.decode(text).ok).toBe(false);
		}
	});
});
