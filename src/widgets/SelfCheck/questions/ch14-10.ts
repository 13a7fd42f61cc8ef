import { N, type SelfCheckSet } from '../types.ts';
import { lastLayer } from './engine.ts';

/** Exercise 10: the new head's size from the engine, and the two phases of fine-tuning. */

const CLASSES = 5;
const head = lastLayer([2048], [{ type: 'dense', units: CLASSES, activation: 'softmax' }]);
const PARAMS = { id: 'parameter', en: 'parameters' } as const;

/** The self-check of exercise 10. */
export const CH14_10: SelfCheckSet = {
	page: 'ch14/10-transfer-learning-large-images',
	items: [
		{
			kind: 'number',
			id: 'head',
			question: {
				id: `Base Xception tanpa bagian atasnya berakhir dengan pooling rata-rata global atas ${N.id(2048)} kanal. Berapa parameter yang dilatih pada fase pertama, jika kepala barunya satu lapisan dense softmax untuk ${CLASSES} kelas bunga dan base-nya dibekukan?`,
				en: `Xception without its top ends with global average pooling over ${N.en(2048)} channels. How many parameters are trained in the first phase, if the new head is one softmax dense layer for ${CLASSES} flower classes and the base is frozen?`,
			},
			answer: head.params,
			tolerance: 0,
			unit: PARAMS,
			explanation: {
				id: `Hanya kepala yang dilatih: ${N.id(2048)} · ${CLASSES} bobot + ${CLASSES} bias = ${N.id(head.params)}; jutaan bobot base tetap.`,
				en: `Only the head trains: ${N.en(2048)} · ${CLASSES} weights + ${CLASSES} biases = ${N.en(head.params)}; the base's millions of weights stay as they are.`,
			},
		},
		{
			kind: 'choice',
			id: 'freeze-first',
			question: {
				id: 'Mengapa base yang sudah dilatih dibekukan selama beberapa epoch pertama?',
				en: 'Why is the pretrained base frozen for the first few epochs?',
			},
			options: [
				{
					text: {
						id: 'Agar pelatihan berjalan di CPU.',
						en: 'So that training can run on a CPU.',
					},
					why: {
						id: 'Membekukan base memang mempercepat, tetapi bukan itu alasannya.',
						en: 'Freezing does make it faster, but that is not the reason.',
					},
				},
				{
					text: {
						id: 'Kepala baru masih acak: gradiennya yang besar akan merusak fitur base yang sudah bagus.',
						en: 'The new head is still random: its large gradients would wreck the base’s good features.',
					},
					why: {
						id: 'Setelah kepala cukup terlatih, bagian atas base baru dicairkan dengan laju belajar yang lebih kecil.',
						en: 'Once the head has learned, the top of the base is unfrozen with a lower learning rate.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Karena base tidak bisa dilatih sama sekali.',
						en: 'Because the base cannot be trained at all.',
					},
					why: {
						id: 'Bisa: itulah fase kedua, fine-tuning.',
						en: 'It can: that is the second phase, fine-tuning.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'test-set',
			question: {
				id: 'Untuk apa set uji, terpisah dari set validasi?',
				en: 'What is the test set for, apart from the validation set?',
			},
			options: [
				{
					text: {
						id: 'Memilih jumlah epoch dan laju belajar.',
						en: 'Choosing the number of epochs and the learning rate.',
					},
					why: {
						id: 'Itu tugas set validasi; keputusan itu membuat skornya sedikit terlalu optimistis.',
						en: 'That is the validation set’s job; those choices make its score slightly optimistic.',
					},
				},
				{
					text: {
						id: 'Menambah data latih di fase kedua.',
						en: 'Adding training data in the second phase.',
					},
					why: {
						id: 'Data uji yang ikut dilatih tidak lagi mengukur generalisasi.',
						en: 'Test data that is trained on no longer measures generalisation.',
					},
				},
				{
					text: {
						id: 'Mengukur akurasi akhir sekali saja, pada gambar yang tidak memengaruhi keputusan apa pun.',
						en: 'Measuring the final accuracy once, on images that influenced no decision.',
					},
					why: {
						id: 'Karena itu skornya adalah perkiraan jujur untuk gambar baru.',
						en: 'That is why its score is an honest estimate for new images.',
					},
					correct: true,
				},
			],
		},
	],
};
