import type { Lang } from '../../lib/i18n/lang.ts';
import { MODEL_EXPORT_STRINGS, type ModelExportStrings } from '../shared/model-export-strings.ts';

/**
 * Every word of the CNN lab, in both languages. Only `CnnLab.astro` imports the values; it passes
 * the page language's table to the island as `t`, so the other language never reaches the
 * browser. Sentences with numbers are templates whose `{name}` placeholders `fill()` replaces.
 */
export interface CnnLabStrings extends ModelExportStrings {
	title: string;
	intro: string;
	preset: string;
	presetParams: string;
	summaryCaption: string;
	settings: string;
	epochs: string;
	batchSize: string;
	learningRate: string;
	optimizer: string;
	adam: string;
	sgd: string;
	momentum: string;
	seed: string;
	imagesPerEpoch: string;
	imagesHint: string;
	train: string;
	pause: string;
	resume: string;
	reset: string;
	retry: string;
	lowerRate: string;
	curveTitle: string;
	curveDesc: string;
	curveReference: string;
	curveLive: string;
	epochAxis: string;
	lossAxis: string;
	accuracyAxis: string;
	runningLoss: string;
	trainLoss: string;
	testAccuracy: string;
	tableSummary: string;
	epoch: string;
	trainAccuracy: string;
	testLoss: string;
	filtersTitle: string;
	filtersDesc: string;
	filtersReference: string;
	filtersLive: string;
	filterLabel: string;
	noFilters: string;
	referenceNote: string;
	statusIdle: string;
	statusLoadingCode: string;
	statusDownloading: string;
	statusDownloadingUnknown: string;
	statusPreparing: string;
	statusTraining: string;
	statusEpoch: string;
	statusPaused: string;
	statusDone: string;
	statusReset: string;
	downloadFailed: string;
	refused: string;
	diverged: string;
	invalidSettings: string;
	downloadLabel: string;
	inspectTitle: string;
	inspectPending: string;
	jsonSummary: string;
	jsonLabel: string;
	jsonHint: string;
	jsonApply: string;
	customName: string;
	customApplied: string;
	exportSummary: string;
	exportIntro: string;
	exportNoScript: string;
	pngCurve: string;
	pngFilters: string;
	pngSaved: string;
	pngFailed: string;
	customBroken: string;
	editorSummary: string;
	editorHint: string;
	memoryNote: string;
	openInCalculator: string;
	openInCalculatorHint: string;
	linkProblem: string;
}

