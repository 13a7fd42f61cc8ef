import { describe, expect, it } from 'vitest';
import { parseModel, summary } from '../../cnn/index.ts';
import {
	convHeadModel,
	denseHeadModel,
	fullyConvolutionalCode,
	largeMap,
	vggHead,
} from './ch14-07.ts';

const en = fullyConvolutionalCode('en');

describe('question 7 code', () => {
	it("gives both heads the page's 123,642,856 parameters, in both frameworks", () => {
		const dense = summary(parseModel(denseHeadModel())).totalParams;
		const conv = summary(parseModel(convHeadModel(vggHead().map[0]))).totalParams;
		expect(dense).toBe(123_642_856);
		expect(conv).toBe(dense);
		expect(en.keras).toContain(`# ${dense} ${conv}\n`);
		expect(en.pytorch).toContain(`# ${dense} ${conv}\n`);
	});

	it('turns the 7×7×512 map into one prediction, and a 448×448 image into 8×8', () => {
		const small = summary(parseModel(convHeadModel(7))).layers.at(-1)?.outputShape;
		expect(small).toEqual([1, 1, 1000]);
		expect(largeMap()).toEqual([14, 14, 512]);
		const large = summary(parseModel(convHeadModel(largeMap()[0]))).layers.at(-1)?.outputShape;
		expect(large).toEqual([8, 8, 1000]);
		expect(en.keras).toContain('.shape)  # (1, 8, 8, 1000)\n');
		expect(en.pytorch).toContain('.shape)  # torch.Size([1, 1000, 8, 8])\n');
	});

	it("states the reshape of the first kernel in each framework's layout", () => {
		expect(en.keras).toContain('(25088, 4096) → (7, 7, 512, 4096)');
		expect(en.pytorch).toContain('(4096, 25088) → (4096, 512, 7, 7)');
	});
});
