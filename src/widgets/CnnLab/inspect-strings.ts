import { CLASS_NAMES } from '../../lib/fashion-mnist/classes.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * The words of the lab's "looking inside" pieces (drawing pad, feature maps, prediction,
 * confusion matrix), in both languages. Kept apart from the lab's `strings.ts` so the pieces can
 * be built and tested on their own; the lab's wrapper passes `INSPECT_STRINGS[lang]` to the
 * island as a prop, as with every widget, so no words travel in the island's JavaScript and the
 * other language's never reach the browser. Sentences with numbers are templates whose `{name}`
 * placeholders `fill()` replaces.
 */
export interface InspectStrings {
	/** Fashion MNIST's ten class names in label order, in the page's language. */
	classes: readonly string[];

	padTitle: string;
	/** The pad's accessible name. */
	padLabel: string;
	padHelp: string;
	/** Where the cursor is, announced as it moves: `{row}`, `{col}`, `{ink}`. */
	padCell: string;
	padEmpty: string;
	/** `{percent}`: the cell's ink. */
	padInk: string;
	padPainted: string;
	padErased: string;
	padClear: string;
	padCleared: string;
	padUpload: string;
	padUploadHint: string;
	padUploaded: string;
	padUploadBlank: string;
	padUploadError: string;

	mapsTitle: string;
	mapsHelp: string;
	mapsEmpty: string;
	/** A layer's heading: `{name}`, `{count}`, `{height}`, `{width}`. */
	mapsLayer: string;
	/** A layer's text alternative: `{name}`, `{count}`, `{height}`, `{width}`, `{min}`, `{max}`, `{best}`, `{mean}`. */
	mapsSummary: string;
	/** Shown when a layer has more maps than are drawn: `{shown}`, `{count}`. */
	mapsMore: string;
	/** One map's label: `{n}`. */
	mapsMap: string;

	predTitle: string;
	predEmpty: string;
	/** `{class}`, `{percent}`. */
	predSentence: string;
	/** `{class}`: the image's true class, when it is a test image. */
	predTruth: string;
	predTop: string;
	predTrue: string;

	cmTitle: string;
	cmEmpty: string;
	/** The table's caption: `{count}` images, `{accuracy}`. */
	cmCaption: string;
	cmHelp: string;
	cmTrue: string;
	cmPredicted: string;
	cmRecall: string;
	/** The scrolling region's name. */
	cmRegion: string;

	/** The held-out image picker's label, and its hint: `{count}` images. */
	testLabel: string;
	testHint: string;
	testPrevious: string;
	testNext: string;
	/** `{class}`: the chosen test image's true class. */
	testTruth: string;
	/** Said above the pieces: the network is looked at as trained so far. */
	inspectLive: string;
}

