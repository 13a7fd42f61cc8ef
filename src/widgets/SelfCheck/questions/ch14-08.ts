import { convTransposeOutputSize } from '../../../lib/cnn/index.ts';
import { labelMap } from '../../../lib/segmentation/maps.ts';
import { evaluate } from '../../../lib/segmentation/metrics.ts';
import { N, type SelfCheckSet } from '../types.ts';

/**
 * Question 8: a transposed convolution's output size through the engine, the page's 90/10 example
 * through the demo's metrics, and two concepts.
 */

const UP = { kernel: 4, stride: 2, padding: 1 } as const;
const up = convTransposeOutputSize(7, UP);
// 100 pixels, the first row of 10 is the object; the model says "background" everywhere.
const truth = labelMap(10, (_, y) => (y === 0 ? 1 : 0));
const guess = labelMap(10, () => 0);
const scores = evaluate(truth, guess, 2);
const [background = 0, object = 0] = scores.iou.map((iou) => iou ?? 0);

/** The self-check of question 8. */
export const CH14_08: SelfCheckSet = {
	page: 'ch14/08-semantic-segmentation',
	items: [
		{
			kind: 'number',
			id: 'transposed',
			question: {
				id: `Konvolusi transpos dengan kernel ${UP.kernel}, stride ${UP.stride}, dan padding ${UP.padding} diberi peta 7×7. Berapa sisi outputnya?`,
				en: `A transposed convolution with kernel ${UP.kernel}, stride ${UP.stride} and padding ${UP.padding} is given a 7×7 map. How large is each side of its output?`,
			},
			answer: up,
			tolerance: 0,
			unit: { id: 'piksel', en: 'pixels' },
			explanation: {
				id: `(H_in − 1)·s − 2p + k = (7 − 1)·${UP.stride} − 2·${UP.padding} + ${UP.kernel} = ${up}: peta 7×7 menjadi ${up}×${up}.`,
				en: `(H_in − 1)·s − 2p + k = (7 − 1)·${UP.stride} − 2·${UP.padding} + ${UP.kernel} = ${up}: the 7×7 map becomes ${up}×${up}.`,
			},
		},
		{
			kind: 'number',
			id: 'mean-iou',
			question: {
				id: 'Gambar 100 piksel: 90 latar, 10 objek. Model menebak “latar” di semua piksel. Berapa mean IoU-nya (antara 0 dan 1)?',
				en: 'A 100-pixel image: 90 background, 10 object. The model says “background” for every pixel. What is its mean IoU (between 0 and 1)?',
			},
			answer: scores.meanIoU,
			tolerance: 0.005,
			digits: 2,
			explanation: {
				id: `IoU latar 90 / (90 + 10) = ${N.id(background, 2)}, IoU objek 0 / 10 = ${N.id(object)}; rata-ratanya ${N.id(scores.meanIoU, 2)}, padahal akurasi pikselnya ${N.id(scores.pixelAccuracy * 100)}%.`,
				en: `Background IoU 90 / (90 + 10) = ${N.en(background, 2)}, object IoU 0 / 10 = ${N.en(object)}; their mean is ${N.en(scores.meanIoU, 2)}, although the pixel accuracy is ${N.en(scores.pixelAccuracy * 100)}%.`,
			},
		},
		{
			kind: 'choice',
			id: 'difficulty',
			question: {
				id: 'Apa kesulitan teknis utama segmentasi semantik?',
				en: 'What is the main technical difficulty of semantic segmentation?',
			},
			options: [
				{
					text: { id: 'Ketidakseimbangan kelas.', en: 'Class imbalance.' },
					why: {
						id: 'Nyata, tetapi itu masalah data latih, bahkan pada resolusi sempurna.',
						en: 'Real, but a training-data problem that remains even at perfect resolution.',
					},
				},
				{
					text: { id: 'Presisi batas objek.', en: 'Boundary precision.' },
					why: {
						id: 'Itu gejala resolusi yang tidak dipulihkan, bukan penyebabnya.',
						en: 'That is the symptom of resolution not recovered, not its cause.',
					},
				},
				{
					text: {
						id: 'Informasi spasial hilang di pooling dan lapisan ber-stride, dan harus dipulihkan.',
						en: 'Spatial information is lost in pooling and strided layers, and must be recovered.',
					},
					why: {
						id: '224×224 menjadi 7×7 pada stride 32, padahal setiap piksel butuh kelas.',
						en: '224×224 becomes 7×7 at stride 32, yet every pixel needs a class.',
					},
					correct: true,
				},
				{
					text: { id: 'Satu label per piksel.', en: 'One label per pixel.' },
					why: {
						id: 'Itu tuntutan tugasnya, yang membuat hilangnya resolusi menjadi masalah.',
						en: 'That is what the task demands, which is what makes the lost resolution a problem.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'imbalance',
			question: {
				id: 'Tiang dan rambu hanya menutupi sedikit piksel. Apa yang membantu model tidak mengabaikannya?',
				en: 'Poles and signs cover only a few pixels. What helps the model not to ignore them?',
			},
			options: [
				{
					text: { id: 'Lebih banyak koneksi lompat.', en: 'More skip connections.' },
					why: {
						id: 'Itu memulihkan resolusi, bukan keseimbangan data.',
						en: 'They recover resolution, not the balance of the data.',
					},
				},
				{
					text: {
						id: 'Loss berbobot per kelas, atau loss Dice/IoU.',
						en: 'A class-weighted loss, or a Dice/IoU loss.',
					},
					why: {
						id: 'Kelas kecil tidak lagi tenggelam dalam loss per piksel.',
						en: 'Small classes no longer drown in a per-pixel loss.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Melaporkan akurasi piksel saja.',
						en: 'Reporting only the pixel accuracy.',
					},
					why: {
						id: 'Akurasi piksel justru menyembunyikan kelas kecil yang terlewat.',
						en: 'Pixel accuracy is exactly what hides a missed small class.',
					},
				},
				{
					text: {
						id: 'Stride total yang lebih besar.',
						en: 'A larger total stride.',
					},
					why: {
						id: 'Itu membuang lebih banyak detail, dan benda kecil hilang lebih dulu.',
						en: 'That throws away more detail, and small things vanish first.',
					},
				},
			],
		},
	],
};
