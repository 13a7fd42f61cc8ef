import type { Lang } from '../../lib/i18n/lang.ts';
import type { Direction } from '../../lib/grid/shift.ts';
import type { Operation } from './model.ts';
import type { PresetId } from './presets.ts';
import type { Speed } from './player.ts';

/**
 * Every piece of text the pooling animation shows, in both languages. Only `PoolingAnimation.astro`
 * imports the values, and passes one language to the island as its `t` prop; props cannot carry
 * functions, so sentences with numbers are templates with `{name}` placeholders, filled by `fill`.
 */
export interface PoolingStrings {
	title: string;
	intro: string;
	inputHeading: string;
	size: string;
	sizeHint: string;
	preset: string;
	presetNone: string;
	presets: Record<PresetId, string>;
	randomize: string;
	reset: string;
	operation: string;
	operations: Record<Operation, string>;
	window: string;
	windowHintPool: string;
	windowHintConv: string;
	stride: string;
	padding: string;
	/** What padding means for each operation. */
	paddingHints: Record<Operation, string>;
	kernel: string;
	/** `{row}`, `{col}`. */
	weight: string;
	bias: string;
	/** `{rows}`, `{cols}`. */
	input: string;
	/** `{rows}`, `{cols}`. */
	output: string;
	/** `{row}`, `{col}`. */
	cell: string;
	/** `{row}`, `{col}`, `{message}`. */
	cellError: string;
	padCell: string;
	notYet: string;
	gridKeys: string;
	stageLabel: string;
	stageKeys: string;
	play: string;
	pause: string;
	back: string;
	forward: string;
	speed: string;
	speeds: Record<Speed, string>;
	/** `{step}`, `{total}`. */
	stepOf: string;
	idle: string;
	/** `{rows}`, `{cols}`, `{outRow}`, `{outCol}`, `{padded}`. */
	windowAt: string;
	/** Inserted as `{padded}` into `windowAt` when the window also covers padding. */
	windowPadded: string;
	/** `{outRow}`, `{outCol}`. */
	paddingOnly: string;
	/** `{stepText}`, `{where}`, `{formula}`. */
	narration: string;
	/** `{from}`, `{to}`: a range of rows or columns (a single one prints as a number). */
	range: string;
	stale: string;
	shiftHeading: string;
	shiftIntro: string;
	shiftRegion: string;
	direction: string;
	directions: Record<Direction, string>;
	original: string;
	/** `{direction}`, in lower case. */
	shifted: string;
	changedCell: string;
	/** `{count}`, `{total}`, `{percent}`. */
	changed: string;
	costHeading: string;
	/** `{size}`. */
	costIntro: string;
	channels: string;
	costOperation: string;
	costOutput: string;
	costParams: string;
	costMacs: string;
	/** `{kind}`, `{k}`. */
	costPool: string;
	/** `{k}`, `{c}`. */
	costConv: string;
	costNote: string;
	costRegion: string;
}

