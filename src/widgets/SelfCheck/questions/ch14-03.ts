import { memory, parseModel, summary, toMB } from '../../../lib/cnn/index.ts';
import { BOOK_SETTINGS } from '../../Calculator/full-state.ts';
import { exercise2 } from '../../../lib/cnn/presets/exercise2.ts';
import { N, type SelfCheckSet } from '../types.ts';

/** Question 3: two remedies worked out on question 2's training memory, and two concepts. */

const net = summary(parseModel(exercise2()));
const base = memory(net, BOOK_SETTINGS.train);
const half = memory(net, { ...BOOK_SETTINGS.train, batch: BOOK_SETTINGS.train.batch / 2 });
const fp16 = memory(net, { ...BOOK_SETTINGS.train, dtype: 'float16' });
const MB = { id: 'MB', en: 'MB' } as const;
const id = (bytes: number) => N.id(toMB(bytes), 1);
const en = (bytes: number) => N.en(toMB(bytes), 1);

/** The self-check of question 3. */
export const CH14_03: SelfCheckSet = {
	page: 'ch14/03-out-of-gpu-memory',
	items: [
		{
			kind: 'number',
			id: 'batch-25',
			question: {
				id: `Jaringan soal 2 butuh ${id(base.total)} MB untuk batch 50 (float32). Berapa MB jika batch-nya ${half.options.batch}?`,
				en: `Question 2’s network needs ${en(base.total)} MB for a batch of 50 (float32). How many MB with a batch of ${half.options.batch}?`,
			},
			answer: toMB(half.total),
			tolerance: 0.005,
			digits: 1,
			unit: MB,
			explanation: {
				id: `Aktivasi dan input sebanding dengan batch, bobot tidak: ${id(half.activations)} + ${id(half.inputBatch)} + ${N.id(toMB(half.weights), 2)} = ${id(half.total)} MB.`,
				en: `Activations and inputs scale with the batch, weights do not: ${en(half.activations)} + ${en(half.inputBatch)} + ${N.en(toMB(half.weights), 2)} = ${en(half.total)} MB.`,
			},
		},
		{
			kind: 'number',
			id: 'float16',
			question: {
				id: 'Dengan float 16-bit, bukan 32-bit, berapa MB yang dibutuhkan batch 50 itu?',
				en: 'With 16-bit floats instead of 32-bit, how many MB does that batch of 50 need?',
			},
			answer: toMB(fp16.total),
			tolerance: 0.005,
			digits: 1,
			unit: MB,
			explanation: {
				id: `Dua bita per nilai, bukan empat, membagi dua setiap suku: ${id(fp16.activations)} + ${id(fp16.inputBatch)} + ${N.id(toMB(fp16.weights), 2)} = ${id(fp16.total)} MB, hemat ${id(base.total - fp16.total)} MB.`,
				en: `Two bytes per value instead of four halves every term: ${en(fp16.activations)} + ${en(fp16.inputBatch)} + ${N.en(toMB(fp16.weights), 2)} = ${en(fp16.total)} MB, saving ${en(base.total - fp16.total)} MB.`,
			},
		},
		{
			kind: 'choice',
			id: 'missing',
			question: {
				id: 'Dua solusi dari buku tidak ada di catatan. Yang mana?',
				en: 'Two of the book’s remedies are missing from the notes. Which?',
			},
			options: [
				{
					text: { id: 'Mini-batch yang lebih kecil.', en: 'A smaller mini-batch.' },
					why: {
						id: 'Ini justru butir pertama catatan.',
						en: 'This is in fact the notes’ first item.',
					},
				},
				{
					text: {
						id: 'Stride yang lebih besar, dan membagi jaringan ke beberapa perangkat.',
						en: 'A larger stride, and spreading the network over several devices.',
					},
					why: {
						id: 'Catatan menyebut batch, model, checkpointing, mixed precision, dan CPU, tetapi bukan keduanya.',
						en: 'The notes name the batch, the model, checkpointing, mixed precision and the CPU, but neither of these.',
					},
					correct: true,
				},
				{
					text: { id: 'Gradient checkpointing.', en: 'Gradient checkpointing.' },
					why: {
						id: 'Ini tambahan dari catatan, bukan salah satu solusi buku.',
						en: 'This is one of the notes’ additions, not one of the book’s remedies.',
					},
				},
				{
					text: { id: 'Float 16-bit.', en: '16-bit floats.' },
					why: {
						id: 'Catatan sudah mencakupnya lewat mixed precision.',
						en: 'The notes cover it with mixed precision.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'checkpointing',
			question: {
				id: 'Dengan gradient checkpointing pada n lapisan berukuran sama, kira-kira berapa output lapisan yang ada di memori sekaligus?',
				en: 'With gradient checkpointing over n layers of equal size, about how many layer outputs are in memory at once?',
			},
			options: [
				{
					text: { id: 'n', en: 'n' },
					why: {
						id: 'Itu tanpa checkpointing: semua output disimpan.',
						en: 'That is without checkpointing: every output is kept.',
					},
				},
				{
					text: { id: 'n / 2', en: 'n / 2' },
					why: {
						id: 'Menyimpan setengahnya tidak optimal; k + n/k paling kecil pada k = √n.',
						en: 'Keeping half is not optimal; k + n/k is smallest at k = √n.',
					},
				},
				{
					text: { id: 'Hanya 1', en: 'Just 1' },
					why: {
						id: 'Maka hampir setiap lapisan harus dihitung ulang berkali-kali; biayanya kuadratis.',
						en: 'Then almost every layer would be recomputed many times over, a quadratic cost.',
					},
				},
				{
					text: { id: 'Sekitar 2√n', en: 'About 2√n' },
					why: {
						id: '√n checkpoint ditambah satu segmen √n lapisan yang sedang dihitung ulang.',
						en: '√n checkpoints plus one segment of √n layers being recomputed.',
					},
					correct: true,
				},
			],
		},
	],
};
