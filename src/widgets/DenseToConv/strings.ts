import type { Lang } from '../../lib/i18n/lang.ts';

/** Every word the converter shows, per language; a missing translation is a type error. */
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
	denseCol: (size: string) => string;
	convCol: (size: string) => string;
	/** Column headings of the table, which has room for more words. */
	denseHeader: (size: string) => string;
	convHeader: (size: string) => string;
	params: string;
	/** The unit after a count inside a diagram box, short to fit a phone. */
	paramsUnit: string;
	working: string;
	same: string;
	yes: string;
	total: string;
	headTitle: string;
	headDesc: (fm: string, total: string) => string;
	featureMap: string;
	flatten: string;
	denseOp: (u: string) => string;
	convOp: (k: string, f: string) => string;
	reshapeTitle: string;
	reshapeKeras: (name: string, from: string, to: string) => string;
	reshapeTorch: (name: string, from: string, to: string) => string;
	flatIndex: (h: string, w: string, c: string) => string;
	gridTitle: string;
	gridDesc: (size: string, grid: string) => string;
	inputLabel: (size: string) => string;
	outputLabel: (shape: string) => string;
	windowLegend: (w: string) => string;
	stepLegend: (s: string) => string;
	predictions: (grid: string, count: string) => string;
	slide: (size: string, window: string, stride: string, positions: string) => string;
	strideWhy: (stride: string, pools: string) => string;
	once: (one: string, count: string, crop: string, many: string) => string;
	announce: (size: string, grid: string, total: string) => string;
	gmacs: (v: string) => string;
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
		denseCol: (size) => `Dense, ${size}`,
		convCol: (size) => `Conv, ${size}`,
		denseHeader: (size) => `Dense (input ${size})`,
		convHeader: (size) => `Convolution (input ${size})`,
		params: 'Parameters',
		paramsUnit: 'params',
		working: 'Working',
		same: 'Same count?',
		yes: 'yes',
		total: 'Head total',
		headTitle: 'The dense head and its convolutional twin',
		headDesc: (fm, total) =>
			`Left, the ${fm} feature map flattened into dense layers; right, the same map through a “valid” convolution as large as the map, then 1×1 convolutions. Both heads have ${total} parameters.`,
		featureMap: 'feature map',
		flatten: 'flatten',
		denseOp: (u) => `dense, ${u}`,
		convOp: (k, f) => `${k} conv, ${f}`,
		reshapeTitle: 'The weights are only reshaped',
		reshapeKeras: (name, from, to) => `${name}: Keras kernel ${from} → ${to}`,
		reshapeTorch: (name, from, to) => `${name}: PyTorch weight ${from} → ${to}`,
		flatIndex: (h, w, c) =>
			`Flatten reads row i, column j, channel c as input (i·${w} + j)·${c} + c, which is exactly where a row-major reshape puts kernel[i, j, c] (i < ${h}).`,
		gridTitle: 'A larger image gives a grid of predictions',
		gridDesc: (size, grid) =>
			`A ${size} image and the ${grid} grid of predictions the converted network outputs for it.`,
		inputLabel: (size) => `input ${size}`,
		outputLabel: (shape) => `output ${shape}`,
		windowLegend: (w) => `solid: one ${w} window`,
		stepLegend: (s) => `dashed: the next one, ${s} px on`,
		predictions: (grid, count) =>
			`Output grid: ${grid}, that is ${count} ${count === '1' ? 'prediction' : 'predictions'}.`,
		slide: (size, window, stride, positions) =>
			`Each prediction sees a ${window}×${window} window; neighbours are ${stride} pixels apart, so (${size} − ${window}) / ${stride} + 1 → ${positions} ${positions === '1' ? 'position' : 'positions'} along each axis (rounded down).`,
		strideWhy: (stride, pools) =>
			`Why ${stride} pixels: the base has ${pools} pooling layers with stride 2, and 2 multiplied ${pools} times is ${stride}.`,
		once: (one, count, crop, many) =>
			`The convolutional base runs once: ${one} multiply–accumulates, against ${count} × ${crop} = ${many} for the same windows cropped one by one.`,
		announce: (size, grid, total) =>
			`Input ${size}: output grid ${grid}; head ${total} parameters.`,
		gmacs: (v) => `${v} billion`,
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
		denseCol: (size) => `Dense, ${size}`,
		convCol: (size) => `Konv, ${size}`,
		denseHeader: (size) => `Dense (input ${size})`,
		convHeader: (size) => `Konvolusi (input ${size})`,
		params: 'Parameter',
		paramsUnit: 'param',
		working: 'Perhitungan',
		same: 'Sama?',
		yes: 'ya',
		total: 'Total kepala',
		headTitle: 'Kepala dense dan kembaran konvolusinya',
		headDesc: (fm, total) =>
			`Kiri, peta fitur ${fm} diratakan lalu masuk lapisan dense; kanan, peta yang sama melewati konvolusi “valid” seukuran peta, lalu konvolusi 1×1. Kedua kepala punya ${total} parameter.`,
		featureMap: 'peta fitur',
		flatten: 'flatten',
		denseOp: (u) => `dense, ${u}`,
		convOp: (k, f) => `konv ${k}, ${f}`,
		reshapeTitle: 'Bobotnya cukup di-reshape',
		reshapeKeras: (name, from, to) => `${name}: kernel Keras ${from} → ${to}`,
		reshapeTorch: (name, from, to) => `${name}: bobot PyTorch ${from} → ${to}`,
		flatIndex: (h, w, c) =>
			`Flatten membaca baris i, kolom j, kanal c sebagai input ke-(i·${w} + j)·${c} + c, persis posisi kernel[i, j, c] setelah reshape row-major (i < ${h}).`,
		gridTitle: 'Gambar yang lebih besar memberi grid prediksi',
		gridDesc: (size, grid) =>
			`Gambar ${size} dan grid prediksi ${grid} yang dihasilkan jaringan hasil konversi.`,
		inputLabel: (size) => `input ${size}`,
		outputLabel: (shape) => `output ${shape}`,
		windowLegend: (w) => `garis penuh: satu jendela ${w}`,
		stepLegend: (s) => `garis putus: jendela berikutnya, ${s} px bergeser`,
		predictions: (grid, count) => `Grid output: ${grid}, yaitu ${count} prediksi.`,
		slide: (size, window, stride, positions) =>
			`Setiap prediksi melihat jendela ${window}×${window}; tetangganya berjarak ${stride} piksel, jadi (${size} − ${window}) / ${stride} + 1 → ${positions} posisi di tiap sumbu (dibulatkan ke bawah).`,
		strideWhy: (stride, pools) =>
			`Mengapa ${stride} piksel: bagian konvolusinya punya ${pools} lapisan pooling dengan stride 2, dan 2 dikalikan ${pools} kali adalah ${stride}.`,
		once: (one, count, crop, many) =>
			`Bagian konvolusi cukup berjalan sekali: ${one} perkalian–penjumlahan (MAC), dibanding ${count} × ${crop} = ${many} bila jendela yang sama dipotong satu per satu.`,
		announce: (size, grid, total) =>
			`Input ${size}: grid output ${grid}; kepala ${total} parameter.`,
		gmacs: (v) => `${v} miliar`,
	},
};
