import { describe, expect, it } from 'vitest';
import { findPreset } from '../../cnn/presets/index.ts';
import { efficientnetPhases, headParams, transferLearningCode, xceptionBase } from './ch14-10.ts';
import { defined } from '../../defined.ts';

const en = transferLearningCode('en');

describe('exercise 10 code', () => {
	it("trains only the new head first: Xception's 2,048 · 5 + 5 = 10,245, B0's 1,280 · 5 + 5 = 6,405", () => {
		expect(headParams(2048)).toBe(10_245);
		expect(efficientnetPhases().head).toBe(6_405);
		expect(en.keras).toContain('model.trainable_weights))  # 10245\n');
		expect(en.pytorch).toContain('if p.requires_grad))  # 6405\n');
	});

	it('then unfreezes stage 6, stage 7 and the head convolution of EfficientNet-B0 too', () => {
		const { head, top } = efficientnetPhases();
		expect(top).toBe(3_162_145);
		expect(top - head).toBeLessThan(defined(findPreset('efficientnet-b0'), 'the EfficientNet-B0 preset').params);
		expect(en.pytorch).toContain(`if p.requires_grad))  # ${top}\n`);
		expect(en.pytorch).toContain('model.features[-3:].requires_grad_(True)');
	});

	it("takes Xception's base without its 1000-way top: 22,910,480 − 2,049,000", () => {
		expect(xceptionBase()).toBe(20_861_480);
	});

	it('splits 10% / 15% / 75% the same way in both frameworks', () => {
		expect(en.keras).toContain('split=["train[:10%]", "train[10%:25%]", "train[25%:]"]');
		expect(en.pytorch).toContain('cut = [0, n * 10 // 100, n * 25 // 100, n]');
	});
});
