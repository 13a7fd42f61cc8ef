import { memory, parseModel, summary, toMB, working } from '../../../lib/cnn/index.ts';
import { BOOK_SETTINGS } from '../../Calculator/full-state.ts';
import { exercise2 } from '../../../lib/cnn/presets/exercise2.ts';
import { N, type SelfCheckSet } from '../types.ts';

/**
 * Question 2: the three figures the exercise asks for, from the same engine call as the
 * calculator's "book's figures" view (exercise 2 under `BOOK_SETTINGS`).
 */

const net = summary(parseModel(exercise2()));
const predict = memory(net, BOOK_SETTINGS.predict);
const train = memory(net, BOOK_SETTINGS.train);
const mb = toMB;
const MB = { id: 'MB', en: 'MB' } as const;
const rows = (lang: 'id' | 'en') => net.layers.map((row) => working(row, lang)).join('; ');

/** The self-check of question 2. */
export const CH14_02: SelfCheckSet = {
	page: 'ch14/02-parameters-and-memory',
	items: [
		{
			kind: 'number',
			id: 'params',
			question: {
				id: 'Berapa jumlah parameter ketiga lapisan konvolusi itu seluruhnya?',
				en: 'How many parameters do the three convolutional layers have in total?',
			},
			answer: net.totalParams,
			tolerance: 0,
			unit: { id: 'parameter', en: 'parameters' },
			explanation: {
				id: `Per lapisan, (k·k·C_in + 1)·C_out: ${rows('id')}. Jumlahnya ${N.id(net.totalParams)}.`,
				en: `Per layer, (k·k·C_in + 1)·C_out: ${rows('en')}. They add up to ${N.en(net.totalParams)}.`,
			},
		},
		{
			kind: 'number',
			id: 'predict',
			question: {
				id: 'Dalam float32, berapa MB memori minimal untuk memprediksi satu gambar?',
				en: 'In float32, how many MB does it take at least to predict one image?',
			},
			answer: mb(predict.total),
			tolerance: 0.005,
			digits: 1,
			unit: MB,
			explanation: {
				id: `Hanya dua lapisan berurutan yang perlu ada sekaligus; pasangan terbesar (lapisan 1 dan 2) ${N.id(mb(predict.inferencePeak), 1)} MB, ditambah bobot ${N.id(mb(predict.weights), 2)} MB = ${N.id(mb(predict.total), 1)} MB.`,
				en: `Only two consecutive layers need to be held at once; the largest pair (layers 1 and 2) is ${N.en(mb(predict.inferencePeak), 1)} MB, plus ${N.en(mb(predict.weights), 2)} MB of weights = ${N.en(mb(predict.total), 1)} MB.`,
			},
		},
		{
			kind: 'number',
			id: 'train',
			question: {
				id: 'Berapa MB memori minimal untuk melatih dengan mini-batch 50 gambar (tanpa gradien dan keadaan optimizer)?',
				en: 'How many MB does it take at least to train on a mini-batch of 50 images (without gradients or optimizer state)?',
			},
			answer: mb(train.total),
			tolerance: 0.005,
			digits: 1,
			unit: MB,
			explanation: {
				id: `Semua output lapisan disimpan untuk backpropagation: aktivasi ${N.id(mb(train.activations), 1)} MB + batch input ${N.id(mb(train.inputBatch), 1)} MB + bobot ${N.id(mb(train.weights), 2)} MB (sekali saja) = ${N.id(mb(train.total), 1)} MB.`,
				en: `Every layer’s output is kept for backpropagation: ${N.en(mb(train.activations), 1)} MB of activations + ${N.en(mb(train.inputBatch), 1)} MB of input batch + ${N.en(mb(train.weights), 2)} MB of weights (once) = ${N.en(mb(train.total), 1)} MB.`,
			},
		},
		{
			kind: 'choice',
			id: 'notes-172',
			question: {
				id: 'Catatan menulis “mini-batch 50 → ~172 MB” (bobot × 50). Apa salahnya?',
				en: 'The notes say “mini-batch 50 → ~172 MB” (weights × 50). What is wrong with it?',
			},
			options: [
				{
					text: {
						id: 'Seharusnya memakai MiB, bukan MB.',
						en: 'It should use MiB, not MB.',
					},
					why: {
						id: 'Satuan hanya mengubah angka sekitar 5%, sedangkan hasil yang benar lebih dari tiga kali lipat.',
						en: 'The unit changes the figure by about 5%, while the right result is more than three times larger.',
					},
				},
				{
					text: {
						id: 'Bobot dipakai bersama oleh semua gambar; yang bertambah dengan batch adalah aktivasi.',
						en: 'The weights are shared by every image; what grows with the batch is the activations.',
					},
					why: {
						id: 'Bobot hanya disimpan sekali, sedangkan aktivasi dan input dikali 50.',
						en: 'The weights are stored once, while activations and inputs are multiplied by 50.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Angka itu benar untuk inferensi, bukan pelatihan.',
						en: 'The figure is right for inference, not training.',
					},
					why: {
						id: `Memprediksi satu gambar hanya butuh sekitar ${N.id(mb(predict.total), 1)} MB, dan bobot tetap tidak dikali ukuran batch.`,
						en: `Predicting one image takes only about ${N.en(mb(predict.total), 1)} MB, and weights are not multiplied by the batch size there either.`,
					},
				},
				{
					text: {
						id: 'Bias tidak ikut dihitung.',
						en: 'It leaves out the biases.',
					},
					why: {
						id: `Biasnya sudah termasuk dalam ${N.id(net.totalParams)} parameter; kesalahannya ada pada aktivasi yang terlewat.`,
						en: `The biases are already in the ${N.en(net.totalParams)} parameters; what is missing is the activations.`,
					},
				},
			],
		},
	],
};
