import { ALEXNET_LRN, lrnTerm } from '../../../lib/normalization/lrn.ts';
import { N, type SelfCheckSet } from '../types.ts';

/** Question 5: the page's worked example through `src/lib/normalization/lrn.ts`, and three concepts. */

const A = [20, 20, 200, 20, 20, 20];
const strong = lrnTerm(A, 2, ALEXNET_LRN);
const far = lrnTerm(A, 5, ALEXNET_LRN);
// Indonesian writes decimals with a comma, so its list separator is a semicolon.
const list = (lang: 'id' | 'en') =>
	`(${A.map((v) => N[lang](v)).join(lang === 'id' ? '; ' : ', ')})`;
const step = (lang: 'id' | 'en', t: typeof strong, a: number) =>
	`${N[lang](ALEXNET_LRN.k)} + ${N[lang](ALEXNET_LRN.alpha, 4)} · ${N[lang](t.sumSquares)} = ${N[lang](t.base, 2)}; ${N[lang](t.base, 2)}^${N[lang](ALEXNET_LRN.beta)} ≈ ${N[lang](t.divisor, 4)}; ${N[lang](a)} / ${N[lang](t.divisor, 4)} ≈ ${N[lang](t.value, 2)}`;

/** The self-check of question 5. */
export const CH14_05: SelfCheckSet = {
	page: 'ch14/05-local-response-normalization',
	items: [
		{
			kind: 'number',
			id: 'strong-map',
			question: {
				id: `Enam peta fitur di satu posisi bernilai ${list('id')}. Dengan nilai AlexNet (k = 2, n = 5, α = 10⁻⁴, β = 0,75), berapa output LRN peta 2?`,
				en: `Six feature maps at one position hold ${list('en')}. With AlexNet’s values (k = 2, n = 5, α = 10⁻⁴, β = 0.75), what is LRN’s output for map 2?`,
			},
			answer: strong.value,
			tolerance: 0.005,
			digits: 2,
			explanation: {
				id: `Jendelanya peta ${strong.low} sampai ${strong.high}: Σ a² = ${N.id(strong.sumSquares)}; ${step('id', strong, A[2] ?? 0)}.`,
				en: `Its window is maps ${strong.low} to ${strong.high}: Σ a² = ${N.en(strong.sumSquares)}; ${step('en', strong, A[2] ?? 0)}.`,
			},
		},
		{
			kind: 'number',
			id: 'far-map',
			question: {
				id: 'Dan output peta 5, tiga peta dari peta yang kuat?',
				en: 'And the output of map 5, three maps away from the strong one?',
			},
			answer: far.value,
			tolerance: 0.005,
			digits: 2,
			explanation: {
				id: `Jendelanya terpotong menjadi peta ${far.low} sampai ${far.high}, jadi peta 2 tidak ikut: Σ a² = ${N.id(far.sumSquares)}; ${step('id', far, A[5] ?? 0)}, sama seperti tanpa peta yang kuat.`,
				en: `Its window is clipped to maps ${far.low} to ${far.high}, so map 2 is not in it: Σ a² = ${N.en(far.sumSquares)}; ${step('en', far, A[5] ?? 0)}, as if the strong map were not there.`,
			},
		},
		{
			kind: 'choice',
			id: 'mechanism',
			question: {
				id: 'Apa pengaruh neuron yang teraktivasi kuat terhadap tetangganya di LRN?',
				en: 'What does a strongly activated neuron do to its neighbours under LRN?',
			},
			options: [
				{
					text: {
						id: 'Memperkuat peta di dekatnya, supaya ikut aktif bersamanya.',
						en: 'It boosts the nearby maps, so that they fire along with it.',
					},
					why: {
						id: 'Tidak: tetangganya hanya masuk ke penyebut, jadi output mereka mengecil. Itulah kompetisi antarkanal yang dimaksud Krizhevsky dkk.',
						en: 'No: the neighbours only enter the denominator, so their outputs shrink. That is the competition between channels Krizhevsky et al. describe.',
					},
				},
				{
					text: {
						id: 'Meredam neuron di posisi yang sama pada peta fitur di dekatnya.',
						en: 'It damps the neurons at the same position in nearby feature maps.',
					},
					why: {
						id: 'Ini inhibisi lateral, lewat penyebut yang membesar.',
						en: 'This is lateral inhibition, through a larger denominator.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Meredam piksel di sekitarnya pada peta yang sama.',
						en: 'It damps the surrounding pixels in the same map.',
					},
					why: {
						id: 'LRN bekerja sepanjang kanal di satu posisi, bukan melintasi ruang.',
						en: 'LRN works along the channels at one position, not across space.',
					},
				},
				{
					text: {
						id: 'Meredam semua kanal sama rata.',
						en: 'It damps every channel equally.',
					},
					why: {
						id: 'Hanya peta di dalam jendela n yang terpengaruh; peta 5 di contoh tadi tidak berubah.',
						en: 'Only the maps inside the window n are affected; map 5 above does not change.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'when',
			question: {
				id: 'Menurut buku, di mana LRN dipasang?',
				en: 'According to the book, where does LRN go?',
			},
			options: [
				{
					text: {
						id: 'Tepat sebelum softmax.',
						en: 'Right before the softmax.',
					},
					why: {
						id: 'Tujuannya membentuk fitur tingkat rendah, bukan menormalkan skor kelas.',
						en: 'Its purpose is to shape low-level features, not to normalise class scores.',
					},
				},
				{
					text: {
						id: 'Di antara lapisan dense, menggantikan dropout.',
						en: 'Between dense layers, instead of dropout.',
					},
					why: {
						id: 'LRN bekerja pada peta fitur, dan AlexNet tetap memakai dropout di lapisan dense-nya.',
						en: 'LRN works on feature maps, and AlexNet still used dropout in its dense layers.',
					},
				},
				{
					text: {
						id: 'Di jaringan baru mana pun, sebagai pengganti batch normalization.',
						en: 'In any new network, instead of batch normalization.',
					},
					why: {
						id: 'Kebalikannya: batch normalization yang menggantikan LRN.',
						en: 'The other way round: batch normalization replaced LRN.',
					},
				},
				{
					text: {
						id: 'Di lapisan-lapisan bawah, setelah ReLU.',
						en: 'In the lower layers, after the ReLU.',
					},
					why: {
						id: 'Peta tingkat rendah menjadi beragam, jadi lapisan atas punya lebih banyak fitur untuk digabung.',
						en: 'The low-level maps specialise, so the upper layers get more varied features to combine.',
					},
					correct: true,
				},
			],
		},
		{
			kind: 'choice',
			id: 'abandoned',
			question: {
				id: 'Mengapa LRN hampir tidak dipakai lagi?',
				en: 'Why is LRN hardly used any more?',
			},
			options: [
				{
					text: {
						id: 'Parameternya terlalu banyak.',
						en: 'It has too many parameters.',
					},
					why: {
						id: 'LRN tidak punya parameter terlatih; k, n, α, dan β hanya hiperparameter.',
						en: 'LRN has no trainable parameters; k, n, α and β are hyperparameters.',
					},
				},
				{
					text: {
						id: 'Tidak bisa dijalankan di GPU.',
						en: 'It cannot run on a GPU.',
					},
					why: {
						id: 'AlexNet sendiri menjalankannya di GPU.',
						en: 'AlexNet itself ran it on GPUs.',
					},
				},
				{
					text: {
						id: 'VGG tidak menemukan manfaatnya, dan batch normalization jauh lebih membantu.',
						en: 'VGG found no gain from it, and batch normalization helps far more.',
					},
					why: {
						id: 'LRN menambah memori dan waktu tanpa menambah akurasi.',
						en: 'LRN added memory and time without adding accuracy.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Sama saja dengan batch normalization.',
						en: 'It is the same as batch normalization.',
					},
					why: {
						id: 'Berbeda: batch normalization menormalkan tiap kanal dengan statistik mini-batch, tanpa menyentuh tetangganya.',
						en: 'They differ: batch normalization normalises each channel with mini-batch statistics, leaving its neighbours alone.',
					},
				},
			],
		},
	],
};
