import type { Lang } from '../../lib/i18n/lang.ts';
import type { LrnPreset } from './state.ts';

/**
 * Every piece of text the LRN explorer shows, in both languages. Only `LrnExplorer.astro` imports
 * the values; it passes one language's table to the island as a prop, so the words travel in the
 * page's HTML and the other language's never reach the browser. Props cannot carry functions,
 * hence sentences with numbers are templates whose `{name}` placeholders `fill()` replaces with
 * numbers already formatted.
 */
export interface LrnStrings {
	title: string;
	intro: string;
	channels: string;
	channelsHint: string;
	preset: string;
	presets: Record<LrnPreset, string>;
	parameters: string;
	n: string;
	nHint: string;
	nEven: string;
	k: string;
	alpha: string;
	beta: string;
	defaults: string;
	inputChart: string;
	inputHelp: string;
	outputChart: string;
	bnChart: string;
	scale: string;
	scaleSymmetric: string;
	barLabel: string;
	valueField: string;
	windowNote: string;
	compare: string;
	lrnSentence: string;
	bnSentence: string;
	tableSummary: string;
	tableMap: string;
	tableA: string;
	tableWindow: string;
	tableSum: string;
	tableBase: string;
	tableDivisor: string;
	tableB: string;
	tableBn: string;
	announce: string;
	stale: string;
}

/** The strings in each language. A missing translation is a type error. */
export const STRINGS: Record<Lang, LrnStrings> = {
	en: {
		title: 'LRN explorer: neighbouring maps compete',
		intro:
			'Each bar is one feature map’s activation at the same pixel position. Drag a bar, or select it and use the arrow keys or the field below; the output bars show LRN’s result.',
		channels: 'Feature maps',
		channelsHint: '8 to 16',
		preset: 'Preset',
		presets: { strong: 'One strong channel', uniform: 'Uniform' },
		parameters: 'Hyperparameters',
		n: 'Window size n',
		nHint: 'r = ⌊n/2⌋ = {r} neighbours on each side (TensorFlow’s depth_radius = {r})',
		nEven: 'n = {n} is even: r = ⌊n/2⌋ = {r}, so the window still holds 2r + 1 = {span} maps.',
		k: 'Bias k',
		alpha: 'Scale α',
		beta: 'Exponent β',
		defaults: 'AlexNet’s values',
		inputChart: 'Activations a before LRN',
		inputHelp: 'Drag a bar or use ↑ ↓ (Page Up/Down: ±10).',
		outputChart: 'Outputs b after LRN',
		bnChart: 'Outputs after batch normalization',
		scale: 'scale 0 to {max}',
		scaleSymmetric: 'scale −{max} to {max}',
		barLabel: 'Map {i} activation',
		valueField: 'Activation of map {i}',
		windowNote: 'Map {i} is divided by a sum over maps {low} to {high} (outlined).',
		compare: 'Compare with batch normalization',
		lrnSentence:
			'LRN divides each map by the squared activity of its neighbours at the same position, so a strong map pulls its neighbours down.',
		bnSentence:
			'Batch normalization rescales each map on its own, with statistics gathered over a mini-batch (here every map has mean {mean} and variance {variance}, γ = 1, β = 0), so a strong map leaves its neighbours untouched.',
		tableSummary: 'All the numbers, as a table',
		tableMap: 'Map i',
		tableA: 'a_i',
		tableWindow: 'Window j',
		tableSum: 'Σ a_j²',
		tableBase: 'k + α Σ a_j²',
		tableDivisor: '(k + α Σ a_j²)^β',
		tableB: 'b_i',
		tableBn: 'Batch norm',
		announce: 'Map {i}: activation {a}, after LRN {b}.',
		stale: 'A value is not valid; the last valid result is shown, dimmed.',
	},
	id: {
		title: 'Penjelajah LRN: peta yang bertetangga saling bersaing',
		intro:
			'Setiap batang adalah aktivasi satu peta fitur di posisi piksel yang sama. Seret sebuah batang, atau pilih lalu gunakan tombol panah atau isian di bawah; batang output menunjukkan hasil LRN.',
		channels: 'Peta fitur',
		channelsHint: '8 sampai 16',
		preset: 'Contoh',
		presets: { strong: 'Satu kanal kuat', uniform: 'Seragam' },
		parameters: 'Hiperparameter',
		n: 'Ukuran jendela n',
		nHint: 'r = ⌊n/2⌋ = {r} tetangga di tiap sisi (depth_radius TensorFlow = {r})',
		nEven: 'n = {n} genap: r = ⌊n/2⌋ = {r}, jadi jendelanya tetap berisi 2r + 1 = {span} peta.',
		k: 'Bias k',
		alpha: 'Skala α',
		beta: 'Eksponen β',
		defaults: 'Nilai AlexNet',
		inputChart: 'Aktivasi a sebelum LRN',
		inputHelp: 'Seret batang atau gunakan ↑ ↓ (Page Up/Down: ±10).',
		outputChart: 'Output b setelah LRN',
		bnChart: 'Output setelah batch normalization',
		scale: 'skala 0 sampai {max}',
		scaleSymmetric: 'skala −{max} sampai {max}',
		barLabel: 'Aktivasi peta {i}',
		valueField: 'Ketik aktivasi peta {i}',
		windowNote: 'Peta {i} dibagi dengan jumlah atas peta {low} sampai {high} (bergaris tepi).',
		compare: 'Bandingkan dengan batch normalization',
		lrnSentence:
			'LRN membagi setiap peta dengan kuadrat aktivitas tetangganya di posisi yang sama, sehingga peta yang kuat menekan tetangganya.',
		bnSentence:
			'Batch normalization mengubah skala setiap peta secara terpisah, dengan statistik dari mini-batch (di sini setiap peta punya rata-rata {mean} dan varians {variance}, γ = 1, β = 0), sehingga peta yang kuat tidak mengubah tetangganya.',
		tableSummary: 'Semua angkanya, dalam tabel',
		tableMap: 'Peta i',
		tableA: 'a_i',
		tableWindow: 'Jendela j',
		tableSum: 'Σ a_j²',
		tableBase: 'k + α Σ a_j²',
		tableDivisor: '(k + α Σ a_j²)^β',
		tableB: 'b_i',
		tableBn: 'Batch norm',
		announce: 'Peta {i}: aktivasi {a}, setelah LRN {b}.',
		stale: 'Ada nilai yang tidak valid; hasil valid terakhir ditampilkan dengan warna redup.',
	},
};
