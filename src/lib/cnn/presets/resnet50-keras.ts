import type { ModelJson } from '../types.ts';
import { RESNET50_STAGES } from './bottleneck.ts';
import { ModelBuilder } from './builder.ts';

const EPSILON = 1.001e-5;

/**
 * Keras's `block1`: the stride sits on the first 1×1 convolution (ResNet v1), convolutions keep
 * their biases, and the shortcut is projected in the first block of each stage.
 */
function block(
	b: ModelBuilder,
	name: string,
	filters: number,
	stride: number,
	project: boolean,
): string {
	const x = b.last;
	const bn = (id: string) =>
		b.add({ type: 'batchNorm', name: `${name}_${id}_bn`, epsilon: EPSILON });
	const relu = (id: string) =>
		b.add({ type: 'activation', name: `${name}_${id}_relu`, fn: 'relu' });
	let shortcut = x;
	if (project) {
		b.add({
			type: 'conv2d',
			name: `${name}_0_conv`,
			filters: 4 * filters,
			kernel: 1,
			strides: stride,
		});
		shortcut = bn('0');
	}
	b.add({ type: 'conv2d', name: `${name}_1_conv`, filters, kernel: 1, strides: stride }, x);
	bn('1');
	relu('1');
	b.add({ type: 'conv2d', name: `${name}_2_conv`, filters, kernel: 3, padding: 'same' });
	bn('2');
	relu('2');
	b.add({ type: 'conv2d', name: `${name}_3_conv`, filters: 4 * filters, kernel: 1 });
	const residual = bn('3');
	b.add({ type: 'add', name: `${name}_add` }, [shortcut, residual]);
	return b.add({ type: 'activation', name: `${name}_out`, fn: 'relu' });
}

/**
 * ResNet-50 as `keras.applications.ResNet50` builds it: explicit zero padding before the stem
 * convolution and max pool, biases on every convolution, and batch-norm moving statistics counted
 * as non-trainable parameters. 25,636,712 parameters (53,120 non-trainable).
 */
export function resnet50Keras(): ModelJson {
	const b = new ModelBuilder();
	b.add({ type: 'zeroPadding2d', name: 'conv1_pad', padding: 3 });
	b.add({ type: 'conv2d', name: 'conv1_conv', filters: 64, kernel: 7, strides: 2 });
	b.add({ type: 'batchNorm', name: 'conv1_bn', epsilon: EPSILON });
	b.add({ type: 'activation', name: 'conv1_relu', fn: 'relu' });
	b.add({ type: 'zeroPadding2d', name: 'pool1_pad', padding: 1 });
	b.add({ type: 'maxPool2d', name: 'pool1_pool', pool: 3, strides: 2 });
	RESNET50_STAGES.forEach(([filters, blocks], stage) => {
		for (let i = 0; i < blocks; i++) {
			const stride = i === 0 && stage > 0 ? 2 : 1;
			block(b, `conv${stage + 2}_block${i + 1}`, filters, stride, i === 0);
		}
	});
	b.add({ type: 'globalAvgPool2d', name: 'avg_pool' });
	b.add({ type: 'dense', name: 'predictions', units: 1000, activation: 'softmax' });
	return b.model('ResNet-50 (Keras Applications)', 'keras', [224, 224, 3]);
}
