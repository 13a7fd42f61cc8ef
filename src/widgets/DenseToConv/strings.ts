import type { Lang } from '../../lib/i18n/lang.ts';
import { LAYER_WORDS, type LayerLegendWords } from '../shared/layer-words.ts';

/** A sentence in the singular (a count of 1) and in the plural. */
export interface Plural {
	one: string;
	other: string;
}

/**
 * Every word the converter shows, per language; a missing translation is a type error. Only
 * `DenseToConv.astro` imports the values, and passes one language's table to the island as a
 * prop: the words travel in the page's HTML, never in the JavaScript. Props cannot carry
 * functions, so sentences with numbers are templates whose `{name}` placeholders `fill()`
 * replaces with numbers already formatted.
 */
export interface ConverterStrings {
	size: string;
	sizeHint: string;
	presets: string;
	dense: string;
	units: string;
	classes: string;
	headLegend: string;
	layersTitle: string;
	layer: string;
	/** Column headings of the head diagram, short to fit a phone. */
	denseCol: string;
	convCol: string;
	/** Column headings of the table, which has room for more words. */
	denseHeader: string;
	convHeader: string;
	params: string;
	/** The unit after a count inside a diagram box, short to fit a phone. */
	paramsUnit: string;
	working: string;
	same: string;
	yes: string;
	total: string;
	headTitle: string;
	headDesc: string;
	featureMap: string;
	flatten: string;
	denseOp: string;
	convOp: string;
	reshapeTitle: string;
	reshapeKeras: string;
	reshapeTorch: string;
	flatIndex: string;
	gridTitle: string;
	gridDesc: string;
	inputLabel: string;
	outputLabel: string;
	windowLegend: string;
	stepLegend: string;
	predictions: Plural;
	slide: Plural;
	strideWhy: string;
	once: string;
	announce: string;
	gmacs: string;
	/** The layer colours' legend (`shared/layer-words.ts`). */
	legend: LayerLegendWords;
}

