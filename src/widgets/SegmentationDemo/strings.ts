import type { Lang } from '../../lib/i18n/lang.ts';
import type { DownsampleRule } from '../../lib/segmentation/downsample.ts';
import type { Recovery } from '../../lib/segmentation/fcn.ts';
import type { ClassName } from '../../lib/segmentation/scene.ts';

/**
 * Every piece of text the segmentation demo shows, in both languages. Only `SegmentationDemo.astro`
 * imports the values, and passes one language to the island as its `t` prop; props cannot carry
 * functions, so sentences with numbers are templates with `{name}` placeholders, filled by `fill`.
 */
export interface SegmentationStrings {
	title: string;
	simulation: string;
	classes: Record<ClassName, string>;
	legend: string;
	truthHeading: string;
	truthTitle: string;
	lossHeading: string;
	lossIntro: string;
	/** `{pole}`, `{car}`: stages each survives, of `{stages}`. */
	survival: string;
	rule: string;
	rules: Record<DownsampleRule, string>;
	/** `{size}`, `{stride}`. */
	stageTitle: string;
	stageShares: string;
	stageColumn: string;
	recoveryHeading: string;
	recoveryIntro: string;
	methods: Record<Recovery, string>;
	methodNotes: Record<Recovery, string>;
	showErrors: string;
	errorsLegend: string;
	/** `{what}`, `{size}`, `{shares}`. */
	mapDesc: string;
	/** `{count}`, `{percent}`. */
	wrongPixels: string;
	scoresCaption: string;
	method: string;
	pixelAccuracy: string;
	meanIoU: string;
	/** `{name}`. */
	iouOf: string;
	absent: string;
	imbalanceHeading: string;
	imbalanceIntro: string;
	/** `{name}`, `{percent}`. */
	shareOf: string;
	baseline: string;
	/** `{accuracy}`, `{miou}`. */
	baselineSentence: string;
	/** `{method}`, `{accuracy}`, `{miou}`, `{pole}`. */
	methodSentence: string;
	/** `{rule}`, `{best}`, `{accuracy}`, `{miou}`. */
	announce: string;
}

