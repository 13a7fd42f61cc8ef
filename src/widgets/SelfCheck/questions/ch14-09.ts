import { N, type SelfCheckSet } from '../types.ts';
import { lastLayer } from './engine.ts';

/**
 * Exercise 9 (the lab): the book's dense layer after pooling, from the engine; what the loss of
 * a uniform guess is; what a NaN loss means.
 */

const dense = lastLayer(
	[14, 14, 64],
	[{ type: 'flatten' }, { type: 'dense', units: 128, activation: 'relu' }],
);
const PARAMS = { id: 'parameter', en: 'parameters' } as const;

/** The self-check of exercise 9. */
export const CH14_09: SelfCheckSet = {
	page: 'ch14/09-lab-fashion-mnist',
	items: [
		{
			kind: 'number',
			id: 'dense',
			question: {
				id: 'Dalam CNN buku, max pooling 2×2 meninggalkan peta 14×14×64. Berapa parameter lapisan dense 128 unit sesudah flatten?',
				en: 'In the book’s CNN, 2×2 max pooling leaves a 14×14×64 map. How many parameters does the 128-unit dense layer after the flatten have?',
			},
			answer: dense.params,
			tolerance: 0,
			unit: PARAMS,
			explanation: {
				id: `${N.id(14 * 14 * 64)} input · 128 bobot + 128 bias = ${N.id(dense.params)}: hampir semua parameter jaringan ada di sini.`,
				en: `${N.en(14 * 14 * 64)} inputs · 128 weights + 128 biases = ${N.en(dense.params)}: almost all of the network’s parameters are here.`,
			},
		},
		{
			kind: 'choice',
			id: 'start-loss',
			question: {
				id: 'Jaringan yang baru diinisialisasi menebak kesepuluh kelas kira-kira sama rata. Di sekitar nilai berapa loss cross-entropy-nya dimulai?',
				en: 'A freshly initialised network guesses the ten classes about evenly. Around what value does its cross-entropy loss start?',
			},
			options: [
				{
					text: { id: '0', en: '0' },
					why: {
						id: 'Loss 0 berarti probabilitas 1 untuk kelas yang benar: itu jaringan sempurna.',
						en: 'A loss of 0 means probability 1 on the right class: a perfect network.',
					},
				},
				{
					text: { id: 'ln 10 ≈ 2,3', en: 'ln 10 ≈ 2.3' },
					why: {
						id: 'Setiap kelas mendapat p = 1/10, dan −ln(1/10) = ln 10.',
						en: 'Every class gets p = 1/10, and −ln(1/10) = ln 10.',
					},
					correct: true,
				},
				{
					text: { id: '10', en: '10' },
					why: {
						id: 'Itu jumlah kelasnya, bukan loss-nya; loss adalah minus log sebuah probabilitas.',
						en: 'That is the number of classes, not the loss; the loss is minus the log of a probability.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'nan',
			question: {
				id: 'Loss tiba-tiba tidak lagi berupa angka setelah beberapa batch. Apa langkah pertama yang paling masuk akal?',
				en: 'The loss suddenly stops being a number after a few batches. What is the most sensible first step?',
			},
			options: [
				{
					text: {
						id: 'Latih lebih banyak epoch.',
						en: 'Train for more epochs.',
					},
					why: {
						id: 'Bobot yang sudah rusak tidak pulih dengan pelatihan lebih lama.',
						en: 'Weights that are already broken do not recover with more training.',
					},
				},
				{
					text: {
						id: 'Turunkan laju belajar dan mulai lagi.',
						en: 'Lower the learning rate and start again.',
					},
					why: {
						id: 'Langkah yang terlalu besar membuat bobot dan logit meledak; langkah yang lebih kecil menghindarinya.',
						en: 'Steps that are too large make the weights and logits blow up; smaller steps avoid it.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Hapus lapisan dropout.',
						en: 'Remove the dropout layers.',
					},
					why: {
						id: 'Dropout mengurangi overfitting; ia bukan penyebab divergensi.',
						en: 'Dropout reduces overfitting; it does not make training diverge.',
					},
				},
			],
		},
	],
};
