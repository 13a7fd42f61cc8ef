import type { ModelJson } from '../types.ts';
import { torchResNet50 } from './bottleneck.ts';
import { ModelBuilder } from './builder.ts';

/**
 * SE-ResNet-50 as `timm.create_model('seresnet50')` builds it: torchvision's ResNet-50 with a
 * squeeze-and-excitation module (reduction 16) on each bottleneck's residual branch before the
 * addition. 28,088,024 parameters.
 */
export function seResnet50(): ModelJson {
	const b = new ModelBuilder();
	torchResNet50(b, 16);
	return b.model('SE-ResNet-50 (timm)', 'pytorch', [224, 224, 3]);
}
