import { describe, expect, it } from 'vitest';
import { parseModel, summary } from '../../cnn/index.ts';
import { ALEXNET_LRN, lrn } from '../../normalization/lrn.ts';
import { DECIMALS, EXAMPLE, localResponseNormalizationCode, lrnModel } from './ch14-05.ts';
import { onlyRow } from './python.ts';

const en = localResponseNormalizationCode('en');
const outputs = lrn(EXAMPLE, ALEXNET_LRN);

describe('question 5 code', () => {
	it("states the page's worked example, rounded, in both frameworks", () => {
		const row = '[ 5.17  5.14 51.15  5.11  5.14 11.38]';
		expect(outputs.map((v) => v.toFixed(DECIMALS))).toEqual([
			'5.17',
			'5.14',
			'51.15',
			'5.11',
			'5.14',
			'11.38',
		]);
		expect(en.keras).toContain(`# ${row}\n`);
		expect(en.pytorch).toContain(`# ${row}\n`);
	});

	it('rounds no output that float32 arithmetic could tip over a rounding boundary', () => {
		for (const v of outputs) {
			const scaled = v * 10 ** DECIMALS;
			expect(Math.abs(scaled - Math.floor(scaled) - 0.5)).toBeGreaterThan(1e-3);
		}
	});

	it('keeps the shape and has no parameters, as the engine computes', () => {
		const row = onlyRow(summary(parseModel(lrnModel())));
		expect(row.outputShape).toEqual(row.inputShapes[0]);
		expect(row.params).toBe(0);
		expect(en.keras).toContain('# (None, 55, 55, 96) 0\n');
		expect(en.pytorch).toContain('# torch.Size([1, 96, 55, 55]) 0\n');
	});

	it("passes AlexNet's values, with PyTorch's alpha multiplied by the window it divides by", () => {
		expect(en.keras).toContain('depth_radius=2, bias=2.0, alpha=1e-4, beta=0.75');
		expect(en.pytorch).toContain('nn.LocalResponseNorm(size=5, alpha=5e-4, beta=0.75, k=2.0)');
	});
});
