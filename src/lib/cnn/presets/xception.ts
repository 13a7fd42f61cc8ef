import type { ModelJson } from '../types.ts';
import { ModelBuilder } from './builder.ts';

/**
 * Keras leaves the shortcut layers of Xception unnamed, so they get default names; these counters
 * reproduce them (`conv2d`, `conv2d_1`, `batch_normalization`, `add`, …).
 */
class Names {
	#counts = new Map<string, number>();
	next(prefix: string): string {
		const n = this.#counts.get(prefix) ?? 0;
		this.#counts.set(prefix, n + 1);
		return n === 0 ? prefix : `${prefix}_${n}`;
	}
}

/** A bias-free separable convolution and its batch norm, optionally preceded by a ReLU. */
function sepConv(
	b: ModelBuilder,
	name: string,
	filters: number,
	reluFirst: boolean,
	from: string = b.last,
): string {
	const x = reluFirst ? b.add({ type: 'activation', name: `${name}_act`, fn: 'relu' }, from) : from;
	b.add({ type: 'separableConv2d', name, filters, kernel: 3, padding: 'same', useBias: false }, x);
	return b.add({ type: 'batchNorm', name: `${name}_bn` });
}

/**
 * An entry-flow or exit-flow block: a strided 1×1 projection on the shortcut (built first, as
 * Keras does), two separable convolutions, a 3×3/2 "same" max pool, and their sum.
 */
function downBlock(
	b: ModelBuilder,
	names: Names,
	block: number,
	[first, second]: readonly [number, number],
	reluFirst: boolean,
): string {
	const x = b.last;
	b.add({
		type: 'conv2d',
		name: names.next('conv2d'),
		filters: second,
		kernel: 1,
		strides: 2,
		padding: 'same',
		useBias: false,
	});
	const shortcut = b.add({ type: 'batchNorm', name: names.next('batch_normalization') });
	sepConv(b, `block${block}_sepconv1`, first, reluFirst, x);
	sepConv(b, `block${block}_sepconv2`, second, true);
	const pooled = b.add({
		type: 'maxPool2d',
		name: `block${block}_pool`,
		pool: 3,
		strides: 2,
		padding: 'same',
	});
	return b.add({ type: 'add', name: names.next('add') }, [pooled, shortcut]);
}

/**
 * Xception as `keras.applications.Xception` builds it on a 299×299 input: an entry flow down to
 * 19×19×728, eight middle-flow residual blocks of three separable convolutions, and an exit flow
 * to 10×10×2048. 22,910,480 parameters (54,528 non-trainable).
 */
export function xception(): ModelJson {
	const b = new ModelBuilder();
	const names = new Names();
	b.add({
		type: 'conv2d',
		name: 'block1_conv1',
		filters: 32,
		kernel: 3,
		strides: 2,
		useBias: false,
	});
	b.add({ type: 'batchNorm', name: 'block1_conv1_bn' });
	b.add({ type: 'activation', name: 'block1_conv1_act', fn: 'relu' });
	b.add({ type: 'conv2d', name: 'block1_conv2', filters: 64, kernel: 3, useBias: false });
	b.add({ type: 'batchNorm', name: 'block1_conv2_bn' });
	b.add({ type: 'activation', name: 'block1_conv2_act', fn: 'relu' });
	downBlock(b, names, 2, [128, 128], false);
	downBlock(b, names, 3, [256, 256], true);
	downBlock(b, names, 4, [728, 728], true);
	for (let block = 5; block <= 12; block++) {
		const x = b.last;
		for (let i = 1; i <= 3; i++) sepConv(b, `block${block}_sepconv${i}`, 728, true);
		b.add({ type: 'add', name: names.next('add') }, [b.last, x]);
	}
	downBlock(b, names, 13, [728, 1024], true);
	for (const [i, filters] of [1536, 2048].entries()) {
		const name = `block14_sepconv${i + 1}`;
		b.add({ type: 'separableConv2d', name, filters, kernel: 3, padding: 'same', useBias: false });
		b.add({ type: 'batchNorm', name: `${name}_bn` });
		b.add({ type: 'activation', name: `${name}_act`, fn: 'relu' });
	}
	b.add({ type: 'globalAvgPool2d', name: 'avg_pool' });
	b.add({ type: 'dense', name: 'predictions', units: 1000, activation: 'softmax' });
	return b.model('Xception (Keras Applications)', 'keras', [299, 299, 3]);
}
