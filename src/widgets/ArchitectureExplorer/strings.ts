import type { Lang } from '../../lib/i18n/lang.ts';
import { LAYER_WORDS, type LayerLegendWords } from '../shared/layer-words.ts';
import { CAPTIONS } from './captions.ts';
import { COMPARE_STRINGS, type CompareStrings } from './compare-strings.ts';
import type { NetworkId } from './network.ts';

/**
 * Every word the explorer shows, per language; a missing translation is a type error.
 *
 * Only `ArchitectureExplorer.astro` imports the values: it passes one language's table to the
 * island as a prop, so the words travel in the page's HTML and the other language's never do.
 * Props cannot carry functions, hence plain strings, with `{name}` placeholders that `fill()`
 * fills with numbers already formatted.
 */
export interface ExplorerStrings {
	networkLegend: string;
	year: string;
	params: string;
	depth: string;
	top5: string;
	paper: string;
	/** Why LeNet-5 and Xception have no ILSVRC result. */
	noTop5: Record<'lenet5' | 'xception', string>;
	signature: string;
	/** The caption under each network's signature block. */
	captions: Record<NetworkId, string>;
	compareToggle: string;
	whole: string;
	expandAll: string;
	collapseAll: string;
	keysHint: string;
	detailsHint: string;
	output: string;
	working: string;
	download: string;
	tableSummary: string;
	block: string;
	operation: string;
	/** `{name}` */
	loading: string;
	/** `{name}`, `{params}`, `{depth}` */
	loaded: string;
	loadError: string;
	paramsUnit: string;
	/** `{n}` */
	layers: string;
	sum: string;
	/** `{name}` */
	sigTitle: string;
	/** `{nodes}`, `{from}`, `{to}`, `{total}` */
	sigDesc: string;
	/** `{name}` */
	netTitle: string;
	/** `{rows}`, `{from}`, `{to}` */
	netDesc: string;
	groups: Record<string, string>;
	op: OpWords;
	/** The compare view's words (`compare-strings.ts`). */
	compare: CompareStrings;
	/** The layer colours' legend (`shared/layer-words.ts`). */
	legend: LayerLegendWords;
}

/**
 * Words for layer boxes that differ between the languages; the others (dense, flatten, dropout,
 * concat, BN…) are the same technical terms in both. Short, since they must fit a box on a phone.
 */
export interface OpWords {
	input: string;
	/** `{k}` kernel, `{f}` filters */
	conv: string;
	/** `{k}` kernel, `{f}` filters */
	separable: string;
	/** `{k}` window, `{kind}` max or avg */
	pool: string;
	add: string;
	scale: string;
}

/** The explorer's text in Indonesian and English. */
export const STRINGS: Record<Lang, ExplorerStrings> = {
	en: {
		networkLegend: 'Network',
		year: 'Year',
		params: 'Parameters',
		depth: 'Depth (layers with weights)',
		top5: 'ILSVRC top-5 error (winning entry)',
		paper: 'Paper',
		noTop5: { lenet5: '— (MNIST, before ILSVRC)', xception: '— (did not enter ILSVRC)' },
		signature: 'Signature block',
		captions: CAPTIONS.en,
		compareToggle: 'Compare blocks side by side',
		whole: 'The whole network',
		expandAll: 'Expand all',
		collapseAll: 'Collapse all',
		keysHint: 'Arrow keys move between blocks; Enter or → opens a stage, ← closes it.',
		detailsHint: 'Hover over or focus a block to see its output shape, parameters and working.',
		output: 'Output',
		working: 'Working',
		download: 'Download',
		tableSummary: 'The diagram as a table',
		block: 'Block',
		operation: 'Operation',
		loading: 'Loading {name}…',
		loaded: '{name}: {params} parameters, depth {depth}.',
		loadError: 'This network could not be loaded. Check the connection and pick it again.',
		paramsUnit: 'params',
		layers: '{n} layers',
		sum: 'Sum of its parts',
		sigTitle: 'Signature block of {name}',
		sigDesc: '{nodes} boxes from {from} to {to}, {total} parameters; listed in the table below.',
		netTitle: '{name}, stage by stage',
		netDesc: '{rows} rows from {from} to {to}; listed in the table below.',
		groups: {
			stem: 'stem',
			head: 'head',
			classifier: 'classifier',
			entry: 'entry flow',
			middle: 'middle flow',
			exit: 'exit flow',
		},
		op: {
			input: 'input',
			conv: '{k} conv, {f}',
			separable: '{k} sep. conv, {f}',
			pool: '{k} {kind} pool',
			add: 'add',
			scale: 'scale ×',
		},
		compare: COMPARE_STRINGS.en,
		legend: LAYER_WORDS.en,
	},
	id: {
		networkLegend: 'Jaringan',
		year: 'Tahun',
		params: 'Parameter',
		depth: 'Kedalaman (lapisan berbobot)',
		top5: 'Galat top-5 ILSVRC (entri pemenang)',
		paper: 'Makalah',
		noTop5: { lenet5: '— (MNIST, sebelum ILSVRC)', xception: '— (tidak ikut ILSVRC)' },
		signature: 'Blok khas',
		captions: CAPTIONS.id,
		compareToggle: 'Bandingkan blok berdampingan',
		whole: 'Seluruh jaringan',
		expandAll: 'Buka semua',
		collapseAll: 'Tutup semua',
		keysHint: 'Tombol panah berpindah antarblok; Enter atau → membuka tahap, ← menutupnya.',
		detailsHint:
			'Arahkan kursor atau fokus ke sebuah blok untuk melihat bentuk output, parameter, dan perhitungannya.',
		output: 'Output',
		working: 'Perhitungan',
		download: 'Unduh',
		tableSummary: 'Diagram dalam bentuk tabel',
		block: 'Blok',
		operation: 'Operasi',
		loading: 'Memuat {name}…',
		loaded: '{name}: {params} parameter, kedalaman {depth}.',
		loadError: 'Jaringan ini gagal dimuat. Periksa koneksi lalu pilih lagi.',
		paramsUnit: 'param',
		layers: '{n} lapisan',
		sum: 'Jumlah bagian-bagiannya',
		sigTitle: 'Blok khas {name}',
		sigDesc:
			'{nodes} kotak dari {from} sampai {to}, {total} parameter; terdaftar di tabel di bawah.',
		netTitle: '{name}, tahap demi tahap',
		netDesc: '{rows} baris dari {from} sampai {to}; terdaftar di tabel di bawah.',
		groups: {
			stem: 'stem',
			head: 'kepala',
			classifier: 'klasifikasi',
			entry: 'alur masuk',
			middle: 'alur tengah',
			exit: 'alur keluar',
		},
		op: {
			input: 'input',
			conv: 'konv {k}, {f}',
			separable: 'konv sep. {k}, {f}',
			pool: '{kind} pool {k}',
			add: 'tambah',
			scale: 'skala ×',
		},
		compare: COMPARE_STRINGS.id,
		legend: LAYER_WORDS.id,
	},
};
