import type { Lang } from '../../i18n/lang.ts';
import { parseModel, summary, type ModelJson } from '../../cnn/index.ts';
import { vgg16 } from '../../cnn/presets/vgg16.ts';
import { commentsIn, kerasShape, lines, rowNamed, torchSize, type Snippets } from './python.ts';

/**
 * Question 8's code: a tiny FCN-16s head on VGG-16's pool4 map. Class scores from the coarsest
 * map (7×7, stride 32) are upsampled 2× by a transposed convolution, added to scores from pool4
 * (the skip connection), then upsampled 16× back to the 224×224 image: one class score per
 * pixel. Kernels are twice the factor, as in FCN; PyTorch pads by half the factor, and the engine
 * checks that both frameworks end at the image size. Block 5 of VGG-16 is stood in for by its max
 * pooling, which has the same output shape, so the head stays a few lines long.
 */

/** PASCAL VOC's 20 classes plus background, as in the FCN paper. */
export const CLASSES = 21;

/** The two upsampling factors: 2× to pool4's grid, then 16× to the image. */
export const FACTORS = [2, 16] as const;

/** VGG-16's pool4 output and input image size, from the engine's preset. */
export function pool4(): { map: readonly number[]; image: number } {
	const s = summary(parseModel(vgg16()));
	const row = rowNamed(s, 'block4_pool');
	const [image = 0] = s.inputShape;
	return { map: row.outputShape, image };
}

/** The head as the engine models it, with each framework's padding. */
export function headModel(convention: 'keras' | 'pytorch'): ModelJson {
	const up = (name: string, factor: number) =>
		({
			type: 'conv2dTranspose',
			name,
			filters: CLASSES,
			kernel: 2 * factor,
			strides: factor,
			padding: convention === 'keras' ? 'same' : factor / 2,
			useBias: false,
		}) as const;
	return {
		convention,
		input: [...pool4().map],
		layers: [
			{ type: 'maxPool2d', name: 'pool5', pool: 2 },
			{ type: 'conv2d', name: 'score5', filters: CLASSES, kernel: 1 },
			up('up2', FACTORS[0]),
			{ type: 'conv2d', name: 'score4', filters: CLASSES, kernel: 1, inputs: ['input'] },
			{ type: 'add', name: 'fused', inputs: ['up2', 'score4'] },
			up('up16', FACTORS[1]),
		],
	};
}

/** The Keras and PyTorch snippets, comments in `lang`, shapes and counts from the engine. */
export function semanticSegmentationCode(lang: Lang): Snippets {
	const t = commentsIn(lang);
	const { map, image } = pool4();
	const [h, w, c] = map;
	const keras = summary(parseModel(headModel('keras')));
	const torch = summary(parseModel(headModel('pytorch')));
	const shapeOf = (s: typeof keras, name: string) =>
		rowNamed(s, name).outputShape;
	const size = (shape: readonly number[]) => `${shape[0]}×${shape[1]}`;
	const [small, large] = FACTORS;
	const stepsOf = (s: typeof keras) => ({
		up2: `# ${size(shapeOf(s, 'pool5'))} → ${size(shapeOf(s, 'up2'))}`,
		up16: `${size(shapeOf(s, 'fused'))} → ${size(shapeOf(s, 'up16'))}`,
	});
	const steps = stepsOf(keras);
	const torchSteps = stepsOf(torch);
	const comment = {
		classes: t({
			en: '# PASCAL VOC: 20 classes + background',
			id: '# PASCAL VOC: 20 kelas + latar belakang',
		}),
		kernel: t({ en: "# FCN's kernel size: 2 × factor", id: '# ukuran kernel FCN: 2 × faktor' }),
		pool4: t({
			en: `# VGG-16's pool4 for a ${image}×${image} image`,
			id: `# pool4 VGG-16 untuk gambar ${image}×${image}`,
		}),
		pool5: t({ en: "# stands in for VGG-16's block 5", id: '# pengganti blok 5 VGG-16' }),
		skip: t({ en: '# skip connection', id: '# skip connection' }),
	};

	const kerasCode = lines(
		'import keras',
		'from keras import layers',
		'',
		`classes = ${CLASSES}  ${comment.classes}`,
		'',
		`def upsample(x, factor):  ${comment.kernel}`,
		'    return layers.Conv2DTranspose(',
		'        classes, 2 * factor, strides=factor, padding="same", use_bias=False',
		'    )(x)',
		'',
		`pool4 = keras.Input(shape=(${h}, ${w}, ${c}))  ${comment.pool4}`,
		`pool5 = layers.MaxPooling2D(2)(pool4)  ${comment.pool5}`,
		`up = upsample(layers.Conv2D(classes, 1)(pool5), ${small})  ${steps.up2}`,
		`fused = layers.Add()([up, layers.Conv2D(classes, 1)(pool4)])  ${comment.skip}`,
		`out = upsample(fused, ${large})  # ${steps.up16}`,
		'model = keras.Model(pool4, out)',
		`print(out.shape, model.count_params())  # ${kerasShape(shapeOf(keras, 'up16'))} ${keras.totalParams}`,
	);
	const pytorchCode = lines(
		'import torch',
		'from torch import nn',
		'',
		`def upsample(classes, factor):  ${comment.kernel}`,
		'    return nn.ConvTranspose2d(',
		'        classes, classes, 2 * factor, stride=factor, padding=factor // 2, bias=False',
		'    )',
		'',
		'class FCN16sHead(nn.Module):',
		`    def __init__(self, classes=${CLASSES}):  ${comment.classes}`,
		'        super().__init__()',
		`        self.pool5 = nn.MaxPool2d(2)  ${comment.pool5}`,
		`        self.score5 = nn.Conv2d(${c}, classes, 1)`,
		`        self.score4 = nn.Conv2d(${c}, classes, 1)`,
		`        self.up2 = upsample(classes, ${small})`,
		`        self.up16 = upsample(classes, ${large})`,
		'',
		'    def forward(self, pool4):',
		`        up = self.up2(self.score5(self.pool5(pool4)))  ${torchSteps.up2}`,
		`        return self.up16(up + self.score4(pool4))  ${t({ en: '# skip, then', id: '# skip, lalu' })} ${torchSteps.up16}`,
		'',
		'head = FCN16sHead()',
		`out = head(torch.zeros(1, ${c}, ${h}, ${w}))  ${comment.pool4}`,
		'print(out.shape, sum(p.numel() for p in head.parameters()))',
		`# ${torchSize(1, shapeOf(torch, 'up16'))} ${torch.totalParams}`,
	);
	return { keras: kerasCode, pytorch: pytorchCode };
}
