import type { Lang } from '../../lib/i18n/lang.ts';
import type { NetworkId } from './network.ts';

/**
 * The caption under each network's signature block, per language: what the drawing shows and
 * which implementation its widths come from. Part of the explorer's words (`strings.ts`).
 */
export const CAPTIONS: Record<Lang, Record<NetworkId, string>> = {
	en: {
		lenet5: 'Every convolution is followed straight away by average pooling.',
		alexnet:
			'Convolutions stacked with no pooling in between (torchvision’s widths), with ReLU, the paper’s LRN (torchvision omits it) and dropout.',
		googlenet:
			'Inception module 3a of the paper: four parallel branches with 1×1 bottlenecks, concatenated along the depth (weights only, as counted in the text).',
		resnet50:
			'A bottleneck residual unit of torchvision’s ResNet-50 (layer1.1): the skip connection adds the input to the output.',
		'se-resnet50':
			'The SE block of timm’s SE-ResNet-50 on 256 channels: squeeze, excite (256 → 16 → 256), scale.',
		xception:
			'A regular 3×3 convolution (left) beside a depthwise separable one (right), 128 → 128 channels, no biases, as in Xception’s block 2.',
		'efficientnet-b0':
			'An MBConv block of torchvision’s EfficientNet-B0 (stage 2): 1×1 expansion 24 → 144, 3×3 depthwise, SE (144 → 6 → 144), linear 1×1 projection to 24, skip. B1–B7 scale depth by α^φ, width by β^φ and resolution by γ^φ (α = 1.2, β = 1.1, γ = 1.15).',
	},
	id: {
		lenet5: 'Setiap konvolusi langsung diikuti pooling rata-rata.',
		alexnet:
			'Konvolusi ditumpuk tanpa pooling di antaranya (lebar versi torchvision), dengan ReLU, LRN dari makalah (torchvision tidak memakainya), dan dropout.',
		googlenet:
			'Modul inception 3a dari makalah: empat cabang paralel dengan penyempit 1×1, digabung sepanjang kedalaman (hanya bobot, seperti hitungan di teks).',
		resnet50:
			'Satu unit residual bottleneck ResNet-50 torchvision (layer1.1): jalur lompat menambahkan input ke output.',
		'se-resnet50':
			'Blok SE dari SE-ResNet-50 timm pada 256 kanal: squeeze, excite (256 → 16 → 256), skala.',
		'efficientnet-b0':
			'Satu blok MBConv EfficientNet-B0 torchvision (tahap 2): ekspansi 1×1 24 → 144, depthwise 3×3, SE (144 → 6 → 144), proyeksi 1×1 linear ke 24, koneksi lompat. B1–B7 menskalakan kedalaman dengan α^φ, lebar dengan β^φ, dan resolusi dengan γ^φ (α = 1,2, β = 1,1, γ = 1,15).',
		xception:
			'Konvolusi 3×3 biasa (kiri) di samping konvolusi terpisah per kedalaman (depthwise separable, kanan), 128 → 128 kanal, tanpa bias, seperti di blok 2 Xception.',
	},
};