/** The strings in each language. A missing translation is a type error. */
export const STRINGS: Record<Lang, SegmentationStrings> = {
	en: {
		title: 'Losing resolution, and getting it back',
		simulation:
			'This demo simulates the geometry of resolution loss: the maps below are the ground-truth labels averaged over ever larger blocks, then enlarged again. No trained network runs here, so every error you see comes from resolution alone.',
		classes: { background: 'background', road: 'road', car: 'car', pole: 'pole and sign' },
		legend: 'Classes',
		truthHeading: 'The scene and its labels',
		truthTitle: 'Ground truth, 64×64',
		lossHeading: '1. Resolution lost',
		lossIntro: 'The label map as the network sees it after each stride-2 stage.',
		survival:
			'Stages the thin pole survives: {pole} of {stages}; the distant car: {car} of {stages}.',
		rule: 'How a stage downsamples',
		rules: {
			average: 'Average the class shares of each 2×2 block, then take the largest (majority vote)',
			subsample: 'Keep every second pixel, with no smoothing',
		},
		stageTitle: '{size}×{size}, stride {stride}',
		stageShares: 'Share of each class at each stage',
		stageColumn: 'Stage',
		recoveryHeading: '2. Resolution recovered',
		recoveryIntro:
			'Four ways back to 64×64 from the downsampled class shares. FCN-16s and FCN-8s add the finer stages’ shares (stride 16, then stride 8) before upsampling, as FCN’s skip connections do.',
		methods: {
			nearest: 'Nearest (from 2×2)',
			fcn32s: 'Bilinear = FCN-32s',
			fcn16s: 'FCN-16s',
			fcn8s: 'FCN-8s',
		},
		methodNotes: {
			nearest: 'each cell of the stride-32 map becomes a 32×32 block',
			fcn32s: 'the stride-32 shares interpolated up 32×',
			fcn16s: '+ the stride-16 shares, then up 16×',
			fcn8s: '+ the stride-8 shares, then up 8×',
		},
		showErrors: 'Mark the wrong pixels',
		errorsLegend: 'crossed = wrong pixel',
		mapDesc: '{what}: a {size}×{size} label map. {shares}',
		wrongPixels: '{count} wrong pixels ({percent})',
		scoresCaption: 'Scores against the ground truth, computed here',
		method: 'Method',
		pixelAccuracy: 'Pixel accuracy',
		meanIoU: 'Mean IoU',
		iouOf: 'IoU {name}',
		absent: '—',
		imbalanceHeading: '3. Class imbalance',
		imbalanceIntro:
			'Share of the pixels each class covers in the ground truth. Pixel accuracy weighs classes by these shares; mean IoU weighs every class the same.',
		shareOf: '{name}: {percent}',
		baseline: 'Always “background”',
		baselineSentence:
			'Answering “background” for every pixel already scores a pixel accuracy of {accuracy}, but a mean IoU of only {miou}.',
		methodSentence:
			'{method} reaches {accuracy} pixel accuracy, yet its IoU for the pole is {pole}: the pole is too small a share of the pixels to dent the accuracy, while the mean IoU ({miou}) counts it as one class in four.',
		announce: '{rule}. Best method: {best}, pixel accuracy {accuracy}, mean IoU {miou}.',
	},
	id: {
		title: 'Resolusi yang hilang, lalu dipulihkan',
		simulation:
			'Demo ini menyimulasikan geometri hilangnya resolusi: peta-peta di bawah adalah label kebenaran (ground truth) yang dirata-ratakan atas blok yang makin besar, lalu diperbesar kembali. Tidak ada jaringan terlatih yang berjalan di sini, jadi setiap kesalahan yang terlihat berasal dari resolusi saja.',
		classes: {
			background: 'latar belakang',
			road: 'jalan',
			car: 'mobil',
			pole: 'tiang dan rambu',
		},
		legend: 'Kelas',
		truthHeading: 'Adegan dan labelnya',
		truthTitle: 'Ground truth, 64×64',
		lossHeading: '1. Resolusi hilang',
		lossIntro: 'Peta label sebagaimana dilihat jaringan setelah setiap tahap ber-stride 2.',
		survival:
			'Tahap yang dilewati tiang tipis: {pole} dari {stages}; mobil yang jauh: {car} dari {stages}.',
		rule: 'Cara sebuah tahap mengecilkan peta',
		rules: {
			average:
				'Rata-ratakan porsi setiap kelas dalam blok 2×2, lalu ambil yang terbesar (suara terbanyak)',
			subsample: 'Ambil setiap piksel kedua, tanpa penghalusan',
		},
		stageTitle: '{size}×{size}, stride {stride}',
		stageShares: 'Porsi setiap kelas di setiap tahap',
		stageColumn: 'Tahap',
		recoveryHeading: '2. Resolusi dipulihkan',
		recoveryIntro:
			'Empat cara kembali ke 64×64 dari porsi kelas yang sudah dikecilkan. FCN-16s dan FCN-8s menambahkan porsi dari tahap yang lebih halus (stride 16, lalu stride 8) sebelum upsampling, seperti sambungan pintas FCN.',
		methods: {
			nearest: 'Nearest (dari 2×2)',
			fcn32s: 'Bilinear = FCN-32s',
			fcn16s: 'FCN-16s',
			fcn8s: 'FCN-8s',
		},
		methodNotes: {
			nearest: 'setiap sel peta stride 32 menjadi blok 32×32',
			fcn32s: 'porsi stride 32 diinterpolasi naik 32×',
			fcn16s: '+ porsi stride 16, lalu naik 16×',
			fcn8s: '+ porsi stride 8, lalu naik 8×',
		},
		showErrors: 'Tandai piksel yang salah',
		errorsLegend: 'bersilang = piksel salah',
		mapDesc: '{what}: peta label {size}×{size}. {shares}',
		wrongPixels: '{count} piksel salah ({percent})',
		scoresCaption: 'Skor terhadap ground truth, dihitung di sini',
		method: 'Metode',
		pixelAccuracy: 'Akurasi piksel',
		meanIoU: 'Mean IoU',
		iouOf: 'IoU {name}',
		absent: '—',
		imbalanceHeading: '3. Ketidakseimbangan kelas',
		imbalanceIntro:
			'Porsi piksel yang ditempati setiap kelas di ground truth. Akurasi piksel menimbang kelas menurut porsi ini; mean IoU menimbang setiap kelas sama.',
		shareOf: '{name}: {percent}',
		baseline: 'Selalu “latar belakang”',
		baselineSentence:
			'Menjawab “latar belakang” untuk setiap piksel saja sudah mendapat akurasi piksel {accuracy}, tetapi mean IoU-nya hanya {miou}.',
		methodSentence:
			'{method} mencapai akurasi piksel {accuracy}, tetapi IoU untuk tiang hanya {pole}: porsi piksel tiang terlalu kecil untuk menurunkan akurasi, sedangkan mean IoU ({miou}) menghitungnya sebagai satu dari empat kelas.',
		announce: '{rule}. Metode terbaik: {best}, akurasi piksel {accuracy}, mean IoU {miou}.',
	},
};
