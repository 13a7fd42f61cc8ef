import type { ModelJson } from '../types.ts';
import { ModelBuilder } from './builder.ts';

/**
 * VGG-16 as `keras.applications.VGG16` builds it (torchvision's `vgg16` has the same count): five
 * blocks of 3×3 "same" convolutions ending at 7×7×512, then three dense layers. 138,357,544
 * parameters.
 */
export function vgg16(): ModelJson {
	const b = new ModelBuilder();
	const blocks = [
		[64, 2],
		[128, 2],
		[256, 3],
		[512, 3],
		[512, 3],
	] as const;
	blocks.forEach(([filters, convs], i) => {
		for (let j = 1; j <= convs; j++) {
			b.add({
				type: 'conv2d',
				name: `block${i + 1}_conv${j}`,
				filters,
				kernel: 3,
				padding: 'same',
				activation: 'relu',
			});
		}
		b.add({ type: 'maxPool2d', name: `block${i + 1}_pool`, pool: 2 });
	});
	b.add({ type: 'flatten', name: 'flatten' });
	b.add({ type: 'dense', name: 'fc1', units: 4096, activation: 'relu' });
	b.add({ type: 'dense', name: 'fc2', units: 4096, activation: 'relu' });
	b.add({ type: 'dense', name: 'predictions', units: 1000, activation: 'softmax' });
	return b.model('VGG-16 (Keras Applications)', 'keras', [224, 224, 3]);
}