/** The strings in each language. A missing translation is a type error. */
export const INSPECT_STRINGS: Record<Lang, InspectStrings> = {
	en: {
		classes: CLASS_NAMES.en,

		padTitle: 'Draw or upload an image',
		padLabel: 'Drawing pad, 28 by 28 cells',
		padHelp:
			'Draw with the mouse or a finger. With the keyboard: the arrow keys move the cursor, Space or Enter paints, Shift with an arrow paints as it moves, Delete erases around the cursor.',
		padCell: 'Row {row}, column {col}: {ink}.',
		padEmpty: 'empty',
		padInk: 'ink {percent}',
		padPainted: 'Painted at row {row}, column {col}.',
		padErased: 'Erased around row {row}, column {col}.',
		padClear: 'Clear the pad',
		padCleared: 'The pad is empty.',
		padUpload: 'Upload a picture',
		padUploadHint:
			'A photo of one piece of clothing on a plain background. It is shrunk to 28 × 28 grey pixels, light on black, as Fashion MNIST’s images are.',
		padUploaded: 'Your picture is on the pad, shrunk to 28 × 28 pixels.',
		padUploadBlank:
			'Nothing stands out from the background of this picture. Try one with a plain background.',
		padUploadError: 'This file could not be read as a picture. Try a PNG or JPEG image.',

		mapsTitle: 'Feature maps',
		mapsHelp:
			'What each convolution and pooling layer outputs for this image, one small image per feature map: black is the layer’s lowest value, white its highest.',
		mapsEmpty: 'Pick a test image or draw one to see its feature maps.',
		mapsLayer: '{name}: {count} maps of {height} × {width}',
		mapsSummary:
			'{name}: {count} feature maps of {height} × {width} pixels, values from {min} to {max}. The most active is map {best}, with a mean of {mean}.',
		mapsMore: 'The first {shown} of {count} maps.',
		mapsMap: 'Map {n}',

		predTitle: 'Prediction',
		predEmpty: 'No prediction yet: pick a test image or draw one.',
		predSentence: 'The network says {class}, with a probability of {percent}.',
		predTruth: 'The image is a {class}.',
		predTop: 'most likely',
		predTrue: 'true class',

		cmTitle: 'Confusion matrix',
		cmEmpty: 'The confusion matrix appears once the network has been evaluated on the test images.',
		cmCaption: 'Predictions for {count} test images; accuracy {accuracy}.',
		cmHelp:
			'Each row is a true class, each column the class the network predicted; the diagonal counts the correct answers. The stronger a cell’s colour, the larger its share of the row.',
		cmTrue: 'True class',
		cmPredicted: 'Predicted class',
		cmRecall: 'Recall',
		cmRegion: 'Confusion matrix (scrolls sideways)',

		testLabel: 'Test image number',
		testHint: '1 to {count}, images the network never trained on',
		testPrevious: 'Previous test image',
		testNext: 'Next test image',
		testTruth: 'True class: {class}.',
		inspectLive:
			'Everything below comes from the network as trained so far, and changes as it trains on.',
	},
	id: {
		classes: CLASS_NAMES.id,

		padTitle: 'Gambar atau unggah citra',
		padLabel: 'Papan gambar, 28 kali 28 sel',
		padHelp:
			'Gambar dengan tetikus atau jari. Dengan papan ketik: tombol panah menggeser kursor, Spasi atau Enter mewarnai, Shift dengan panah mewarnai sambil bergeser, Delete menghapus di sekitar kursor.',
		padCell: 'Baris {row}, kolom {col}: {ink}.',
		padEmpty: 'kosong',
		padInk: 'tinta {percent}',
		padPainted: 'Diwarnai di baris {row}, kolom {col}.',
		padErased: 'Dihapus di sekitar baris {row}, kolom {col}.',
		padClear: 'Kosongkan papan',
		padCleared: 'Papan kosong.',
		padUpload: 'Unggah gambar',
		padUploadHint:
			'Foto satu potong pakaian dengan latar polos. Foto itu diperkecil menjadi 28 × 28 piksel abu-abu, terang di atas hitam, seperti citra Fashion MNIST.',
		padUploaded: 'Gambar Anda ada di papan, diperkecil menjadi 28 × 28 piksel.',
		padUploadBlank:
			'Tidak ada yang menonjol dari latar gambar ini. Coba gambar dengan latar polos.',
		padUploadError: 'Berkas ini tidak dapat dibaca sebagai gambar. Coba gambar PNG atau JPEG.',

		mapsTitle: 'Peta fitur',
		mapsHelp:
			'Keluaran setiap lapisan konvolusi dan pooling untuk citra ini, satu gambar kecil per peta fitur: hitam adalah nilai terendah lapisan itu, putih nilai tertingginya.',
		mapsEmpty: 'Pilih citra uji atau gambar sendiri untuk melihat peta fiturnya.',
		mapsLayer: '{name}: {count} peta berukuran {height} × {width}',
		mapsSummary:
			'{name}: {count} peta fitur berukuran {height} × {width} piksel, nilainya dari {min} sampai {max}. Yang paling aktif adalah peta {best}, dengan rata-rata {mean}.',
		mapsMore: '{shown} peta pertama dari {count}.',
		mapsMap: 'Peta {n}',

		predTitle: 'Prediksi',
		predEmpty: 'Belum ada prediksi: pilih citra uji atau gambar sendiri.',
		predSentence: 'Jaringan menjawab {class}, dengan peluang {percent}.',
		predTruth: 'Citra ini adalah {class}.',
		predTop: 'paling mungkin',
		predTrue: 'kelas sebenarnya',

		cmTitle: 'Matriks konfusi',
		cmEmpty: 'Matriks konfusi muncul setelah jaringan dievaluasi pada citra uji.',
		cmCaption: 'Prediksi untuk {count} citra uji; akurasi {accuracy}.',
		cmHelp:
			'Setiap baris adalah kelas sebenarnya, setiap kolom kelas yang diprediksi jaringan; diagonalnya menghitung jawaban yang benar. Makin pekat warna sebuah sel, makin besar bagiannya dari baris itu.',
		cmTrue: 'Kelas sebenarnya',
		cmPredicted: 'Kelas prediksi',
		cmRecall: 'Recall',
		cmRegion: 'Matriks konfusi (dapat digeser ke samping)',

		testLabel: 'Nomor citra uji',
		testHint: '1 sampai {count}, citra yang tidak pernah dipakai untuk melatih jaringan',
		testPrevious: 'Citra uji sebelumnya',
		testNext: 'Citra uji berikutnya',
		testTruth: 'Kelas sebenarnya: {class}.',
		inspectLive:
			'Semua di bawah ini berasal dari jaringan sebagaimana dilatih sejauh ini, dan berubah selama pelatihan berlanjut.',
	},
};
