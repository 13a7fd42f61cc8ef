import { formatShape, working } from '../../../lib/cnn/index.ts';
import { N, type SelfCheckSet } from '../types.ts';
import { lastLayer } from './engine.ts';

/** Question 4: max pooling against a stride-2 convolution on question 2's 50×75×200 map. */

const INPUT = [50, 75, 200] as const;
const conv = lastLayer(INPUT, [
	{ type: 'conv2d', filters: 200, kernel: 3, strides: 2, padding: 'same' },
]);
const pool = lastLayer(INPUT, [{ type: 'maxPool2d', pool: 2, strides: 2, padding: 'same' }]);
const perOutput = conv.macs / conv.outputSize;

/** The self-check of question 4. */
export const CH14_04: SelfCheckSet = {
	page: 'ch14/04-max-pooling-vs-strided-conv',
	items: [
		{
			kind: 'number',
			id: 'conv-params',
			question: {
				id: 'Berapa parameter konvolusi 3×3, stride 2, dari 200 ke 200 peta fitur (dengan bias)? Max pooling punya 0.',
				en: 'How many parameters does a 3×3, stride-2 convolution from 200 to 200 feature maps have (with biases)? Max pooling has 0.',
			},
			answer: conv.params,
			tolerance: 0,
			unit: { id: 'parameter', en: 'parameters' },
			explanation: {
				id: `Setiap filter melihat 3×3 di 200 kanal, ditambah bias, untuk 200 filter: ${working(conv, 'id')}.`,
				en: `Each filter sees 3×3 across 200 channels, plus a bias, for 200 filters: ${working(conv, 'en')}.`,
			},
		},
		{
			kind: 'number',
			id: 'pool-output',
			question: {
				id: 'Max pooling 2×2, stride 2, padding “same” pada peta 50×75×200: berapa nilai di outputnya?',
				en: 'A 2×2 max pooling with stride 2 and “same” padding on a 50×75×200 map: how many values does its output hold?',
			},
			answer: pool.outputSize,
			tolerance: 0,
			unit: { id: 'nilai', en: 'values' },
			explanation: {
				id: `Padding “same” membulatkan ke atas: ⌈50/2⌉ = ${N.id(pool.outputShape[0] ?? 0)}, ⌈75/2⌉ = ${N.id(pool.outputShape[1] ?? 0)}; kanalnya tetap, jadi ${formatShape(pool.outputShape)} = ${N.id(pool.outputSize)}.`,
				en: `“Same” padding rounds up: ⌈50/2⌉ = ${N.en(pool.outputShape[0] ?? 0)}, ⌈75/2⌉ = ${N.en(pool.outputShape[1] ?? 0)}; the channels stay, so ${formatShape(pool.outputShape)} = ${N.en(pool.outputSize)}.`,
			},
		},
		{
			kind: 'number',
			id: 'conv-macs',
			question: {
				id: 'Konvolusi tadi menghasilkan output berukuran sama. Berapa perkalian-tambah (MAC) yang dihitungnya per gambar?',
				en: 'That convolution outputs a map of the same size. How many multiply-adds (MACs) does it compute per image?',
			},
			answer: conv.macs,
			tolerance: 0,
			unit: { id: 'MAC', en: 'MACs' },
			explanation: {
				id: `Setiap nilai output butuh 3·3·200 = ${N.id(perOutput)} perkalian-tambah: ${N.id(conv.outputSize)} · ${N.id(perOutput)} = ${N.id(conv.macs)}. Max pooling hanya membandingkan, tanpa perkalian.`,
				en: `Each output value takes 3·3·200 = ${N.en(perOutput)} multiply-adds: ${N.en(conv.outputSize)} · ${N.en(perOutput)} = ${N.en(conv.macs)}. Max pooling only compares, with no multiplication.`,
			},
		},
		{
			kind: 'choice',
			id: 'invariance',
			question: {
				id: 'Kapan output max pooling tetap sama setelah inputnya digeser?',
				en: 'When does max pooling’s output stay the same after its input is shifted?',
			},
			options: [
				{
					text: { id: 'Selalu, untuk geseran apa pun.', en: 'Always, for any shift.' },
					why: {
						id: 'Geseran yang membawa maksimum melewati batas jendela mengubah outputnya.',
						en: 'A shift that carries the maximum across a window boundary changes the output.',
					},
				},
				{
					text: {
						id: 'Untuk setiap geseran satu piksel.',
						en: 'For every one-pixel shift.',
					},
					why: {
						id: 'Satu piksel pun cukup untuk memindahkan maksimum ke jendela sebelah.',
						en: 'Even one pixel can move the maximum into the next window.',
					},
				},
				{
					text: {
						id: 'Selama nilai maksimumnya tetap di jendela yang sama.',
						en: 'As long as the maximum stays inside the same window.',
					},
					why: {
						id: 'Invariansinya nyata tetapi sebagian.',
						en: 'The invariance is real but partial.',
					},
					correct: true,
				},
				{
					text: { id: 'Tidak pernah.', en: 'Never.' },
					why: {
						id: 'Geseran kecil di dalam jendela sering tidak mengubah maksimumnya sama sekali.',
						en: 'A small shift inside a window often leaves the maximum untouched.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'modern',
			question: {
				id: 'Mengapa ResNet dan All Convolutional Net mengecilkan peta fitur dengan konvolusi ber-stride?',
				en: 'Why do ResNet and the All Convolutional Net shrink their feature maps with strided convolutions?',
			},
			options: [
				{
					text: { id: 'Parameternya lebih sedikit.', en: 'It has fewer parameters.' },
					why: {
						id: 'Sebaliknya: max pooling tidak punya parameter sama sekali.',
						en: 'The opposite: max pooling has no parameters at all.',
					},
				},
				{
					text: {
						id: 'Jaringan belajar sendiri informasi apa yang dipertahankan.',
						en: 'The network learns what information to keep.',
					},
					why: {
						id: 'Downsampling-nya dipelajari, bukan aturan tetap.',
						en: 'The downsampling is learned instead of a fixed rule.',
					},
					correct: true,
				},
				{
					text: { id: 'Komputasinya lebih murah.', en: 'It is cheaper to compute.' },
					why: {
						id: 'Sebaliknya: konvolusi butuh jutaan perkalian, pooling hanya perbandingan.',
						en: 'The opposite: the convolution takes millions of multiplications, pooling only comparisons.',
					},
				},
				{
					text: { id: 'Max pooling tidak stabil.', en: 'Max pooling is unstable.' },
					why: {
						id: 'Buku tidak mengatakan itu, dan umumnya tidak benar.',
						en: 'The book does not say so, and in general it is not true.',
					},
				},
			],
		},
	],
};
