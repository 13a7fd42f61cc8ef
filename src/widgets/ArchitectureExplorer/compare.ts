import type { LayerJson, ModelJson } from '../../lib/cnn/index.ts';
import { bottleneck, inception, relu, sameConv, squeezeExcite, type Widths } from './blocks.ts';

/**
 * The compare view's blocks: each network's idea rebuilt for any input and output channels on a
 * 28×28 map, weights only (no biases, no batch norm), so that blocks can be compared fairly. The
 * engine counts them, like everything else. Loaded with the compare view, on demand.
 */

/** The blocks the compare view offers, each rebuilt for any channels. */
export const COMPARE_KINDS = [
	'conv3',
	'lenet',
	'stack',
	'inception',
	'residual',
	'se',
	'separable',
] as const;

/** A block of the compare view. */
export type CompareKind = (typeof COMPARE_KINDS)[number];

/** Side length of the feature map the compare view uses; it changes shapes, never counts. */
export const COMPARE_SIZE = 28;

/**
 * A block from `cin` to `cout` channels, weights only:
 * `conv3` one regular 3×3 convolution; `lenet` a 5×5 convolution then 2×2 average pooling;
 * `stack` AlexNet's three stacked 3×3 convolutions; `inception` an Inception module whose output
 * is split as in module 3a (¼, ½, ⅛, ⅛) with reductions of ½ and 1/12 of the input; `residual` a
 * bottleneck unit of width `cout`/4; `se` the same with squeeze-and-excitation (r = 16);
 * `separable` a depthwise separable convolution. Widths are rounded and at least 1.
 */
export function compareBlock(kind: CompareKind, cin: number, cout: number): ModelJson {
	const input = [COMPARE_SIZE, COMPARE_SIZE, cin];
	const part = (fraction: number, of: number) => Math.max(1, Math.round(of * fraction));
	const conv = (name: string, filters: number, kernel: number): LayerJson => ({
		...sameConv(name, filters, kernel),
		activation: 'relu',
	});
	switch (kind) {
		case 'conv3':
			return { input, layers: [conv('conv', cout, 3)] };
		case 'lenet':
			return {
				input,
				layers: [conv('conv', cout, 5), { type: 'avgPool2d', name: 'pool', pool: 2 }],
			};
		case 'stack':
			return {
				input,
				layers: [conv('conv_a', cout, 3), conv('conv_b', cout, 3), conv('conv_c', cout, 3)],
			};
		case 'inception': {
			const b1 = part(1 / 4, cout);
			const b2 = part(1 / 2, cout);
			const b3 = part(1 / 8, cout);
			const b4 = Math.max(1, cout - b1 - b2 - b3);
			const widths: Widths = [b1, part(1 / 2, cin), b2, part(1 / 12, cin), b3, b4];
			return { input, layers: inception(widths, 5, false) };
		}
		case 'residual':
			return { input, layers: bottleneck(cin, part(1 / 4, cout), false, cout) };
		case 'se':
			return {
				input,
				layers: [
					...bottleneck(cin, part(1 / 4, cout), false, cout).filter(
						(l) => l.name !== 'add' && l.name !== 'relu3',
					),
					...squeezeExcite(cout, 16, false, 'conv3'),
					{ type: 'add', name: 'add', inputs: ['scale', cin === cout ? 'input' : 'projection'] },
					{ ...relu, name: 'relu3' },
				],
			};
		case 'separable':
			return {
				input,
				layers: [
					{
						type: 'depthwiseConv2d',
						name: 'depthwise',
						kernel: 3,
						padding: 'same',
						useBias: false,
					},
					{ type: 'conv2d', name: 'pointwise', filters: cout, kernel: 1, useBias: false },
				],
			};
	}
}

/**
 * The smallest output width every compare block can be built for: an Inception module needs one
 * channel in each of its four branches with the ¼, ½, ⅛ split.
 */
export const MIN_COMPARE_CHANNELS = 8;
