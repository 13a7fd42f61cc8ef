import type { Lang } from '../../lib/i18n/lang.ts';
import { LAYER_WORDS } from '../shared/layer-words.ts';
import { MODEL_EXPORT_STRINGS } from '../shared/model-export-strings.ts';

/**
 * Every word the calculator shows, in both languages, grouped by the mode that needs it. The
 * Indonesian table is typed from the English one, so a missing translation is a compile error.
 *
 * This module is imported only on the server (by `Calculator.astro`), which passes one language's
 * groups to the island as props: the text then travels in the page's HTML, and the browser never
 * downloads the other language or the other modes' words. Hence plain strings, with `{name}`
 * placeholders filled in by `fill()` (below), instead of functions, which props cannot carry. Numbers are
 * never formatted here: callers pass them already formatted.
 */

const en = {
	/** Words every mode uses. */
	common: {
		copyLink: 'Copy link',
		linkCopied: 'Link copied.',
		linkManual: 'Copy this link:',
		linkLabel: 'Link to these settings',
		linkProblem:
			'The settings in this link could not be used ({reason}), so the calculator shows its starting settings instead.',
		linkTooLong: 'the link is far too long',
		linkMalformed: 'the link is damaged, incomplete or from another page',
		notImage: 'the calculator needs an H × W × C input',
		unsupported: 'layer {n}: the calculator does not edit “{type}” layers',
		branches: 'layer {n}: the calculator edits only a chain of layers; remove “inputs”',
		tooMany: 'at most 64 layers',
		outOfRange: 'a size, count or name is beyond the calculator’s limits',
		stale: 'Faded figures are from the last valid settings, until the entry marked above is fixed.',
		network: 'Network',
		presets: {
			exercise2: 'Exercise 2 (question 2)',
			lenet5: 'LeNet-5',
			alexnet: 'AlexNet (torchvision)',
			vgg16: 'VGG-16',
			custom: 'Your own network',
		},
		types: {
			conv2d: 'Convolution',
			depthwiseConv2d: 'Depthwise convolution',
			separableConv2d: 'Separable convolution',
			maxPool2d: 'Max pooling',
			avgPool2d: 'Average pooling',
			globalAvgPool2d: 'Global average pooling',
			flatten: 'Flatten',
			dense: 'Dense',
			batchNorm: 'Batch normalization',
			dropout: 'Dropout',
		},
		channels: 'Channels C',
		batch: 'Batch size',
		dtype: 'Number format',
		optimizer: 'Optimizer',
		optimizers: {
			none: 'none (as the book)',
			sgd: 'SGD',
			momentum: 'SGD with momentum',
			adam: 'Adam',
		},
		colLayer: 'Layer (type)',
		items: {
			weights: 'Weights',
			gradients: 'Gradients',
			optimizerState: 'Optimizer state',
			activations: 'Kept activations',
			inputBatch: 'Input batch',
			inferencePeak: 'Feature maps alive at the peak',
		},
	},

	/** Question 2's full calculator. */
	full: {
		preset: 'Preset',
		input: 'Input image',
		height: 'Height H',
		width: 'Width W',
		convention: 'Count batch norm as',
		conventions: { keras: 'Keras (4 per channel)', pytorch: 'PyTorch (2 per channel)' },
		layers: 'Layers',
		layer: 'Layer {n}',
		type: 'Type',
		fields: {
			filters: 'Filters',
			units: 'Units',
			kernel: 'Kernel',
			pool: 'Pool size',
			strides: 'Stride',
			padding: 'Padding',
			depthMultiplier: 'Depth multiplier',
			activation: 'Activation',
			useBias: 'Bias',
			rate: 'Rate',
		},
		axisH: 'height',
		axisW: 'width',
		paddings: { valid: 'valid (none)', same: 'same', explicit: 'explicit' },
		paddingAmount: 'Padding on each side',
		moveUp: 'Move layer {n} up',
		moveDown: 'Move layer {n} down',
		remove: 'Remove layer {n}',
		newLayer: 'New layer',
		add: 'Add layer',
		noFields: 'No settings, no parameters.',

		summary: 'Summary',
		summaryCaption: 'The network as Keras’s model.summary() prints it',
		/** The layer colours' legend (`shared/layer-words.ts`). */
		legend: LAYER_WORDS.en,
		colShape: 'Output shape',
		colParams: 'Params',
		colMacs: 'MACs',
		inputRow: 'input',
		notComputed: 'not computed',
		totalParams: 'Total params',
		trainable: 'Trainable params',
		nonTrainable: 'Non-trainable params',
		macsPerImage: 'MACs per image',
		showWorking: 'Show the working',
		workingNote: 'Parameters per layer, with the real numbers. Layers without a line have none.',
		announceTotal: 'Total: {params} parameters; memory {memory}.',

		memory: 'Memory',
		mode: 'Mode',
		modes: { inference: 'Inference (predict)', training: 'Training' },
		part: 'Part',
		total: 'Total',
		notCounted: 'not counted in this mode',
		chartTitle: 'Memory breakdown',
		peakAt: 'while computing {layer}',

		book: 'The book’s figures',
		bookIntro:
			'Float32, as in question 2, computed by the same engine. Next to them, the notes’ figures and why they are wrong.',
		bookSetting: 'Setting',
		bookEngine: 'Book (engine)',
		bookNotes: 'Notes',
		bookWhy: 'Why the notes are wrong',
		bookPredict: 'Predict one image',
		bookTrain: 'Train on a batch of 50 (no gradients or optimizer state)',
		bookWhyPredict:
			'{params} × 4 B = {mb} = {mib}: only the weights, in MiB. The feature maps are missing.',
		bookWhyTrain:
			'The weights × 50, but every image of the batch shares the weights. What grows with the batch is the activations.',
		bookOther: 'Your network is not exercise 2’s: the notes’ figures are for exercise 2.',
		use: 'Use',
		useSettings: 'Use these settings: {what}',

		openInLab: 'Open in the lab',
		openInLabHint:
			'Trains this network in exercise 9’s lab (it needs a 28 × 28 × 1 input to train).',
		tools: 'JSON, Keras and PyTorch',
		paste: 'Paste a model in the engine’s JSON format',
		load: 'Load this JSON',
		loaded: 'Model loaded.',
		...MODEL_EXPORT_STRINGS.en,
	},

	/** Question 3's memory mode. */
	gpu: {
		gpu: 'GPU memory',
		gpuLine: 'GPU: {gib} = {mb}',
		remedies: 'Remedies',
		remedyNames: {
			batch: 'Smaller batch',
			stride: 'Larger stride',
			layers: 'Fewer layers',
			half: '16-bit floats',
			checkpoint: 'Gradient checkpointing',
		},
		combineHint: 'Each bar applies one remedy; the checked ones are combined in the last bar.',
		smallerBatch: 'New batch size',
		strideLayer: 'Layer',
		newStride: 'New stride',
		removeLayer: 'Layer to remove',
		halfKind: 'How',
		halfKinds: { float16: 'float16 everywhere', mixed: 'mixed precision' },
		baseline: 'As it is',
		combined: 'Checked remedies together',
		fits: 'fits',
		tooBig: 'does not fit',
		scenario: 'Setting',
		fitsIn: 'Fits in {gpu}?',
		yes: 'yes',
		no: 'no',
		checkpointInfo: 'Keeps {kept} of {n} layer outputs; recomputes {extra} of a forward pass.',
		howTitle: 'How the engine estimates this',
		how: [
			'Training keeps every layer output for the backward pass, plus the input batch, the weights, one gradient per trainable parameter and the optimizer’s state (none for SGD, one value per parameter for momentum, two for Adam). Flatten layers are views and take no memory.',
			'Gradient checkpointing keeps only every ⌈√n⌉-th of the n layer outputs, plus the largest segment between two kept outputs, which is recomputed and held while its gradients are computed. The price is recomputing the dropped layers: at most one more forward pass.',
			'Mixed precision stores activations, the input batch and gradients in 16 bits, the weights twice (a float32 master copy and a 16-bit copy: 6 bytes per parameter) and the optimizer state in float32. “float16 everywhere” simply uses 2 bytes for everything.',
			'A GPU sold as 4 GB holds 4 × 2³⁰ bytes (4 GiB). The framework’s own workspace and the CUDA context, often a few hundred MB, are not counted.',
		],
	},

	/** Question 1's comparison. */
	compare: {
		compareTitle: 'One dense layer against one convolution',
		imageH: 'Image height',
		imageW: 'Image width',
		units: 'Dense units',
		filters: 'Convolution filters',
		kernelSize: 'Kernel size',
		slider: '{label} (slider)',
		dense: 'Dense layer',
		conv: 'Convolutional layer',
		working: 'Working',
		params: 'Parameters',
		ratio: 'The dense layer has {x} times as many parameters.',
		growthTitle: 'Parameters as the image grows',
		growthDesc:
			'The dense layer’s count grows with H × W; the convolution’s stays the same at every size.',
		imageSize: 'Image size',
		logScale: 'parameters on a log scale',
		current: '(yours)',
	},
} as const;

