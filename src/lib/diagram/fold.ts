import type { LayerSummary, LayerType } from '../cnn/index.ts';

/**
 * One box of a diagram: a layer plus the layers folded into it. A diagram that drew batch
 * normalisation and every ReLU as a box of its own would be three times taller and hide the
 * structure that matters (the branches of an Inception module, the skip of a residual unit), so
 * those layers become tags of the layer they follow.
 */
export interface FoldedNode {
	/** Name of the first layer, which is the node's id. */
	readonly id: string;
	/** Summary row indices, the main layer first, then the folded ones in order. */
	readonly indices: readonly [main: number, ...folded: number[]];
	/** Ids of the nodes (or `"input"`) the main layer reads. */
	readonly inputs: readonly string[];
}

/** Layers that never change the structure and read best as tags of the layer before them. */
const FOLDABLE: ReadonlySet<LayerType> = new Set<LayerType>(['batchNorm', 'activation', 'lrn']);

/**
 * Folds batch normalisation, activation and LRN layers into the layer they directly follow, when
 * that layer feeds nothing else and both belong to the same group (`groupOf`, e.g. the same
 * residual unit), so that no box straddles two stages.
 */
export function foldLayers(
	layers: readonly LayerSummary[],
	groupOf: (index: number) => string = () => '',
): FoldedNode[] {
	const consumers = new Map<string, number>();
	for (const row of layers) {
		for (const name of row.inputs) consumers.set(name, (consumers.get(name) ?? 0) + 1);
	}
	const nodeOf = new Map<string, string>([['input', 'input']]);
	const nodes: { id: string; indices: [number, ...number[]]; inputs: readonly string[] }[] = [];
	layers.forEach((row, index) => {
		const previous = layers[index - 1];
		const last = nodes[nodes.length - 1];
		const folds =
			previous !== undefined &&
			last !== undefined &&
			FOLDABLE.has(row.type) &&
			row.inputs.length === 1 &&
			row.inputs[0] === previous.name &&
			consumers.get(previous.name) === 1 &&
			groupOf(index) === groupOf(index - 1);
		if (folds) {
			last.indices.push(index);
			nodeOf.set(row.name, last.id);
			return;
		}
		nodes.push({ id: row.name, indices: [index], inputs: row.inputs });
		nodeOf.set(row.name, row.name);
	});
	return nodes.map((node) => ({
		...node,
		inputs: node.inputs.map((name) => nodeOf.get(name) ?? name),
	}));
}
