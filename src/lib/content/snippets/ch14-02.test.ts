import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../i18n/format.ts';
import { memory, parseModel, summary, toMiB } from '../../cnn/index.ts';
import {
	activationsMB,
	BATCH,
	kerasModel,
	parametersAndMemoryCode,
	pytorchModel,
} from './ch14-02.ts';

const keras = summary(parseModel(kerasModel()));
const torch = summary(parseModel(pytorchModel()));
const en = parametersAndMemoryCode('en');

describe('question 2 code', () => {
	it("states the page's 903,400 parameters as each framework prints them", () => {
		expect(keras.totalParams).toBe(903_400);
		expect(torch.totalParams).toBe(keras.totalParams);
		expect(en.keras).toContain('#  Total params: 903,400 (');
		expect(en.pytorch).toContain(`# ${torch.totalParams}\n`);
	});

	it('gives PyTorch padding that yields the same feature maps as Keras\'s "same"', () => {
		expect(torch.layers.map((r) => r.outputShape)).toEqual(keras.layers.map((r) => r.outputShape));
		expect(keras.layers.map((r) => r.outputShape)).toEqual([
			[100, 150, 100],
			[50, 75, 200],
			[25, 38, 400],
		]);
	});

	it("lists each layer's shape and parameters as Keras's summary does", () => {
		for (const row of keras.layers) {
			expect(en.keras).toMatch(
				new RegExp(
					`# │ ${row.name} \\(Conv2D\\) +│ \\(None, ${row.outputShape.join(', ')}\\) +│ +${formatNumber(row.params, 'en')} │\\n`,
				),
			);
		}
	});

	it("states Keras's memory figure in MiB, labelled MB as Keras labels it", () => {
		const weights = memory(parseModel(kerasModel())).weights;
		expect(weights).toBe(3_613_600);
		expect(toMiB(weights).toFixed(2)).toBe('3.45');
		expect(en.keras).toContain('#  Total params: 903,400 (3.45 MB)\n#  Trainable params: 903,400 (3.45 MB)\n#  Non-trainable params: 0 (0.00 B)\n');
	});

	it("states the engine's training activations for a batch of 50 in both frameworks", () => {
		expect(BATCH).toBe(50);
		expect(activationsMB(kerasModel(), { dtype: 'float32' })).toBe(526);
		expect(activationsMB(pytorchModel(), { dtype: 'float32' })).toBe(526);
		expect(en.keras).toContain('# 526.0\n');
		expect(en.pytorch).toMatch(/\n# 526\.0\n$/);
	});

	it('prints the PyTorch feature maps channels first, batch included', () => {
		expect(en.pytorch).toContain(
			'# (50, 100, 100, 150)\n# (50, 200, 50, 75)\n# (50, 400, 25, 38)\n',
		);
	});
});
