import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { commentsIn, lines, type Snippets } from './python.ts';

/**
 * Question 1's code: a 100-unit dense layer and a 3×3 convolution with 100 filters on the page's
 * 200×300 RGB image, then on an image twice as tall and wide. The printed counts show the page's
 * point in two lines of output: the dense layer grows with the image (fourfold here), the
 * convolution does not move.
 */

/** The image sizes the snippet loops over: the page's example, then both sides doubled. */
export const IMAGE_SIZES = [
	[200, 300],
	[400, 600],
] as const;

/** Units of the dense layer and filters of the convolution, as in the page's table. */
const UNITS = 100;
const KERNEL = 3;

/** The dense layer on an H×W×3 image, as the engine counts it (flatten, then dense). */
export function denseModel(h: number, w: number): ModelJson {
	return {
		input: [h, w, 3],
		layers: [{ type: 'flatten' }, { type: 'dense', units: UNITS }],
	};
}

/** The convolution on an H×W×3 image. */
export function convModel(h: number, w: number): ModelJson {
	return { input: [h, w, 3], layers: [{ type: 'conv2d', filters: UNITS, kernel: KERNEL }] };
}

const params = (json: ModelJson) => summary(parseModel(json)).totalParams;

/** The Keras and PyTorch snippets, comments in `lang`, counts from the engine. */
export function cnnVsDenseCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const sizes = IMAGE_SIZES.map(([h, w]) => `(${h}, ${w})`).join(', ');
	const output = IMAGE_SIZES.map(
		([h, w]) => `# ${params(denseModel(h, w))} ${params(convModel(h, w))}`,
	);
	const lead = t({
		en: '# Dense vs convolution: this image, then one twice as tall and wide',
		id: '# Dense vs konvolusi: gambar ini, lalu gambar dua kali lebih tinggi dan lebar',
	});
	const keras = lines(
		'import keras',
		'from keras import layers',
		'',
		lead,
		`for h, w in [${sizes}]:`,
		'    dense = keras.Sequential(',
		`        [keras.Input((h, w, 3)), layers.Flatten(), layers.Dense(${UNITS})]`,
		'    )',
		`    conv = keras.Sequential([keras.Input((h, w, 3)), layers.Conv2D(${UNITS}, ${KERNEL})])`,
		'    print(dense.count_params(), conv.count_params())',
		...output,
	);
	const pytorch = lines(
		'from torch import nn',
		'',
		'def params(module):',
		'    return sum(p.numel() for p in module.parameters())',
		'',
		lead,
		`for h, w in [${sizes}]:`,
		`    dense = nn.Linear(h * w * 3, ${UNITS})  ${t({ en: '# after nn.Flatten()', id: '# setelah nn.Flatten()' })}`,
		`    conv = nn.Conv2d(3, ${UNITS}, kernel_size=${KERNEL})`,
		'    print(params(dense), params(conv))',
		...output,
	);
	return { keras, pytorch };
}