/** The strings in each language. A missing translation is a type error. */
export const STRINGS: Record<Lang, PoolingStrings> = {
	en: {
		title: 'Pooling and strided convolution, step by step',
		intro:
			'Edit the grid, pick an operation and watch the window slide. The output size comes from the same formula as the model summaries on this site.',
		inputHeading: 'Input and settings',
		size: 'Grid size (n×n)',
		sizeHint: '2 to 16',
		preset: 'Preset',
		presetNone: 'Your own values',
		presets: {
			edge: 'Vertical edge',
			blob: 'Small blob',
			'blob-shifted': 'The same blob shifted by one pixel',
		},
		randomize: 'Randomize',
		reset: 'Reset',
		operation: 'Operation',
		operations: {
			max: 'Max pooling',
			avg: 'Average pooling',
			conv: 'Strided convolution',
		},
		window: 'Window (k×k)',
		windowHintPool: '1 to 16',
		windowHintConv: 'Kernel 2×2 or 3×3',
		stride: 'Stride',
		padding: 'Padding',
		paddingHints: {
			max: 'Padding cells never win the max (as in PyTorch)',
			avg: 'Padding cells count as zeros in the average',
			conv: 'Zero padding on every side',
		},
		kernel: 'Kernel weights',
		weight: 'Weight, row {row}, column {col}',
		bias: 'Bias b',
		input: 'Input, {rows}×{cols}',
		output: 'Output, {rows}×{cols}',
		cell: 'Input row {row}, column {col}',
		cellError: 'Row {row}, column {col}: {message}',
		padCell: 'padding',
		notYet: 'not computed yet',
		gridKeys:
			'In the grid, arrow keys move between cells; type a number (−99 to 99) to change a cell.',
		stageLabel: 'Animation',
		stageKeys: 'With the animation focused: Space plays or pauses, ← and → step.',
		play: 'Play',
		pause: 'Pause',
		back: 'Step back',
		forward: 'Step forward',
		speed: 'Speed',
		speeds: { slow: 'Slow', medium: 'Medium', fast: 'Fast' },
		stepOf: 'Step {step} of {total}',
		idle: 'Nothing computed yet: press Play or Step forward.',
		windowAt:
			'Window on rows {rows}, columns {cols}{padded} → output row {outRow}, column {outCol}',
		windowPadded: ' (and padding)',
		paddingOnly: 'Window entirely in the padding → output row {outRow}, column {outCol}',
		narration: '{stepText}. {where}: {formula}',
		range: '{from}–{to}',
		stale: 'These settings are not valid; the last valid result is shown, dimmed.',
		shiftHeading: 'Shift by one pixel',
		shiftIntro:
			'The same operation on the same input moved by one pixel. Striped cells in bold changed: max pooling keeps some outputs, not all.',
		shiftRegion: 'Both outputs, side by side',
		direction: 'Shift direction',
		directions: { right: 'Right', left: 'Left', down: 'Down', up: 'Up' },
		original: 'Output of the input above',
		shifted: 'Output after a shift {direction}',
		changedCell: 'changed',
		changed: '{count} of {total} output cells changed ({percent}).',
		costHeading: 'Parameters and cost',
		costIntro:
			'For a feature map of {size}×{size} with C channels, C in and C out, with this window, stride and padding (MACs per example, counted by the site’s engine):',
		channels: 'Channels C',
		costOperation: 'Layer',
		costOutput: 'Output',
		costParams: 'Parameters',
		costMacs: 'MACs',
		costPool: '{kind} {k}×{k}',
		costConv: 'Convolution {k}×{k}, {c} → {c}',
		costRegion: 'Cost table',
		costNote:
			'Pooling has no weights and no multiplications: max pooling only compares values. The grid above is one of the C channels.',
	},
	id: {
		title: 'Pooling dan konvolusi ber-stride, langkah demi langkah',
		intro:
			'Ubah isi grid, pilih operasinya, lalu lihat jendelanya bergeser. Ukuran output dihitung dengan rumus yang sama dengan ringkasan model di situs ini.',
		inputHeading: 'Input dan pengaturan',
		size: 'Ukuran grid (n×n)',
		sizeHint: '2 sampai 16',
		preset: 'Contoh',
		presetNone: 'Nilai Anda sendiri',
		presets: {
			edge: 'Tepi vertikal',
			blob: 'Gumpalan kecil',
			'blob-shifted': 'Gumpalan yang sama, bergeser satu piksel',
		},
		randomize: 'Acak',
		reset: 'Atur ulang',
		operation: 'Operasi',
		operations: {
			max: 'Max pooling',
			avg: 'Average pooling',
			conv: 'Konvolusi ber-stride',
		},
		window: 'Jendela (k×k)',
		windowHintPool: '1 sampai 16',
		windowHintConv: 'Kernel 2×2 atau 3×3',
		stride: 'Stride',
		padding: 'Padding',
		paddingHints: {
			max: 'Sel padding tidak pernah menjadi maksimum (seperti di PyTorch)',
			avg: 'Sel padding dihitung sebagai nol dalam rata-rata',
			conv: 'Padding nol di setiap sisi',
		},
		kernel: 'Bobot kernel',
		weight: 'Bobot, baris {row}, kolom {col}',
		bias: 'Bias b',
		input: 'Input, {rows}×{cols}',
		output: 'Output, {rows}×{cols}',
		cell: 'Input baris {row}, kolom {col}',
		cellError: 'Baris {row}, kolom {col}: {message}',
		padCell: 'padding',
		notYet: 'belum dihitung',
		gridKeys:
			'Di dalam grid, tombol panah berpindah antarsel; ketik angka (−99 sampai 99) untuk mengubah sel.',
		stageLabel: 'Animasi',
		stageKeys: 'Saat animasi terfokus: Spasi memutar atau menjeda, ← dan → melangkah.',
		play: 'Putar',
		pause: 'Jeda',
		back: 'Mundur selangkah',
		forward: 'Maju selangkah',
		speed: 'Kecepatan',
		speeds: { slow: 'Lambat', medium: 'Sedang', fast: 'Cepat' },
		stepOf: 'Langkah {step} dari {total}',
		idle: 'Belum ada yang dihitung: tekan Putar atau Maju selangkah.',
		windowAt:
			'Jendela di baris {rows}, kolom {cols}{padded} → output baris {outRow}, kolom {outCol}',
		windowPadded: ' (dan padding)',
		paddingOnly: 'Jendela seluruhnya di padding → output baris {outRow}, kolom {outCol}',
		narration: '{stepText}. {where}: {formula}',
		range: '{from}–{to}',
		stale: 'Pengaturan ini tidak valid; hasil valid terakhir ditampilkan dengan warna redup.',
		shiftHeading: 'Geser satu piksel',
		shiftIntro:
			'Operasi yang sama pada input yang sama, digeser satu piksel. Sel bergaris dan tebal berubah: max pooling mempertahankan sebagian output, tidak semuanya.',
		shiftRegion: 'Kedua output, berdampingan',
		direction: 'Arah geser',
		directions: { right: 'Kanan', left: 'Kiri', down: 'Bawah', up: 'Atas' },
		original: 'Output dari input di atas',
		shifted: 'Output setelah digeser ke {direction}',
		changedCell: 'berubah',
		changed: '{count} dari {total} sel output berubah ({percent}).',
		costHeading: 'Parameter dan biaya',
		costIntro:
			'Untuk peta fitur {size}×{size} dengan C kanal, C masuk dan C keluar, dengan jendela, stride, dan padding ini (MAC per contoh, dihitung oleh mesin situs ini):',
		channels: 'Kanal C',
		costOperation: 'Lapisan',
		costOutput: 'Output',
		costParams: 'Parameter',
		costMacs: 'MAC',
		costPool: '{kind} {k}×{k}',
		costConv: 'Konvolusi {k}×{k}, {c} → {c}',
		costRegion: 'Tabel biaya',
		costNote:
			'Pooling tidak punya bobot dan tidak melakukan perkalian: max pooling hanya membandingkan nilai. Grid di atas adalah salah satu dari C kanal itu.',
	},
};
