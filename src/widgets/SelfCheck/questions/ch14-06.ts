import { working } from '../../../lib/cnn/index.ts';
import { N, type SelfCheckSet } from '../types.ts';
import { lastLayer } from './engine.ts';

/** Question 6: Xception's signature block against a regular convolution, and the concepts (EfficientNet's too). */

const INPUT = [28, 28, 128] as const;
const regular = lastLayer(INPUT, [
	{ type: 'conv2d', filters: 128, kernel: 3, padding: 'same', useBias: false },
]);
const separable = lastLayer(INPUT, [
	{ type: 'separableConv2d', filters: 128, kernel: 3, padding: 'same', useBias: false },
]);
const ratio = regular.params / separable.params;
const PARAMS = { id: 'bobot', en: 'weights' } as const;

/** The self-check of question 6. */
export const CH14_06: SelfCheckSet = {
	page: 'ch14/06-architecture-innovations',
	items: [
		{
			kind: 'number',
			id: 'separable',
			question: {
				id: `Konvolusi 3×3 biasa dari 128 ke 128 kanal punya ${N.id(regular.params)} bobot (tanpa bias). Berapa bobot konvolusi terpisah per kedalaman (depthwise separable) 3×3 untuk kanal yang sama, ala Xception?`,
				en: `A regular 3×3 convolution from 128 to 128 channels has ${N.en(regular.params)} weights (no biases). How many does a 3×3 depthwise separable convolution for the same channels have, as in Xception?`,
			},
			answer: separable.params,
			tolerance: 0,
			unit: PARAMS,
			explanation: {
				id: `Konvolusi biasa: ${working(regular, 'id')}. Depthwise 3×3 per kanal, lalu pointwise 1×1: ${working(separable, 'id')}, sekitar ${N.id(ratio, 1)} kali lebih sedikit.`,
				en: `Regular: ${working(regular, 'en')}. A 3×3 depthwise filter per channel, then a 1×1 pointwise one: ${working(separable, 'en')}, about ${N.en(ratio, 1)} times fewer.`,
			},
		},
		{
			kind: 'choice',
			id: 'alexnet',
			question: {
				id: 'Inovasi struktural utama AlexNet dibanding LeNet-5, yang tidak disebut catatan?',
				en: 'AlexNet’s main structural innovation over LeNet-5, which the notes leave out?',
			},
			options: [
				{
					text: { id: 'ReLU.', en: 'ReLU.' },
					why: {
						id: 'Inovasi nyata, tetapi sudah ada di catatan.',
						en: 'A real innovation, but the notes do list it.',
					},
				},
				{
					text: {
						id: 'Lapisan konvolusi ditumpuk langsung, tanpa pooling di antaranya.',
						en: 'Convolutional layers stacked directly, with no pooling between them.',
					},
					why: {
						id: 'Konvolusi ke-3, 4, dan 5 berurutan, sedangkan LeNet-5 selalu memasang pooling.',
						en: 'Its 3rd, 4th and 5th convolutions follow each other, where LeNet-5 always pools.',
					},
					correct: true,
				},
				{
					text: { id: 'Modul inception.', en: 'Inception modules.' },
					why: {
						id: 'Itu GoogLeNet (2014).',
						en: 'That is GoogLeNet (2014).',
					},
				},
				{
					text: { id: 'Koneksi lompat (skip).', en: 'Skip connections.' },
					why: {
						id: 'Itu ResNet (2015).',
						en: 'That is ResNet (2015).',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'se-block',
			question: {
				id: 'Apa yang dihasilkan blok squeeze-and-excitation (SENet)?',
				en: 'What does a squeeze-and-excitation block (SENet) output?',
			},
			options: [
				{
					text: {
						id: 'Residu yang ditambahkan ke input.',
						en: 'A residual added to its input.',
					},
					why: {
						id: 'Itu unit residual ResNet.',
						en: 'That is ResNet’s residual unit.',
					},
				},
				{
					text: {
						id: 'Bobot per piksel (atensi spasial).',
						en: 'A weight per pixel (spatial attention).',
					},
					why: {
						id: 'Squeeze membuang posisi; bobotnya per kanal, bukan per piksel.',
						en: 'The squeeze discards position; its weights are per channel, not per pixel.',
					},
				},
				{
					text: {
						id: 'Satu bobot 0–1 per peta fitur, untuk mengubah skala peta itu.',
						en: 'One weight from 0 to 1 per feature map, to rescale that map.',
					},
					why: {
						id: 'Global average pooling, dua lapisan dense (ReLU, lalu sigmoid), lalu skala per kanal.',
						en: 'Global average pooling, two dense layers (ReLU, then sigmoid), then per-channel scaling.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Lebih sedikit kanal (bottleneck 1×1).',
						en: 'Fewer channels (a 1×1 bottleneck).',
					},
					why: {
						id: 'Itu ide GoogLeNet; jumlah kanal blok SE tidak berubah.',
						en: 'That is GoogLeNet’s idea; an SE block keeps its channel count.',
					},
				},
			],
		},
		{
			kind: 'choice',
			id: 'efficientnet',
			question: {
				id: 'Apa inovasi utama EfficientNet, yang dilewatkan catatan?',
				en: 'What is EfficientNet’s main innovation, which the notes skip?',
			},
			options: [
				{
					text: {
						id: 'Konvolusi terpisah per kedalaman menggantikan modul inception.',
						en: 'Depthwise separable convolutions replacing inception modules.',
					},
					why: {
						id: 'Itu Xception; blok MBConv EfficientNet memang memakai konvolusi depthwise, tetapi itu bukan ide barunya.',
						en: 'That is Xception; EfficientNet’s MBConv blocks do use depthwise convolutions, but that is not its new idea.',
					},
				},
				{
					text: {
						id: 'Kedalaman, lebar, dan resolusi dibesarkan bersama dengan satu koefisien φ, pada jaringan dasar hasil pencarian arsitektur.',
						en: 'Depth, width and resolution scaled up together by one coefficient φ, on a base network found by architecture search.',
					},
					why: {
						id: 'Penskalaan majemuk: kedalaman α^φ, lebar β^φ, resolusi γ^φ, dengan α · β² · γ² ≈ 2, jadi komputasinya kira-kira berlipat dua per langkah φ.',
						en: 'Compound scaling: depth α^φ, width β^φ, resolution γ^φ, with α · β² · γ² ≈ 2, so the computation roughly doubles per step of φ.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Jaringan yang jauh lebih dalam berkat koneksi lompat.',
						en: 'A much deeper network, thanks to skip connections.',
					},
					why: {
						id: 'Itu ResNet; membesarkan kedalaman saja cepat jenuh, dan justru itu yang dihindari EfficientNet.',
						en: 'That is ResNet; scaling depth alone saturates quickly, which is exactly what EfficientNet avoids.',
					},
				},
				{
					text: {
						id: 'Hanya memperbesar resolusi input, tanpa mengubah jaringannya.',
						en: 'Raising only the input resolution, leaving the network unchanged.',
					},
					why: {
						id: 'Resolusi yang lebih tinggi butuh jaringan yang lebih dalam (medan reseptif lebih besar) dan lebih lebar (pola lebih halus); karena itu ketiganya diskalakan bersama.',
						en: 'A higher resolution needs a deeper network (larger receptive fields) and a wider one (finer patterns); that is why all three are scaled together.',
					},
				},
			],
		},
	],
};
