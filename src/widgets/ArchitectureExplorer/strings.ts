import type { Lang } from '../../lib/i18n/lang.ts';

/** Every word the explorer shows, per language; a missing translation is a type error. */
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
	/** LeNet-5's block; the other captions load with their blocks (`CAPTIONS` in `blocks.ts`). */
	lenetCaption: string;
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
	loading: (name: string) => string;
	loaded: (name: string, params: string, depth: string) => string;
	loadError: string;
	paramsUnit: string;
	layers: (n: string) => string;
	sum: string;
	sigTitle: (name: string) => string;
	sigDesc: (nodes: string, from: string, to: string, total: string) => string;
	netTitle: (name: string) => string;
	netDesc: (rows: string, from: string, to: string) => string;
	groups: Record<string, string>;
	op: OpWords;
}

/**
 * Words for layer boxes that differ between the languages; the others (dense, flatten, dropout,
 * concat, BN…) are the same technical terms in both. Short, since they must fit a box on a phone.
 */
export interface OpWords {
	input: string;
	conv: (k: string, f: string) => string;
	separable: (k: string, f: string) => string;
	pool: (k: string, kind: string) => string;
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
		lenetCaption: 'Every convolution is followed straight away by average pooling.',
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
		loading: (name) => `Loading ${name}…`,
		loaded: (name, params, depth) => `${name}: ${params} parameters, depth ${depth}.`,
		loadError: 'This network could not be loaded. Check the connection and pick it again.',
		paramsUnit: 'params',
		layers: (n) => `${n} layers`,
		sum: 'Sum of its parts',
		sigTitle: (name) => `Signature block of ${name}`,
		sigDesc: (nodes, from, to, total) =>
			`${nodes} boxes from ${from} to ${to}, ${total} parameters; listed in the table below.`,
		netTitle: (name) => `${name}, stage by stage`,
		netDesc: (rows, from, to) => `${rows} rows from ${from} to ${to}; listed in the table below.`,
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
			conv: (k, f) => `${k} conv, ${f}`,
			separable: (k, f) => `${k} sep. conv, ${f}`,
			pool: (k, kind) => `${k} ${kind} pool`,
			add: 'add',
			scale: 'scale ×',
		},
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
		lenetCaption: 'Setiap konvolusi langsung diikuti pooling rata-rata.',
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
		loading: (name) => `Memuat ${name}…`,
		loaded: (name, params, depth) => `${name}: ${params} parameter, kedalaman ${depth}.`,
		loadError: 'Jaringan ini gagal dimuat. Periksa koneksi lalu pilih lagi.',
		paramsUnit: 'param',
		layers: (n) => `${n} lapisan`,
		sum: 'Jumlah bagian-bagiannya',
		sigTitle: (name) => `Blok khas ${name}`,
		sigDesc: (nodes, from, to, total) =>
			`${nodes} kotak dari ${from} sampai ${to}, ${total} parameter; terdaftar di tabel di bawah.`,
		netTitle: (name) => `${name}, tahap demi tahap`,
		netDesc: (rows, from, to) =>
			`${rows} baris dari ${from} sampai ${to}; terdaftar di tabel di bawah.`,
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
			conv: (k, f) => `konv ${k}, ${f}`,
			separable: (k, f) => `konv sep. ${k}, ${f}`,
			pool: (k, kind) => `${kind} pool ${k}`,
			add: 'tambah',
			scale: 'skala ×',
		},
	},
};
