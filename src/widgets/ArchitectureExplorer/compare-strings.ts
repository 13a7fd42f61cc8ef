import type { Lang } from '../../lib/i18n/lang.ts';
import type { CompareKind } from './compare.ts';

/**
 * The compare view's words, per language, part of the explorer's (`strings.ts`): templates with
 * `{name}` placeholders, since they reach the island as props.
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
	/** `{cin}`, `{cout}` */
	allKinds: string;
	/** `{a}`, `{b}`, `{r}` */
	ratio: string;
	/** `{a}`, `{b}` */
	cmpTitle: string;
	/** `{a}`, `{b}` */
	cmpDesc: string;
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
		allKinds: 'Every block from {cin} to {cout} channels',
		ratio: '{a} / {b} ≈ {r}×',
		cmpTitle: '{a} beside {b}',
		cmpDesc: 'Parameters: {a} against {b}. The table below lists every box.',
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
		allKinds: 'Semua blok dari {cin} ke {cout} kanal',
		ratio: '{a} / {b} ≈ {r}×',
		cmpTitle: '{a} di samping {b}',
		cmpDesc: 'Parameter: {a} dibanding {b}. Tabel di bawah mendaftar setiap kotak.',
	},
};
