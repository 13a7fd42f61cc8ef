import { describe, expect, it } from 'vitest';
import { activationsMB, kerasModel } from './ch14-02.ts';
import { checkpointsKept, mixedActivationsMB, outOfGpuMemoryCode } from './ch14-03.ts';

const en = outOfGpuMemoryCode('en');

describe('question 3 code', () => {
	it("states the engine's mixed-precision activations, half of float32's, in both frameworks", () => {
		expect(mixedActivationsMB()).toBe(263);
		expect(mixedActivationsMB() * 2).toBe(activationsMB(kerasModel(), { dtype: 'float32' }));
		for (const code of [en.keras, en.pytorch]) expect(code).toContain('# 263.0  (float32: 526.0)');
	});

	it('switches on mixed precision and non-reentrant checkpointing with the current APIs', () => {
		expect(en.keras).toContain('keras.mixed_precision.set_global_policy("mixed_float16")');
		expect(en.keras).toContain('tf.recompute_grad(');
		expect(en.pytorch).toContain('torch.autocast(');
		expect(en.pytorch).toContain('checkpoint(model[:2], x, use_reentrant=False)');
	});

	it('checkpoints the first two layers, keeping one layer output as the engine does', () => {
		expect(checkpointsKept()).toBe(1);
		expect(en.keras).toContain('keras.Sequential(model.layers[:2])');
		expect(en.pytorch).toContain('model[:2]');
	});

	it('resets the global mixed-precision policy it set, after using it', () => {
		const code = outOfGpuMemoryCode('en').keras;
		const set = code.indexOf('set_global_policy("mixed_float16")');
		const reset = code.lastIndexOf('set_global_policy("float32")');
		expect(set).toBeGreaterThan(0);
		expect(reset).toBeGreaterThan(code.lastIndexOf('tape.gradient'));
	});
});
