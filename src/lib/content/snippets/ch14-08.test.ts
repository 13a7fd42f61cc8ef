import { describe, expect, it } from 'vitest';
import { parseModel, summary } from '../../cnn/index.ts';
import { CLASSES, headModel, pool4, semanticSegmentationCode } from './ch14-08.ts';

const keras = summary(parseModel(headModel('keras')));
const torch = summary(parseModel(headModel('pytorch')));
const en = semanticSegmentationCode('en');
const shape = (s: typeof keras, name: string) => s.layers.find((r) => r.name === name)?.outputShape;

describe('question 8 code', () => {
	it('upsamples 7×7 to 14×14, then back to the 224×224 image, in both frameworks', () => {
		for (const s of [keras, torch]) {
			expect(shape(s, 'pool5')).toEqual([7, 7, 512]);
			expect(shape(s, 'up2')).toEqual([14, 14, CLASSES]);
			expect(shape(s, 'up16')).toEqual([pool4().image, pool4().image, CLASSES]);
		}
		expect(en.keras).toContain('# 7×7 → 14×14');
		expect(en.pytorch).toContain('# 7×7 → 14×14');
	});

	it('states the same parameter count, from the engine, in Keras and in PyTorch', () => {
		expect(torch.totalParams).toBe(keras.totalParams);
		expect(keras.totalParams).toBe(480_186);
		expect(en.keras).toContain(`# (None, 224, 224, 21) ${keras.totalParams}\n`);
		expect(en.pytorch).toContain(`# torch.Size([1, 21, 224, 224]) ${torch.totalParams}\n`);
	});
});
