import type { ModelJson } from '../types.ts';
import { torchResNet50 } from './bottleneck.ts';
import { ModelBuilder } from './builder.ts';

/**
 * ResNet-50 as `torchvision.models.resnet50` builds it: bias-free convolutions, the stride on the
 * 3×3 convolution of each bottleneck ("v1.5"), batch-norm statistics as buffers.
 * 25,557,032 parameters.
 */
export function resnet50(): ModelJson {
	const b = new ModelBuilder();
	torchResNet50(b);
	return b.model('ResNet-50 (torchvision)', 'pytorch', [224, 224, 3]);
}
