import type { LayerType, Summary } from '../cnn/index.ts';
import { layerRow } from '../cnn/read.ts';

/**
 * Layers with weights that transform features: they count towards a network's depth, and the
 * diagrams draw them in the accent colour, so both agree on what a "layer" of a paper is.
 */
export const WEIGHTED: ReadonlySet<LayerType> = new Set<LayerType>([
	'conv2d',
	'depthwiseConv2d',
	'separableConv2d',
	'conv2dTranspose',
	'dense',
]);

/**
 * A network's depth as papers quote it (ResNet-50 is 50, GoogLeNet 22): the largest number of
 * layers with weights on one path from the input to the output. Pooling, normalisation and
 * activations do not count, parallel branches count once, and the small dense layers of a
 * squeeze-and-excitation gate do not count either: the gate is the vector input of a `multiply`
 * that rescales a feature map, not a step of the path the features take.
 */
export function weightedDepth(s: Summary): number {
	const depth = new Map<string, number>([['input', 0]]);
	for (const i of s.order) {
		const row = layerRow(s, i);
		const rank = row.outputShape.length;
		const inputs = row.inputs.filter(
			(_, k) => row.type !== 'multiply' || (row.inputShapes[k]?.length ?? rank) === rank,
		);
		const before = Math.max(0, ...inputs.map((name) => depth.get(name) ?? 0));
		depth.set(row.name, before + (WEIGHTED.has(row.type) ? 1 : 0));
	}
	return Math.max(0, ...s.outputs.map((name) => depth.get(name) ?? 0));
}
