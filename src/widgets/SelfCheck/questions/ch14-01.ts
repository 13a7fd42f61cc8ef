import { working } from '../../../lib/cnn/index.ts';
import { N, type SelfCheckSet } from '../types.ts';
import { lastLayer } from './engine.ts';

/** Question 1: dense versus convolution on question 2's 200×300 RGB image. */

const dense = lastLayer([200, 300, 3], [{ type: 'flatten' }, { type: 'dense', units: 100 }]);
const conv = lastLayer(
	[200, 300, 3],
	[{ type: 'conv2d', filters: 100, kernel: 3, padding: 'same' }],
);

/** The self-check of question 1. */
export const CH14_01: SelfCheckSet = {
	page: 'ch14/01-cnn-vs-dense',
	items: [
		{
			kind: 'number',
			id: 'dense-params',
			question: {
				id: 'Gambar RGB 200×300 di-flatten lalu masuk ke lapisan dense 100 unit. Berapa parameternya?',
				en: 'A 200×300 RGB image is flattened into a dense layer of 100 units. How many parameters does it have?',
			},
			answer: dense.params,
			tolerance: 0,
			unit: { id: 'parameter', en: 'parameters' },
			explanation: {
				id: `Setiap unit punya satu bobot per nilai input (200·300·3 = ${N.id(dense.inputShapes[0][0] ?? 0)}) dan satu bias: ${working(dense, 'id')}.`,
				en: `Each unit has one weight per input value (200·300·3 = ${N.en(dense.inputShapes[0][0] ?? 0)}) and one bias: ${working(dense, 'en')}.`,
			},
		},
		{
			kind: 'number',
			id: 'conv-params',
			question: {
				id: 'Pada gambar yang sama, berapa parameter lapisan konvolusi 3×3 dengan 100 filter?',
				en: 'On the same image, how many parameters does a 3×3 convolutional layer with 100 filters have?',
			},
			answer: conv.params,
			tolerance: 0,
			unit: { id: 'parameter', en: 'parameters' },
			explanation: {
				id: `Setiap filter melihat jendela 3×3 di ketiga kanal dan punya satu bias: ${working(conv, 'id')}. Ukuran gambar tidak ikut dihitung sama sekali.`,
				en: `Each filter sees a 3×3 window across all 3 channels and has one bias: ${working(conv, 'en')}. The image size does not enter the count at all.`,
			},
		},
		{
			kind: 'choice',
			id: 'shift',
			question: {
				id: 'Input sebuah lapisan konvolusi (stride 1) digeser 5 piksel ke kanan. Apa yang terjadi pada peta fiturnya?',
				en: 'The input of a convolutional layer (stride 1) is shifted 5 pixels to the right. What happens to its feature map?',
			},
			options: [
				{
					text: { id: 'Tetap sama persis.', en: 'It stays exactly the same.' },
					why: {
						id: 'Itu invariansi; konvolusi sendiri tidak invarian, respons kernel ikut berpindah bersama polanya.',
						en: 'That would be invariance; convolution itself is not invariant, the kernel’s response moves with the pattern.',
					},
				},
				{
					text: {
						id: 'Ikut bergeser 5 piksel ke kanan (kecuali di tepi).',
						en: 'It shifts 5 pixels to the right too (except at the borders).',
					},
					why: {
						id: 'Ini ekuivarian: kernel yang sama dipakai di setiap posisi, jadi responsnya mengikuti geseran.',
						en: 'This is equivariance: the same kernel is used at every position, so its response follows the shift.',
					},
					correct: true,
				},
				{
					text: { id: 'Berubah secara acak.', en: 'It changes unpredictably.' },
					why: {
						id: 'Tidak acak: bobotnya sama di semua posisi, jadi perubahannya bisa diramalkan tepat.',
						en: 'Nothing is random: the weights are the same at every position, so the change is exactly predictable.',
					},
				},
				{
					text: { id: 'Ukurannya mengecil.', en: 'It gets smaller.' },
					why: {
						id: 'Ukuran output ditentukan oleh ukuran input, kernel, stride, dan padding, bukan oleh letak isinya.',
						en: 'The output size depends on the input size, kernel, stride and padding, not on where things are.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'sparsity',
			question: {
				id: 'Apa yang sebenarnya dihemat oleh sparsitas koneksi (setiap output hanya melihat jendela kecil)?',
				en: 'What do sparse connections (each output sees only a small window) really save?',
			},
			options: [
				{
					text: { id: 'Memori aktivasi.', en: 'Activation memory.' },
					why: {
						id: 'Aktivasi bergantung pada ukuran output, yang sama di lapisan dense maupun konvolusi pembandingnya.',
						en: 'Activations depend on the output size, which is the same for the dense layer and the convolution it is compared with.',
					},
				},
				{
					text: { id: 'Invariansi terhadap geseran.', en: 'Invariance to shifts.' },
					why: {
						id: 'Sparsitas tidak membuat apa pun invarian; sedikit invariansi datang dari pooling dan global pooling.',
						en: 'Sparsity makes nothing invariant; what little invariance there is comes from pooling and global pooling.',
					},
				},
				{
					text: { id: 'Parameter dan komputasi.', en: 'Parameters and computation.' },
					why: {
						id: 'Setiap output hanya butuh 27 perkalian, bukan 180.000, dan bobotnya jauh lebih sedikit.',
						en: 'Each output needs 27 multiplications instead of 180,000, and there are far fewer weights.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Tidak ada, hanya gaya penulisan.',
						en: 'Nothing; it is only a way of writing the layer.',
					},
					why: {
						id: 'Bedanya nyata: faktor sekitar 6.667 dalam parameter dan perkalian dibanding lapisan dense berukuran output sama.',
						en: 'The difference is real: a factor of about 6,667 in parameters and multiplications against a dense layer with the same output size.',
					},
				},
			],
		},
	],
};
