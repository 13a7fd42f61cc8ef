import { describe, expect, it } from 'vitest';
import { vgg16 } from '../../lib/cnn/presets/vgg16.ts';
import { defaultGpuState, estimate, gpuFigures, remedyDefaults, scenarios } from './gpu.ts';
import { gpuBytes } from './gpu-state.ts';
import { loadPreset } from './networks.ts';

/** Exercise 2 as the page's wrapper gets it: from the engine's registry. */
const EXERCISE2 = await loadPreset('exercise2');

const totals = (json = EXERCISE2, state = defaultGpuState(json)) =>
	Object.fromEntries(
		scenarios(json, state).map((s) => {
			const e = estimate(s);
			return [s.key, e.ok ? e.report.total : e.error.code];
		}),
	);

describe('question 3’s remedies', () => {
	it('starts with a training setting that does not fit a 4 GB GPU', () => {
		const t = totals();
		expect(gpuBytes(4)).toBe(4_294_967_296);
		expect(t.baseline).toBeGreaterThan(gpuBytes(4));
	});

	it('gives the figures question 3’s page quotes for a batch of 400 with Adam', () => {
		const t = totals();
		expect(t).toEqual({
			baseline: 4_510_454_400, // 4,510.5 MB = 4.20 GiB, over 4 GiB = 4,295.0 MB
			batch: 2_262_454_400,
			stride: 1_364_534_400,
			layers: 3_890_928_000, // about 14% less than the baseline
			half: 2_255_227_200,
			checkpoint: 3_902_454_400,
			combined: 1_131_227_200,
		});
		const mixed = totals(EXERCISE2, { ...defaultGpuState(EXERCISE2), half: 'mixed' });
		expect(mixed.half).toBe(2_262_454_400);
		const [, , , , , checkpoint] = scenarios(EXERCISE2, defaultGpuState(EXERCISE2)).map(estimate);
		if (!checkpoint?.ok) throw new Error('checkpointing must estimate');
		// One of three outputs kept; about half a forward pass recomputed.
		expect(checkpoint.report.checkpoints).toBe(1);
		expect(checkpoint.report.recomputeMacs / checkpoint.summary.macs).toBeCloseTo(0.518, 3);
	});

	it('defaults to the answer’s worked examples: half the batch, stride 4 in layer 1, drop layer 3', () => {
		expect(remedyDefaults(EXERCISE2, 50)).toEqual({
			smallerBatch: 25,
			strideLayer: 0,
			stride: 4,
			removeLayer: 2,
		});
	});

	it('gives the answer’s figures for a batch of 50 in float32 without an optimizer', () => {
		const state = { ...defaultGpuState(EXERCISE2), batch: 50, optimizer: 'none' as const };
		const t = totals(EXERCISE2, { ...state, ...remedyDefaults(EXERCISE2, 50) });
		expect(t.baseline).toBe(565_613_600);
		// 25 · 10.52 MB + 25 · 0.72 MB + 3.61 MB
		expect(t.batch).toBe(25 * 10_520_000 + 25 * 720_000 + 3_613_600);
		// Without layer 3: 50 · (6.0 + 3.0) MB + 36 MB + (2,800 + 180,200) · 4 bytes.
		expect(t.layers).toBe(450_000_000 + 36_000_000 + 183_000 * 4);
		// float16 halves every term.
		expect(t.half).toBe(565_613_600 / 2);
	});

	it('shrinks the activations about four times with stride 4 in the first layer', () => {
		const state = { ...defaultGpuState(EXERCISE2), batch: 50, optimizer: 'none' as const };
		const [base, , stride] = scenarios(EXERCISE2, state).map(estimate);
		if (!base?.ok || !stride?.ok) throw new Error('both must estimate');
		expect(base.report.activations).toBe(526_000_000);
		expect(stride.report.activations).toBe(50 * (375_000 + 190_000 + 98_800) * 4);
	});

	it('keeps about √n outputs when checkpointing, at the price of recomputing the rest', () => {
		const json = vgg16();
		const [base, , , , , checkpoint] = scenarios(json, defaultGpuState(json)).map(estimate);
		if (!base?.ok || !checkpoint?.ok) throw new Error('both must estimate');
		expect(checkpoint.report.checkpoints).toBeLessThan(base.report.checkpoints);
		expect(checkpoint.report.activations).toBeLessThan(base.report.activations);
		expect(checkpoint.report.recomputeMacs).toBeGreaterThan(0);
		expect(checkpoint.report.recomputeMacs).toBeLessThanOrEqual(checkpoint.summary.macs);
	});

	it('combines only the checked remedies', () => {
		const state = { ...defaultGpuState(EXERCISE2), applied: [] };
		const t = totals(EXERCISE2, state);
		expect(t.combined).toBe(t.baseline);
		const both = totals(EXERCISE2, { ...state, applied: ['batch', 'half'] });
		expect(both.combined).toBeLessThan(both.batch as number);
		expect(both.combined).toBeLessThan(both.half as number);
	});

	it('reports a remedy that breaks the network with the engine’s error', () => {
		const json = {
			input: [8, 8, 1],
			layers: [
				{ type: 'conv2d', filters: 1, kernel: 3 },
				{ type: 'conv2d', filters: 1, kernel: 3 },
			],
		} as const;
		// Stride 4 in the first layer leaves a 2×2 map, too small for the second 3×3 kernel.
		const state = { ...defaultGpuState(json), stride: 4 };
		const [base, , stride] = scenarios(json, state).map(estimate);
		expect(base?.ok).toBe(true);
		expect(stride?.ok).toBe(false);
		if (stride?.ok === false) expect(stride.error.code).toBe('kernel-too-large');
	});
});

describe('the memory mode’s figures', () => {
	it('hold each scenario’s engine total and counted parts, and survive JSON', () => {
		const state = defaultGpuState(EXERCISE2);
		const figures = gpuFigures(EXERCISE2, state, 'en');
		const engine = scenarios(EXERCISE2, state).map((s) => {
			const e = estimate(s);
			return e.ok ? e.report.total : undefined;
		});
		expect(figures.rows?.map((r) => (r.ok ? r.total : undefined))).toEqual(engine);
		expect(figures.rows?.every((r) => !r.ok || r.segments.every((s) => s.bytes >= 0))).toBe(true);
		expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
	});

	it('have no rows while the remedy indices do not fit the model (a preset just switched)', () => {
		const state = { ...defaultGpuState(EXERCISE2), removeLayer: 40 };
		expect(gpuFigures(EXERCISE2, state, 'en')).toEqual({
			strided: gpuFigures(EXERCISE2, defaultGpuState(EXERCISE2), 'en').strided,
			rows: undefined,
		});
	});
});
