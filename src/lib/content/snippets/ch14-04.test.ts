import { describe, expect, it } from 'vitest';
import { parseModel, summary } from '../../cnn/index.ts';
import { KERAS_LAYERS, maxPoolingVsStridedConvCode, oneLayer, PYTORCH_LAYERS } from './ch14-04.ts';
import { onlyRow } from './python.ts';

const rows = (convention: 'keras' | 'pytorch') =>
	(convention === 'keras' ? KERAS_LAYERS : PYTORCH_LAYERS).map(
		(layer) => onlyRow(summary(parseModel(oneLayer(layer, convention)))),
	);
const en = maxPoolingVsStridedConvCode('en');

describe('question 4 code', () => {
	it("states the page's 0 and 360,200 parameters and the 25×38×200 output", () => {
		const [pool, conv] = rows('keras');
		expect([pool?.params, conv?.params]).toEqual([0, 360_200]);
		expect(pool?.outputShape).toEqual([25, 38, 200]);
		expect(conv?.outputShape).toEqual([25, 38, 200]);
		expect(en.keras).toContain('# (None, 25, 38, 200) 0\n# (None, 25, 38, 200) 360200\n');
	});

	it("gives PyTorch's pool and convolution the same shapes and counts as Keras's", () => {
		const keras = rows('keras');
		const torch = rows('pytorch');
		expect(torch.map((r) => [r.outputShape, r.params])).toEqual(
			keras.map((r) => [r.outputShape, r.params]),
		);
		expect(en.pytorch).toContain(
			'# torch.Size([1, 200, 25, 38]) 0\n# torch.Size([1, 200, 25, 38]) 360200\n',
		);
	});
});
