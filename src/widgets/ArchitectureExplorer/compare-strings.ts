import type { Lang } from '../../lib/i18n/lang.ts';
import type { CompareKind } from './compare.ts';

/**
 * The compare view's words, per language. They live apart from the explorer's other strings
 * because the compare view is loaded only when a reader opens it.
 */
export interface CompareStrings {
	left: string;
	right: string;
	cin: string;
	cout: string;
	kinds: Record<CompareKind, string>;
	/** Names short enough for a heading above a block drawn on a phone. */
	short: Record<CompareKind, string>;
	compareNote: string;
	allKinds: (cin: string, cout: string) => string;
	ratio: (a: string, b: string, r: string) => string;
	cmpTitle: (a: string, b: string) => string;
	cmpDesc: (a: string, b: string) => string;
}

/** The compare view's text in Indonesian and English. */
export const COMPARE_STRINGS: Record<Lang, CompareStrings> = {
	en: {
		left: 'Left block',
		right: 'Right block',
		cin: 'Input channels',
		cout: 'Output channels',
		kinds: {
			conv3: 'Regular 3×3 conv',
			lenet: '5×5 conv + pool (LeNet-5)',
			stack: 'Three stacked 3×3 convs (AlexNet)',
			inception: 'Inception module (GoogLeNet)',
			residual: 'Bottleneck residual unit (ResNet)',
			se: 'Residual unit with SE (SENet)',
			separable: 'Depthwise separable conv (Xception)',
		},
		short: {
			conv3: '3×3 conv',
			lenet: 'LeNet-5',
			stack: 'AlexNet',
			inception: 'GoogLeNet',
			residual: 'ResNet',
			se: 'SENet',
			separable: 'Xception',
		},
		compareNote: 'Weights only (no biases, no batch norm), on a 28×28 map.',
		allKinds: (cin, cout) => `Every block from ${cin} to ${cout} channels`,
		ratio: (a, b, r) => `${a} / ${b} ≈ ${r}×`,
		cmpTitle: (a, b) => `${a} beside ${b}`,
		cmpDesc: (a, b) => `Parameters: ${a} against ${b}. The table below lists every box.`,
	},
	id: {
		left: 'Blok kiri',
		right: 'Blok kanan',
		cin: 'Kanal input',
		cout: 'Kanal output',
		kinds: {
			conv3: 'Konvolusi 3×3 biasa',
			lenet: 'Konv 5×5 + pooling (LeNet-5)',
			stack: 'Tiga konv 3×3 bertumpuk (AlexNet)',
			inception: 'Modul inception (GoogLeNet)',
			residual: 'Unit residual bottleneck (ResNet)',
			se: 'Unit residual dengan SE (SENet)',
			separable: 'Konv terpisah per kedalaman (Xception)',
		},
		short: {
			conv3: 'konv 3×3',
			lenet: 'LeNet-5',
			stack: 'AlexNet',
			inception: 'GoogLeNet',
			residual: 'ResNet',
			se: 'SENet',
			separable: 'Xception',
		},
		compareNote: 'Hanya bobot (tanpa bias, tanpa batch norm), pada peta 28×28.',
		allKinds: (cin, cout) => `Semua blok dari ${cin} ke ${cout} kanal`,
		ratio: (a, b, r) => `${a} / ${b} ≈ ${r}×`,
		cmpTitle: (a, b) => `${a} di samping ${b}`,
		cmpDesc: (a, b) => `Parameter: ${a} dibanding ${b}. Tabel di bawah mendaftar setiap kotak.`,
	},
};