/** Strings of the same shape as `T`, whatever their text. */
type Texts<T> = {
	readonly [K in keyof T]: T[K] extends string
		? string
		: T[K] extends readonly string[]
			? readonly string[]
			: Texts<T[K]>;
};

/** The whole table for one language. */
export type Strings = Texts<typeof en>;

/** What every mode receives. */
export type CommonStrings = Strings['common'];

/** The full calculator's strings. */
export type FullStrings = CommonStrings & Strings['full'];

/** The memory mode's strings. */
export type GpuStrings = CommonStrings & Strings['gpu'];

/** The comparison's strings. */
export type CompareStrings = CommonStrings & Strings['compare'];

const id: Strings = {
	common: {
		copyLink: 'Salin tautan',
		linkCopied: 'Tautan disalin.',
		linkManual: 'Salin tautan ini:',
		linkLabel: 'Tautan ke pengaturan ini',
		linkProblem:
			'Pengaturan di tautan ini tidak dapat dipakai ({reason}), jadi kalkulator menampilkan pengaturan awalnya.',
		linkTooLong: 'tautannya terlalu panjang',
		linkMalformed: 'tautannya rusak, tidak lengkap, atau dari halaman lain',
		notImage: 'kalkulator memerlukan input H × W × C',
		unsupported: 'lapisan {n}: kalkulator tidak menyunting lapisan “{type}”',
		branches: 'lapisan {n}: kalkulator hanya menyunting rangkaian lapisan; hapus “inputs”',
		tooMany: 'paling banyak 64 lapisan',
		outOfRange: 'ada ukuran, jumlah, atau nama di luar batas kalkulator',
		stale:
			'Angka yang pudar berasal dari pengaturan valid terakhir, sampai isian yang ditandai di atas diperbaiki.',
		network: 'Jaringan',
		presets: {
			exercise2: 'Latihan 2 (soal 2)',
			lenet5: 'LeNet-5',
			alexnet: 'AlexNet (torchvision)',
			vgg16: 'VGG-16',
			custom: 'Jaringan buatan sendiri',
		},
		types: {
			conv2d: 'Konvolusi',
			depthwiseConv2d: 'Konvolusi depthwise',
			separableConv2d: 'Konvolusi separable',
			maxPool2d: 'Max pooling',
			avgPool2d: 'Average pooling',
			globalAvgPool2d: 'Global average pooling',
			flatten: 'Flatten',
			dense: 'Dense',
			batchNorm: 'Batch normalization',
			dropout: 'Dropout',
		},
		channels: 'Channel C',
		batch: 'Ukuran batch',
		dtype: 'Format angka',
		optimizer: 'Optimizer',
		optimizers: {
			none: 'tanpa (seperti buku)',
			sgd: 'SGD',
			momentum: 'SGD dengan momentum',
			adam: 'Adam',
		},
		colLayer: 'Lapisan (jenis)',
		items: {
			weights: 'Bobot',
			gradients: 'Gradien',
			optimizerState: 'Keadaan optimizer',
			activations: 'Aktivasi yang disimpan',
			inputBatch: 'Batch input',
			inferencePeak: 'Peta fitur yang hidup di puncak',
		},
	},

	full: {
		preset: 'Preset',
		input: 'Gambar input',
		height: 'Tinggi H',
		width: 'Lebar W',
		convention: 'Hitung batch norm seperti',
		conventions: { keras: 'Keras (4 per channel)', pytorch: 'PyTorch (2 per channel)' },
		layers: 'Lapisan',
		layer: 'Lapisan {n}',
		type: 'Jenis',
		fields: {
			filters: 'Filter',
			units: 'Unit',
			kernel: 'Kernel',
			pool: 'Ukuran pool',
			strides: 'Stride',
			padding: 'Padding',
			depthMultiplier: 'Pengali kedalaman',
			activation: 'Aktivasi',
			useBias: 'Bias',
			rate: 'Laju',
		},
		axisH: 'tinggi',
		axisW: 'lebar',
		paddings: { valid: 'valid (tanpa)', same: 'same', explicit: 'eksplisit' },
		paddingAmount: 'Padding tiap sisi',
		moveUp: 'Naikkan lapisan {n}',
		moveDown: 'Turunkan lapisan {n}',
		remove: 'Hapus lapisan {n}',
		newLayer: 'Lapisan baru',
		add: 'Tambah lapisan',
		noFields: 'Tanpa pengaturan, tanpa parameter.',

		summary: 'Ringkasan',
		summaryCaption: 'Jaringan seperti yang dicetak model.summary() di Keras',
		legend: LAYER_WORDS.id,
		colShape: 'Bentuk output',
		colParams: 'Parameter',
		colMacs: 'MAC',
		inputRow: 'input',
		notComputed: 'tidak dihitung',
		totalParams: 'Total parameter',
		trainable: 'Parameter yang dilatih',
		nonTrainable: 'Parameter yang tidak dilatih',
		macsPerImage: 'MAC per gambar',
		showWorking: 'Tampilkan perhitungan',
		workingNote:
			'Parameter per lapisan, dengan angka sebenarnya. Lapisan tanpa baris tidak punya parameter.',
		announceTotal: 'Total: {params} parameter; memori {memory}.',

		memory: 'Memori',
		mode: 'Mode',
		modes: { inference: 'Inferensi (prediksi)', training: 'Pelatihan' },
		part: 'Bagian',
		total: 'Total',
		notCounted: 'tidak dihitung di mode ini',
		chartTitle: 'Rincian memori',
		peakAt: 'saat menghitung {layer}',

		book: 'Angka dari buku',
		bookIntro:
			'Float32, seperti di soal 2, dihitung oleh mesin yang sama. Di sebelahnya, angka catatan dan alasan angka itu salah.',
		bookSetting: 'Pengaturan',
		bookEngine: 'Buku (mesin)',
		bookNotes: 'Catatan',
		bookWhy: 'Mengapa angka catatan salah',
		bookPredict: 'Prediksi satu gambar',
		bookTrain: 'Pelatihan dengan batch 50 (tanpa gradien dan keadaan optimizer)',
		bookWhyPredict:
			'{params} × 4 B = {mb} = {mib}: hanya bobot, dalam MiB. Peta fiturnya tidak dihitung.',
		bookWhyTrain:
			'Bobot × 50, padahal semua gambar dalam batch memakai bobot yang sama. Yang tumbuh bersama batch adalah aktivasinya.',
		bookOther: 'Jaringan Anda bukan jaringan latihan 2: angka catatan berlaku untuk latihan 2.',
		use: 'Pakai',
		useSettings: 'Pakai pengaturan ini: {what}',

		openInLab: 'Buka di lab',
		openInLabHint:
			'Melatih jaringan ini di lab latihan 9 (untuk dilatih, inputnya harus 28 × 28 × 1).',
		tools: 'JSON, Keras, dan PyTorch',
		paste: 'Tempel model dalam format JSON mesin',
		load: 'Muat JSON ini',
		loaded: 'Model dimuat.',
		...MODEL_EXPORT_STRINGS.id,
	},

	gpu: {
		gpu: 'Memori GPU',
		gpuLine: 'GPU: {gib} = {mb}',
		remedies: 'Solusi',
		remedyNames: {
			batch: 'Batch lebih kecil',
			stride: 'Stride lebih besar',
			layers: 'Lapisan lebih sedikit',
			half: 'Float 16-bit',
			checkpoint: 'Gradient checkpointing',
		},
		combineHint:
			'Setiap batang menerapkan satu solusi; solusi yang dicentang digabungkan di batang terakhir.',
		smallerBatch: 'Ukuran batch baru',
		strideLayer: 'Lapisan',
		newStride: 'Stride baru',
		removeLayer: 'Lapisan yang dihapus',
		halfKind: 'Cara',
		halfKinds: { float16: 'float16 di semua bagian', mixed: 'mixed precision' },
		baseline: 'Apa adanya',
		combined: 'Gabungan solusi yang dicentang',
		fits: 'muat',
		tooBig: 'tidak muat',
		scenario: 'Pengaturan',
		fitsIn: 'Muat di {gpu}?',
		yes: 'ya',
		no: 'tidak',
		checkpointInfo:
			'Menyimpan {kept} dari {n} output lapisan; menghitung ulang {extra} dari satu forward pass.',
		howTitle: 'Cara mesin memperkirakannya',
		how: [
			'Pelatihan menyimpan output setiap lapisan untuk backward pass, ditambah batch input, bobot, satu gradien per parameter yang dilatih, dan keadaan optimizer (tidak ada untuk SGD, satu nilai per parameter untuk momentum, dua untuk Adam). Lapisan flatten hanya tampilan (view) dan tidak memakai memori.',
			'Gradient checkpointing hanya menyimpan setiap output ke-⌈√n⌉ dari n output lapisan, ditambah segmen terbesar di antara dua output yang disimpan, yang dihitung ulang dan ditahan selama gradiennya dihitung. Sebagai gantinya, lapisan yang dibuang harus dihitung ulang: paling banyak satu forward pass tambahan.',
			'Mixed precision menyimpan aktivasi, batch input, dan gradien dalam 16 bit, bobot dua kali (salinan master float32 dan salinan 16-bit: 6 bita per parameter), dan keadaan optimizer dalam float32. “float16 di semua bagian” memakai 2 bita untuk semuanya.',
			'GPU yang dijual sebagai 4 GB berisi 4 × 2³⁰ bita (4 GiB). Ruang kerja framework dan konteks CUDA, sering beberapa ratus MB, tidak dihitung.',
		],
	},

	compare: {
		compareTitle: 'Satu lapisan dense melawan satu konvolusi',
		imageH: 'Tinggi gambar',
		imageW: 'Lebar gambar',
		units: 'Unit dense',
		filters: 'Filter konvolusi',
		kernelSize: 'Ukuran kernel',
		slider: '{label} (penggeser)',
		dense: 'Lapisan dense',
		conv: 'Lapisan konvolusi',
		working: 'Perhitungan',
		params: 'Parameter',
		ratio: 'Lapisan dense punya {x} kali lebih banyak parameter.',
		growthTitle: 'Parameter seiring gambar membesar',
		growthDesc:
			'Jumlah parameter lapisan dense tumbuh bersama H × W; jumlah parameter konvolusi tetap di setiap ukuran.',
		imageSize: 'Ukuran gambar',
		logScale: 'parameter dalam skala log',
		current: '(milik Anda)',
	},
};

