import { layerRow, parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { fashionTiny } from '../../cnn/presets/fashion.ts';
import { LAB_PRESETS } from '../../cnn/presets/index.ts';
import { defined } from '../../defined.ts';
import { SETTING_RULES } from '../../training/lab-run.ts';
import reference from '../../../widgets/CnnLab/reference.json' with { type: 'json' };
import { bookMnistCnn, bookMnistSummary } from '../snippets/ch14-09.ts';
import { computed, given, type FigureTable } from './table.ts';

/**
 * Exercise 9's figures (the lab page): the book's CNN from the engine, the lab's presets and
 * data, the guided path's "remove a pooling layer", the optimizer's constants and the committed
 * reference run's final accuracy, read from the file the lab's wrapper draws.
 */

const book = bookMnistSummary;
const row = (i: number) => layerRow(book(), i);
const tiny = () => summary(parseModel(fashionTiny()));
/** The Tiny CNN without its second pooling layer: step 3 of the guided path. */
const withoutPool = (): ModelJson => {
	const json = fashionTiny();
	return { ...json, layers: json.layers.filter((_, i) => i !== 3) };
};
const lastDense = (json: ModelJson) =>
	defined(
		summary(parseModel(json)).layers.findLast((l) => l.type === 'dense'),
		'the dense layer',
	);
const flattened = (json: ModelJson) =>
	defined(
		summary(parseModel(json)).layers.find((l) => l.type === 'flatten'),
		'the flatten layer',
	);
const preset = (id: string) =>
	defined(
		LAB_PRESETS.find((p) => p.id === id),
		id,
	).params;
const PERCENT = { unit: '%' } as const;

/** The figure table of `ch14/09-lab-fashion-mnist`. */
export const LAB_FIGURES: FigureTable = [
	computed('MNIST’s and Fashion MNIST’s image size', () => bookMnistCnn().input.slice(0, 2)),
	given('the book’s 3×3 kernels', [3, 3]),
	given('the book’s 2×2 max pooling', [2, 2]),
	computed('the first convolution’s output', () => row(0).outputShape),
	computed('the second convolution’s output', () => row(1).outputShape),
	computed('the second convolution’s parameters', () => row(1).params),
	computed('the pooled map', () => row(2).outputShape),
	computed('values after flatten', () => flattened(bookMnistCnn()).outputSize),
	computed('the dense layer’s parameters', () => row(5).params),
	computed('the output layer’s parameters', () => row(7).params),
	computed('the total', () => book().totalParams),
	computed('both convolutions', () => row(0).params + row(1).params),
	computed('values without the pooling layer', () => row(1).outputSize),
	given('the book’s dropout after the convolutions', 0.25, { digits: 2 }),
	given('the book’s dropout before the output', 0.5, { digits: 1 }),
	given('dropout after the convolutions, in percent', 25, PERCENT),
	given('dropout before the output, in percent', 50, PERCENT),
	given('the book’s solution’s test accuracy on MNIST', 99.2, { digits: 1, unit: '%' }),
	given('the best MNIST CNNs (augmentation, batch norm, 1cycle, ensembles)', 99.7, {
		digits: 1,
		unit: '%',
	}),
	given('the lab’s training images (manifest.json)', 10_000),
	given('the lab’s held-out images (manifest.json)', 2_000),
	computed('the loss of a uniform guess, ln 10', () => Math.log(10), { digits: 2 }),
	given('Adam’s β₁ (TensorFlow’s default)', 0.9, { digits: 1 }),
	given('Adam’s β₂ (TensorFlow’s default)', 0.999, { digits: 3 }),
	computed(
		'the reference run’s final held-out accuracy (reference.json)',
		() => 100 * defined(reference.epochs.at(-1), 'the last epoch').testAccuracy,
		{ digits: 1, unit: '%' },
	),
	computed('the Tiny CNN’s parameters', () => tiny().totalParams),
	given('the LeNet-like CNN’s parameters (LAB_PRESETS)', preset('fashion-lenet')),
	given('the Book-like CNN’s parameters (LAB_PRESETS)', preset('fashion-book')),
	computed('the Tiny CNN’s last map', () => layerRow(tiny(), 3).outputShape),
	computed('that map without the second pooling', () =>
		defined(
			summary(parseModel(withoutPool())).layers.find((l) => l.name.startsWith('conv2d_1')),
			'the second convolution',
		).outputShape,
	),
	computed('values flattened without the second pooling', () => flattened(withoutPool()).outputSize),
	computed('values flattened with it', () => flattened(fashionTiny()).outputSize),
	computed('the dense layer with pooling', () => lastDense(fashionTiny()).params),
	computed('the dense layer without it', () => lastDense(withoutPool()).params),
	given('the largest learning rate the lab accepts', SETTING_RULES.learningRate.max),
	computed('ln 10 to one decimal: the loss of a network that guesses', () => Math.log(10), {
		digits: 1,
	}),
	computed('chance accuracy on ten balanced classes', () => 100 / 10, PERCENT),
];
