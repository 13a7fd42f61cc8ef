import { N, type SelfCheckSet } from '../types.ts';

/** Exercise 11: the size of a Gram matrix, what is optimised, and what the Gram matrix keeps. */

const CHANNELS = 256;

/** The self-check of exercise 11. */
export const CH14_11: SelfCheckSet = {
	page: 'ch14/11-style-transfer-tutorial',
	items: [
		{
			kind: 'number',
			id: 'gram-size',
			question: {
				id: `Lapisan block3_conv1 VGG19 menghasilkan ${CHANNELS} peta fitur berukuran 128×128. Berapa banyak entri matriks Gram-nya?`,
				en: `VGG19's block3_conv1 outputs ${CHANNELS} feature maps of 128×128. How many entries does its Gram matrix have?`,
			},
			answer: CHANNELS * CHANNELS,
			tolerance: 0,
			explanation: {
				id: `Satu entri untuk setiap pasangan peta: ${CHANNELS} × ${CHANNELS} = ${N.id(CHANNELS * CHANNELS)}, berapa pun tinggi dan lebarnya.`,
				en: `One entry per pair of maps: ${CHANNELS} × ${CHANNELS} = ${N.en(CHANNELS * CHANNELS)}, whatever their height and width.`,
			},
		},
		{
			kind: 'choice',
			id: 'optimised',
			question: {
				id: 'Apa yang diubah oleh penurunan gradien dalam style transfer tutorial ini?',
				en: 'What does gradient descent change in the tutorial’s style transfer?',
			},
			options: [
				{
					text: { id: 'Bobot VGG19.', en: 'VGG19’s weights.' },
					why: {
						id: 'VGG19 dibekukan; ia hanya alat ukur konten dan gaya.',
						en: 'VGG19 is frozen; it only measures content and style.',
					},
				},
				{
					text: {
						id: 'Bobot sebuah jaringan generator baru.',
						en: 'The weights of a new generator network.',
					},
					why: {
						id: 'Itu style transfer cepat (Johnson dkk.); tutorial ini tidak melatih jaringan apa pun.',
						en: 'That is fast style transfer (Johnson et al.); the tutorial trains no network.',
					},
				},
				{
					text: {
						id: 'Piksel gambar itu sendiri.',
						en: 'The pixels of the image itself.',
					},
					why: {
						id: 'Gambar adalah variabelnya; loss-nya dihitung dari peta fitur VGG19.',
						en: 'The image is the variable; the loss is computed from VGG19’s feature maps.',
					},
					correct: true,
				},
			],
		},
		{
			kind: 'choice',
			id: 'gram-meaning',
			question: {
				id: 'Mengapa matriks Gram menangkap gaya, bukan isi gambar?',
				en: 'Why does a Gram matrix capture style rather than content?',
			},
			options: [
				{
					text: {
						id: 'Ia merata-ratakan atas semua posisi: yang tersisa hanya fitur mana yang aktif bersama, bukan di mana.',
						en: 'It averages over every position: what remains is which features fire together, not where.',
					},
					why: {
						id: 'Tekstur, warna, dan goresan tetap ada; susunan objek hilang.',
						en: 'Textures, colours and strokes remain; the layout of objects is gone.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Ia diambil dari lapisan output klasifikasi.',
						en: 'It is taken from the classification output layer.',
					},
					why: {
						id: 'Tidak: dari beberapa lapisan konvolusi, dari yang rendah sampai yang tinggi.',
						en: 'No: from several convolutional layers, low to high.',
					},
				},
				{
					text: {
						id: 'Ia lebih kecil daripada peta fiturnya.',
						en: 'It is smaller than the feature maps.',
					},
					why: {
						id: 'Ukurannya bukan alasannya; yang penting, posisi dijumlahkan habis.',
						en: 'Its size is not the reason; what matters is that positions are summed away.',
					},
				},
			],
		},
	],
};