/** The calculator's strings in both languages; server-side only (see the top of this file). */
export const STRINGS: Readonly<Record<Lang, Strings>> = { en, id };

/** The words a model's link or paste is refused with (`editable.ts`, `url.ts`). */
export type ProblemStrings = Pick<
	CommonStrings,
	| 'linkTooLong'
	| 'linkMalformed'
	| 'notImage'
	| 'unsupported'
	| 'branches'
	| 'tooMany'
	| 'outOfRange'
>;

/**
 * The keys of {@link ModelStrings}: the words of the pieces the CNN lab shares with question 2
 * (the layer editor, the summary table, the memory breakdown and the refusals of a model).
 */
const MODEL_KEYS = [
	'linkTooLong',
	'linkMalformed',
	'notImage',
	'unsupported',
	'branches',
	'tooMany',
	'outOfRange',
	'stale',
	'types',
	'items',
	'colLayer',
	'layers',
	'layer',
	'type',
	'fields',
	'axisH',
	'axisW',
	'paddings',
	'paddingAmount',
	'moveUp',
	'moveDown',
	'remove',
	'newLayer',
	'add',
	'noFields',
	'summary',
	'summaryCaption',
	'legend',
	'colShape',
	'colParams',
	'colMacs',
	'inputRow',
	'notComputed',
	'totalParams',
	'trainable',
	'nonTrainable',
	'macsPerImage',
	'showWorking',
	'workingNote',
	'memory',
	'part',
	'total',
	'notCounted',
	'chartTitle',
	'peakAt',
	'announceTotal',
] as const satisfies readonly (keyof FullStrings)[];

/** The calculator's words the CNN lab's model pieces need, and no more (they travel in its HTML). */
export type ModelStrings = Pick<FullStrings, (typeof MODEL_KEYS)[number]>;

/** {@link ModelStrings} in a language, for the lab's wrapper (`CnnLab.astro`). */
export function modelStrings(lang: Lang): ModelStrings {
	const full = modeStrings(lang).full;
	return Object.fromEntries(MODEL_KEYS.map((key) => [key, full[key]])) as unknown as ModelStrings;
}

/** The strings a mode's island receives. */
export function modeStrings(lang: Lang) {
	const s = STRINGS[lang];
	return {
		full: { ...s.common, ...s.full },
		gpu: { ...s.common, ...s.gpu },
		compare: { ...s.common, ...s.compare },
	};
}
