import { describe, expect, it } from 'vitest';
import { parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { cnnVsDenseCode, convModel, denseModel, IMAGE_SIZES } from './ch14-01.ts';

const params = (json: ModelJson) => summary(parseModel(json)).totalParams;
const en = cnnVsDenseCode('en');

describe('question 1 code', () => {
	it("states the page's 18,000,100 and 2,800 parameters for the 200×300 image", () => {
		expect(params(denseModel(200, 300))).toBe(18_000_100);
		expect(params(convModel(200, 300))).toBe(2_800);
		expect(en.keras).toContain('# 18000100 2800\n');
	});

	it('states, for every image size, the counts the engine computes, in both frameworks', () => {
		for (const [h, w] of IMAGE_SIZES) {
			const line = `# ${params(denseModel(h, w))} ${params(convModel(h, w))}\n`;
			expect(en.keras).toContain(line);
			expect(en.pytorch).toContain(line);
		}
	});

	it('shows the dense layer growing about fourfold while the convolution stays put', () => {
		const [[h1, w1], [h2, w2]] = IMAGE_SIZES;
		const ratio = params(denseModel(h2, w2)) / params(denseModel(h1, w1));
		expect(ratio).toBeCloseTo(4, 3);
		expect(params(convModel(h2, w2))).toBe(params(convModel(h1, w1)));
	});
});
