import { describe, expect, it } from 'vitest';
import { parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { findPreset } from '../../cnn/presets/index.ts';
import { resnet50 } from '../../cnn/presets/resnet50.ts';
import { resnet50Keras } from '../../cnn/presets/resnet50-keras.ts';
import { architectureInnovationsCode, blockModels, efficientnetTrainable } from './ch14-06.ts';

const params = (json: ModelJson) => summary(parseModel(json)).totalParams;
const en = architectureInnovationsCode('en');

describe('question 6 code', () => {
	it("counts the page's signature blocks: 153,600, 15,872, 147,456, 17,536 and 8,464", () => {
		const blocks = blockModels();
		expect({
			inception: params(blocks.inception),
			bottleneck: params(blocks.bottleneck),
			regular: params(blocks.regular),
			separable: params(blocks.separable),
			se: params(blocks.se),
		}).toEqual({
			inception: 153_600,
			bottleneck: 15_872,
			regular: 147_456,
			separable: 17_536,
			se: 8_464,
		});
	});

	it('states the same engine count for every block in Keras and in PyTorch', () => {
		for (const json of Object.values(blockModels())) {
			const keras = params({ ...json, convention: 'keras' });
			expect(params({ ...json, convention: 'pytorch' })).toBe(keras);
			const stated = (code: string) => code.match(new RegExp(`\\)\\)  # ${keras}\\n`, 'g'))?.length;
			expect(stated(en.keras)).toBe(1);
			expect(stated(en.pytorch)).toBe(1);
		}
	});

	it("states each framework's own ResNet-50 total, from the engine's presets", () => {
		expect(params(resnet50Keras())).toBe(findPreset('resnet50-keras')?.params);
		expect(params(resnet50())).toBe(findPreset('resnet50')?.params);
		expect(en.keras).toContain(`count_params())  # ${params(resnet50Keras())}\n`);
		expect(en.pytorch).toContain(`resnet50()))  # ${params(resnet50())}\n`);
		expect(params(resnet50Keras()) - params(resnet50())).toBe(79_680);
	});

	it("states EfficientNet-B0's trainable count, torchvision's 5,288,548, in both frameworks", () => {
		expect(efficientnetTrainable()).toBe(findPreset('efficientnet-b0')?.params);
		expect(efficientnetTrainable()).toBe(5_288_548);
		expect(en.keras).toContain(`b0.trainable_weights))  # 5288548\n`);
		expect(en.pytorch).toContain(`efficientnet_b0()))  # 5288548\n`);
	});
});