/** The strings in each language. A missing translation is a type error. */
export const STRINGS: Record<Lang, CnnLabStrings> = {
	en: {
		title: 'CNN lab: train a CNN on Fashion MNIST in your browser',
		intro:
			'Pick a model and press Train. The images (2.3 MB) download only then; training runs in the background, so the page stays usable, and you can pause or reset at any time.',
		preset: 'Model',
		presetParams: '{name}: {params} parameters',
		summaryCaption: 'Layers of “{name}”, as the site’s engine computes them',
		settings: 'Training settings',
		epochs: 'Epochs',
		batchSize: 'Batch size',
		learningRate: 'Learning rate η',
		optimizer: 'Optimizer',
		adam: 'Adam',
		sgd: 'SGD with momentum',
		momentum: 'Momentum μ',
		seed: 'Seed',
		imagesPerEpoch: 'Images per epoch',
		imagesHint: '100 to 10,000 (fewer trains faster)',
		train: 'Train',
		pause: 'Pause',
		resume: 'Resume',
		reset: 'Reset',
		retry: 'Try the download again',
		lowerRate: 'Use a 10× lower learning rate',
		curveTitle: 'Learning curve',
		curveDesc:
			'Loss (left axis) and held-out accuracy (right axis) per epoch; the thin line is the running training loss. The table below gives the same figures.',
		curveReference:
			'Reference run, computed when the site was built: the Tiny CNN, Adam (η = 0.002), batch 32, seed 1, 3 epochs over 10,000 images.',
		curveLive: 'Your run.',
		epochAxis: 'epoch',
		lossAxis: 'loss',
		accuracyAxis: 'held-out accuracy',
		runningLoss: 'running loss',
		trainLoss: 'training loss (epoch mean)',
		testAccuracy: 'held-out accuracy',
		tableSummary: 'The figures of each epoch, as a table',
		epoch: 'Epoch',
		trainAccuracy: 'Training accuracy',
		testLoss: 'Held-out loss',
		filtersTitle: 'First-layer filters',
		filtersDesc:
			'Each square is one 3×3 (or 5×5) kernel of the first convolution: light cells are positive weights, dark ones negative, mid-grey zero.',
		filtersReference: 'After the reference run.',
		filtersLive: 'In your run, as training goes.',
		filterLabel: 'Filter {i}',
		noFilters: 'This model does not start with a convolution, so it has no filters to draw.',
		referenceNote:
			'Without JavaScript, or before you train, the chart and the filters show the reference run.',
		statusIdle: 'Ready. Nothing has been downloaded yet.',
		statusLoadingCode: 'Loading the training code…',
		statusDownloading: 'Downloading the images: {loaded} of {total} MB.',
		statusDownloadingUnknown: 'Downloading the images: {loaded} MB.',
		statusPreparing: 'Images ready. Building the model…',
		statusTraining:
			'Training epoch {epoch} of {epochs}: {seen} of {perEpoch} images, running loss {loss}.',
		statusEpoch:
			'Epoch {epoch} of {epochs} done: training loss {loss}, held-out accuracy {accuracy}%.',
		statusPaused: 'Paused after {seen} images of epoch {epoch}.',
		statusDone: 'Done: {epochs} epochs, held-out accuracy {accuracy}%.',
		statusReset: 'Reset. The chart and filters show the reference run again.',
		downloadFailed: 'The images could not be downloaded ({message}).',
		refused: 'This model cannot be trained here: {message}',
		diverged:
			'Training stopped in epoch {epoch}: the loss is no longer a number (it diverged). Try a lower learning rate.',
		invalidSettings: 'A setting is not valid: correct the field marked above.',
		downloadLabel: 'Download progress',
		inspectTitle: 'Look inside the trained model',
		inspectPending:
			'Once the model has trained for one epoch (or while training is paused), this section shows a test image of your choice, or one you draw or upload, with the network’s prediction (the probability of each of the ten classes) and the feature maps each convolution and pooling layer makes of it, and the confusion matrix of the test images.',
		jsonSummary: 'Edit the model as JSON',
		jsonLabel: 'Model (the calculator’s JSON format)',
		jsonHint:
			'Layers: conv2d, maxPool2d, avgPool2d, flatten, dropout, dense; the last one dense with 10 units and a softmax.',
		jsonApply: 'Use this model',
		customName: 'Your model',
		customApplied: 'Your model is selected: {params} parameters.',
		...MODEL_EXPORT_STRINGS.en,
		exportSummary: 'Export the model (JSON, Keras, PyTorch) and the figures (PNG)',
		exportIntro:
			'The code builds the selected model’s architecture: its layers, not the weights trained here. The PNG files are the learning curve and the filters as the page shows them now.',
		exportNoScript:
			'Exporting needs JavaScript. The model’s layers are in the table above, and the book’s model as code in the “Code” section below.',
		pngCurve: 'Download the learning curve (PNG)',
		pngFilters: 'Download the filters (PNG)',
		pngSaved: 'Saved as {file}.',
		pngFailed: 'The browser could not draw the picture.',
		customBroken:
			'Your model is selected, but a layer cannot be computed: the layer editor marks which.',
		editorSummary: 'Edit the layers (the calculator’s editor)',
		editorHint:
			'The same editor as question 2’s calculator, with the layers the lab can train. The table and the memory below follow every change; Train trains this model.',
		memoryNote:
			'Training in float32 with a batch of {batch} and {optimizer}, as question 2’s calculator counts it.',
		openInCalculator: 'Open in the calculator',
		openInCalculatorHint: '(question 2: this model and its memory, with every setting)',
		linkProblem:
			'The model in this link could not be used ({reason}), so the lab shows its default model instead.',
	},
	id: {
		title: 'Lab CNN: latih CNN pada Fashion MNIST di peramban Anda',
		intro:
			'Pilih model lalu tekan Latih. Gambarnya (2,3 MB) baru diunduh saat itu; pelatihan berjalan di latar belakang, jadi halaman tetap bisa dipakai, dan Anda bisa menjeda atau mengulang kapan saja.',
		preset: 'Model',
		presetParams: '{name}: {params} parameter',
		summaryCaption: 'Lapisan “{name}”, seperti dihitung mesin situs ini',
		settings: 'Pengaturan pelatihan',
		epochs: 'Epoch',
		batchSize: 'Ukuran batch',
		learningRate: 'Laju belajar η',
		optimizer: 'Optimizer',
		adam: 'Adam',
		sgd: 'SGD dengan momentum',
		momentum: 'Momentum μ',
		seed: 'Seed',
		imagesPerEpoch: 'Gambar per epoch',
		imagesHint: '100 sampai 10.000 (lebih sedikit, lebih cepat)',
		train: 'Latih',
		pause: 'Jeda',
		resume: 'Lanjutkan',
		reset: 'Ulang',
		retry: 'Coba unduh lagi',
		lowerRate: 'Pakai laju belajar 10× lebih kecil',
		curveTitle: 'Kurva belajar',
		curveDesc:
			'Loss (sumbu kiri) dan akurasi data uji (sumbu kanan) per epoch; garis tipis adalah loss latih berjalan. Tabel di bawah memuat angka yang sama.',
		curveReference:
			'Pelatihan rujukan, dihitung saat situs dibangun: Tiny CNN, Adam (η = 0,002), batch 32, seed 1, 3 epoch atas 10.000 gambar.',
		curveLive: 'Pelatihan Anda.',
		epochAxis: 'epoch',
		lossAxis: 'loss',
		accuracyAxis: 'akurasi data uji',
		runningLoss: 'loss berjalan',
		trainLoss: 'loss latih (rata-rata epoch)',
		testAccuracy: 'akurasi data uji',
		tableSummary: 'Angka setiap epoch, dalam tabel',
		epoch: 'Epoch',
		trainAccuracy: 'Akurasi latih',
		testLoss: 'Loss data uji',
		filtersTitle: 'Filter lapisan pertama',
		filtersDesc:
			'Setiap kotak adalah satu kernel 3×3 (atau 5×5) konvolusi pertama: sel terang bobot positif, sel gelap bobot negatif, abu-abu tengah nol.',
		filtersReference: 'Setelah pelatihan rujukan.',
		filtersLive: 'Dalam pelatihan Anda, selama berjalan.',
		filterLabel: 'Filter {i}',
		noFilters: 'Model ini tidak diawali konvolusi, jadi tidak ada filter untuk digambar.',
		referenceNote:
			'Tanpa JavaScript, atau sebelum Anda melatih, grafik dan filter menampilkan pelatihan rujukan.',
		statusIdle: 'Siap. Belum ada yang diunduh.',
		statusLoadingCode: 'Memuat kode pelatihan…',
		statusDownloading: 'Mengunduh gambar: {loaded} dari {total} MB.',
		statusDownloadingUnknown: 'Mengunduh gambar: {loaded} MB.',
		statusPreparing: 'Gambar siap. Membangun model…',
		statusTraining:
			'Melatih epoch {epoch} dari {epochs}: {seen} dari {perEpoch} gambar, loss berjalan {loss}.',
		statusEpoch:
			'Epoch {epoch} dari {epochs} selesai: loss latih {loss}, akurasi data uji {accuracy}%.',
		statusPaused: 'Dijeda setelah {seen} gambar pada epoch {epoch}.',
		statusDone: 'Selesai: {epochs} epoch, akurasi data uji {accuracy}%.',
		statusReset: 'Diulang. Grafik dan filter kembali menampilkan pelatihan rujukan.',
		downloadFailed: 'Gambar tidak bisa diunduh ({message}).',
		refused: 'Model ini tidak bisa dilatih di sini: {message}',
		diverged:
			'Pelatihan berhenti pada epoch {epoch}: loss tidak lagi berupa angka (divergen). Coba laju belajar yang lebih kecil.',
		invalidSettings: 'Ada pengaturan yang tidak valid: perbaiki isian yang ditandai di atas.',
		downloadLabel: 'Kemajuan unduhan',
		inspectTitle: 'Melihat isi model yang sudah dilatih',
		inspectPending:
			'Setelah model dilatih satu epoch (atau selama pelatihan dijeda), bagian ini menampilkan citra uji pilihan Anda, atau citra yang Anda gambar atau unggah, dengan prediksi jaringan (peluang setiap kelas dari sepuluh kelas) dan peta fitur yang dibuat setiap lapisan konvolusi dan pooling darinya, serta matriks konfusi citra uji.',
		jsonSummary: 'Ubah model sebagai JSON',
		jsonLabel: 'Model (format JSON kalkulator)',
		jsonHint:
			'Lapisan: conv2d, maxPool2d, avgPool2d, flatten, dropout, dense; yang terakhir dense 10 unit dengan softmax.',
		jsonApply: 'Pakai model ini',
		customName: 'Model Anda',
		customApplied: 'Model Anda dipilih: {params} parameter.',
		...MODEL_EXPORT_STRINGS.id,
		exportSummary: 'Ekspor model (JSON, Keras, PyTorch) dan gambarnya (PNG)',
		exportIntro:
			'Kodenya membangun arsitektur model yang dipilih: lapisannya, bukan bobot yang dilatih di sini. Berkas PNG-nya adalah kurva belajar dan filter seperti yang tampil di halaman saat ini.',
		exportNoScript:
			'Ekspor memerlukan JavaScript. Lapisan model ada di tabel di atas, dan model buku sebagai kode di bagian “Kode” di bawah.',
		pngCurve: 'Unduh kurva belajar (PNG)',
		pngFilters: 'Unduh filter (PNG)',
		pngSaved: 'Disimpan sebagai {file}.',
		pngFailed: 'Peramban tidak bisa menggambar gambarnya.',
		customBroken:
			'Model Anda dipilih, tetapi ada lapisan yang tidak bisa dihitung: penyunting lapisan menandainya.',
		editorSummary: 'Ubah lapisan (penyunting kalkulator)',
		editorHint:
			'Penyunting yang sama dengan kalkulator soal 2, dengan lapisan yang bisa dilatih lab ini. Tabel dan memori di bawah mengikuti setiap perubahan; Latih melatih model ini.',
		memoryNote:
			'Pelatihan dalam float32 dengan batch {batch} dan {optimizer}, seperti dihitung kalkulator soal 2.',
		openInCalculator: 'Buka di kalkulator',
		openInCalculatorHint: '(soal 2: model ini dan memorinya, dengan semua pengaturannya)',
		linkProblem:
			'Model di tautan ini tidak dapat dipakai ({reason}), jadi lab menampilkan model awalnya.',
	},
};