/** The converter's text in Indonesian and English. */
export const STRINGS: Record<Lang, ConverterStrings> = {
	en: {
		size: 'Input size (pixels)',
		sizeHint: 'Square image; VGG-16 was trained on 224.',
		presets: 'Try:',
		dense: 'Dense layers',
		units: 'Units per hidden layer',
		classes: 'Classes',
		headLegend: 'The classifier head',
		layersTitle: 'Layer by layer: the counts are identical',
		layer: 'Layer',
		denseCol: 'Dense, {size}',
		convCol: 'Conv, {size}',
		denseHeader: 'Dense (input {size})',
		convHeader: 'Convolution (input {size})',
		params: 'Parameters',
		paramsUnit: 'params',
		working: 'Working',
		same: 'Same count?',
		yes: 'yes',
		total: 'Head total',
		headTitle: 'The dense head and its convolutional twin',
		headDesc:
			'Left, the {fm} feature map flattened into dense layers; right, the same map through a “valid” convolution as large as the map, then 1×1 convolutions. Both heads have {total} parameters.',
		featureMap: 'feature map',
		flatten: 'flatten',
		denseOp: 'dense, {u}',
		convOp: '{k} conv, {f}',
		reshapeTitle: 'The weights are only reshaped',
		reshapeKeras: '{name}: Keras kernel {from} → {to}',
		reshapeTorch: '{name}: PyTorch weight {from} → {to}',
		flatIndex:
			'Flatten reads row i, column j, channel c as input (i·{w} + j)·{c} + c, which is exactly where a row-major reshape puts kernel[i, j, c] (i < {h}).',
		gridTitle: 'A larger image gives a grid of predictions',
		gridDesc:
			'A {size} image and the {grid} grid of predictions the converted network outputs for it.',
		inputLabel: 'input {size}',
		outputLabel: 'output {shape}',
		windowLegend: 'solid: one {w} window',
		stepLegend: 'dashed: the next one, {s} px on',
		predictions: {
			one: 'Output grid: {grid}, that is {count} prediction.',
			other: 'Output grid: {grid}, that is {count} predictions.',
		},
		slide: {
			one: 'Each prediction sees a {window}×{window} window; neighbours are {stride} pixels apart, so ({size} − {window}) / {stride} + 1 → {positions} position along each axis (rounded down).',
			other:
				'Each prediction sees a {window}×{window} window; neighbours are {stride} pixels apart, so ({size} − {window}) / {stride} + 1 → {positions} positions along each axis (rounded down).',
		},
		strideWhy:
			'Why {stride} pixels: the base has {pools} pooling layers with stride 2, and 2 multiplied {pools} times is {stride}.',
		once: 'The convolutional base runs once: {one} multiply–accumulates, against {count} × {crop} = {many} for the same windows cropped one by one.',
		announce: 'Input {size}: output grid {grid}; head {total} parameters.',
		gmacs: '{v} billion',
		legend: LAYER_WORDS.en,
	},
	id: {
		size: 'Ukuran input (piksel)',
		sizeHint: 'Gambar persegi; VGG-16 dilatih pada 224.',
		presets: 'Coba:',
		dense: 'Lapisan dense',
		units: 'Unit per lapisan tersembunyi',
		classes: 'Kelas',
		headLegend: 'Kepala klasifikasi',
		layersTitle: 'Lapis demi lapis: jumlahnya identik',
		layer: 'Lapisan',
		denseCol: 'Dense, {size}',
		convCol: 'Konv, {size}',
		denseHeader: 'Dense (input {size})',
		convHeader: 'Konvolusi (input {size})',
		params: 'Parameter',
		paramsUnit: 'param',
		working: 'Perhitungan',
		same: 'Sama?',
		yes: 'ya',
		total: 'Total kepala',
		headTitle: 'Kepala dense dan kembaran konvolusinya',
		headDesc:
			'Kiri, peta fitur {fm} diratakan lalu masuk lapisan dense; kanan, peta yang sama melewati konvolusi “valid” seukuran peta, lalu konvolusi 1×1. Kedua kepala punya {total} parameter.',
		featureMap: 'peta fitur',
		flatten: 'flatten',
		denseOp: 'dense, {u}',
		convOp: 'konv {k}, {f}',
		reshapeTitle: 'Bobotnya cukup di-reshape',
		reshapeKeras: '{name}: kernel Keras {from} → {to}',
		reshapeTorch: '{name}: bobot PyTorch {from} → {to}',
		flatIndex:
			'Flatten membaca baris i, kolom j, kanal c sebagai input ke-(i·{w} + j)·{c} + c, persis posisi kernel[i, j, c] setelah reshape row-major (i < {h}).',
		gridTitle: 'Gambar yang lebih besar memberi grid prediksi',
		gridDesc: 'Gambar {size} dan grid prediksi {grid} yang dihasilkan jaringan hasil konversi.',
		inputLabel: 'input {size}',
		outputLabel: 'output {shape}',
		windowLegend: 'garis penuh: satu jendela {w}',
		stepLegend: 'garis putus: jendela berikutnya, {s} px bergeser',
		predictions: {
			one: 'Grid output: {grid}, yaitu {count} prediksi.',
			other: 'Grid output: {grid}, yaitu {count} prediksi.',
		},
		slide: {
			one: 'Setiap prediksi melihat jendela {window}×{window}; tetangganya berjarak {stride} piksel, jadi ({size} − {window}) / {stride} + 1 → {positions} posisi di tiap sumbu (dibulatkan ke bawah).',
			other:
				'Setiap prediksi melihat jendela {window}×{window}; tetangganya berjarak {stride} piksel, jadi ({size} − {window}) / {stride} + 1 → {positions} posisi di tiap sumbu (dibulatkan ke bawah).',
		},
		strideWhy:
			'Mengapa {stride} piksel: bagian konvolusinya punya {pools} lapisan pooling dengan stride 2, dan 2 dikalikan {pools} kali adalah {stride}.',
		once: 'Bagian konvolusi cukup berjalan sekali: {one} perkalian–penjumlahan (MAC), dibanding {count} × {crop} = {many} bila jendela yang sama dipotong satu per satu.',
		announce: 'Input {size}: grid output {grid}; kepala {total} parameter.',
		gmacs: '{v} miliar',
		legend: LAYER_WORDS.id,
	},
};
