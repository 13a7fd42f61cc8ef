import { formatShape, working } from '../../../lib/cnn/index.ts';
import { convert, VGG_HEAD } from '../../DenseToConv/conversion.ts';
import { N, type SelfCheckSet } from '../types.ts';
import { lastLayer } from './engine.ts';

/** Question 7: VGG-16's head converted, from the same engine call as the converter widget. */

const LARGE = 448;
const at = (size: number) => {
	const result = convert(VGG_HEAD, size);
	if (!result.ok) throw result.error;
	return result.value;
};
const trained = at(224);
const large = at(LARGE);
const first = trained.pairs[0];
if (!first) throw new Error('VGG-16 has a dense head');
const grid = large.output[0];
const map = large.featureMapAtSize[0];
const kernel = trained.featureMap[0];
// The notes' 1×1 convolution, on the same map and with the same number of filters.
const pointwise = lastLayer(trained.featureMap, [
	{ type: 'conv2d', filters: first.conv.outputShape[2] ?? 1, kernel: 1 },
]);

/** The self-check of question 7. */
export const CH14_07: SelfCheckSet = {
	page: 'ch14/07-fully-convolutional-networks',
	items: [
		{
			kind: 'number',
			id: 'first-dense',
			question: {
				id: `Lapisan dense pertama VGG-16 (${formatShape(trained.featureMap)} → ${N.id(first.dense.outputShape[0] ?? 0)}) diganti konvolusi. Berapa parameter konvolusi itu?`,
				en: `VGG-16’s first dense layer (${formatShape(trained.featureMap)} → ${N.en(first.dense.outputShape[0] ?? 0)}) is replaced by a convolution. How many parameters does that convolution have?`,
			},
			answer: first.conv.params,
			tolerance: 0,
			unit: { id: 'parameter', en: 'parameters' },
			explanation: {
				id: `Kernel ${kernel}×${kernel} seukuran petanya, satu filter per unit: ${working(first.conv, 'id')}, sama persis dengan dense: ${working(first.dense, 'id')}.`,
				en: `A ${kernel}×${kernel} kernel as large as the map, one filter per unit: ${working(first.conv, 'en')}, exactly the dense layer’s ${working(first.dense, 'en')}.`,
			},
		},
		{
			kind: 'number',
			id: 'grid',
			question: {
				id: `Jaringan hasil konversi diberi gambar ${LARGE}×${LARGE}. Berapa posisi prediksi di setiap sisi grid outputnya?`,
				en: `The converted network is fed a ${LARGE}×${LARGE} image. How many prediction positions does its output grid have along each side?`,
			},
			answer: grid,
			tolerance: 0,
			explanation: {
				id: `Bagian konvolusinya membagi ${large.stride}: ${LARGE} / ${large.stride} = ${map}, lalu kernel ${kernel}×${kernel} “valid”: ${map} − ${kernel} + 1 = ${grid}, jadi grid ${grid}×${grid}.`,
				en: `The convolutional part divides by ${large.stride}: ${LARGE} / ${large.stride} = ${map}, then the ${kernel}×${kernel} “valid” kernel: ${map} − ${kernel} + 1 = ${grid}, an ${grid}×${grid} grid.`,
			},
		},
		{
			kind: 'choice',
			id: 'one-by-one',
			question: {
				id: 'Catatan bilang dense bisa diganti konvolusi 1×1. Untuk dense pertama VGG-16, apa yang terjadi?',
				en: 'The notes say a dense layer can be replaced by a 1×1 convolution. For VGG-16’s first dense layer, what happens?',
			},
			options: [
				{
					text: {
						id: 'Benar, parameternya sama.',
						en: 'It works, with the same parameters.',
					},
					why: {
						id: `Konvolusi 1×1 itu hanya punya ${working(pointwise, 'id')} parameter.`,
						en: `That 1×1 convolution has only ${working(pointwise, 'en')} parameters.`,
					},
				},
				{
					text: {
						id: 'Benar asalkan padding-nya “same”.',
						en: 'It works as long as the padding is “same”.',
					},
					why: {
						id: 'Padding tidak mengubah apa-apa untuk kernel 1×1: setiap output tetap melihat satu posisi.',
						en: 'Padding changes nothing for a 1×1 kernel: each output still sees one position.',
					},
				},
				{
					text: {
						id: 'Benar asalkan stride-nya 7.',
						en: 'It works if the stride is 7.',
					},
					why: {
						id: 'Maka hanya 1 dari 49 posisi yang terbaca; kernelnya harus 7×7.',
						en: 'Then only 1 of the 49 positions is read; the kernel must be 7×7.',
					},
				},
				{
					text: {
						id: `Salah: 1×1 memproses tiap posisi sendiri dan menghasilkan peta ${formatShape(pointwise.outputShape)}.`,
						en: `It is wrong: a 1×1 kernel handles each position alone and outputs a ${formatShape(pointwise.outputShape)} map.`,
					},
					why: {
						id: '1×1 hanya cocok untuk lapisan dense sesudahnya, yang inputnya sudah 1×1.',
						en: '1×1 fits only the dense layers after it, whose input is already 1×1.',
					},
					correct: true,
				},
			],
		},
		{
			kind: 'choice',
			id: 'any-size',
			question: {
				id: 'Mengapa FCN menerima gambar berukuran berapa pun (di atas batas minimum)?',
				en: 'Why does an FCN accept images of any size (above a minimum)?',
			},
			options: [
				{
					text: {
						id: 'Ia mengubah ukuran gambar menjadi 224×224 dulu.',
						en: 'It resizes every image to 224×224 first.',
					},
					why: {
						id: 'Tidak ada langkah itu; output grid justru tumbuh dengan gambarnya.',
						en: 'There is no such step; the output grid grows with the image instead.',
					},
				},
				{
					text: {
						id: 'Tidak ada bobot yang terikat pada ukuran input.',
						en: 'No weight is tied to the input size.',
					},
					why: {
						id: 'Filter yang sama digeser ke setiap posisi, jadi gambar lebih besar hanya memberi grid lebih besar.',
						en: 'The same filters slide over every position, so a larger image just gives a larger grid.',
					},
					correct: true,
				},
				{
					text: {
						id: 'Ia tidak punya lapisan pooling.',
						en: 'It has no pooling layers.',
					},
					why: {
						id: 'FCN boleh punya pooling; VGG-16 hasil konversi punya lima.',
						en: 'An FCN may pool; the converted VGG-16 has five pooling layers.',
					},
				},
				{
					text: {
						id: 'Ia memakai kernel 1×1 saja.',
						en: 'It uses only 1×1 kernels.',
					},
					why: {
						id: 'FCN memakai kernel apa pun; yang penting tidak ada lapisan dense.',
						en: 'An FCN uses kernels of any size; what matters is that it has no dense layer.',
					},
				},
			],
		},
	],
};
