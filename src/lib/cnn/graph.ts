import { CnnError, entry } from './errors.ts';
import { RULES } from './layers/index.ts';
import type { Layer } from './types.ts';

/** The resolved wiring of a model: who reads whom, and an order in which to compute them. */
export interface Graph {
	/** Per layer, the indices of the tensors it reads; -1 is the model input. */
	readonly sources: readonly (readonly number[])[];
	/** Layer indices such that every layer comes after its sources. */
	readonly order: readonly number[];
}

/**
 * Turns input names into indices, checks each layer gets as many inputs as it can take, and
 * orders the layers so each comes after what it reads. Layers may name later layers as inputs, so
 * the written order is not always a valid computation order, and cycles must be caught here.
 * `byName` maps every layer name to its index.
 */
export function resolveGraph(layers: readonly Layer[], byName: ReadonlyMap<string, number>): Graph {
	const sources = layers.map((layer) => {
		const count = layer.inputs.length;
		const merge = RULES[layer.type].merge;
		if (merge ? count < 2 : count !== 1) {
			throw new CnnError('wrong-input-count', {
				layer,
				field: 'inputs',
				params: { type: layer.type, expected: merge ? 'many' : 'one', count },
			});
		}
		const previous = layer.index === 0 ? 'input' : layers[layer.index - 1]?.name;
		if (count === 1 && layer.inputs[0] === previous) return [layer.index - 1];
		return layer.inputs.map((name) => {
			if (name === 'input') return -1;
			const source = byName.get(name);
			if (source === undefined) {
				throw new CnnError('unknown-input', { layer, field: 'inputs', params: { got: name } });
			}
			return source;
		});
	});
	// Written order works when every layer reads only tensors written before it.
	const ordered = sources.every((from, index) => from.every((source) => source < index));
	const order = ordered ? layers.map((layer) => layer.index) : topologicalOrder(layers, sources);
	return { sources, order };
}

/**
 * Depth-first post-order from each layer in written order, so the result stays as close to the
 * written order as the dependencies allow. Iterative, so a long chain cannot overflow the stack.
 */
function topologicalOrder(
	layers: readonly Layer[],
	sources: readonly (readonly number[])[],
): number[] {
	const DONE = 2;
	const state = new Uint8Array(layers.length);
	const order: number[] = [];
	const stack: number[] = [];
	const next: number[] = [];
	for (let root = 0; root < layers.length; root++) {
		if (state[root] === DONE) continue;
		stack.push(root);
		next.push(0);
		state[root] = 1;
		for (let top = stack.length - 1; top >= 0; top = stack.length - 1) {
			const node = entry(stack, top);
			const i = entry(next, top);
			const source = entry(sources, node)[i];
			if (source !== undefined) {
				next[top] = i + 1;
				if (source < 0 || state[source] === DONE) continue;
				if (state[source] === 1) throw cycle(layers, stack, source);
				state[source] = 1;
				stack.push(source);
				next.push(0);
			} else {
				state[node] = DONE;
				order.push(node);
				stack.pop();
				next.pop();
			}
		}
	}
	return order;
}

/**
 * Reports the cycle from the layer where it was found, in the direction data would flow:
 * a → b → … → a. `stack` runs from readers to what they read, so its tail is reversed.
 */
function cycle(layers: readonly Layer[], stack: readonly number[], start: number): CnnError {
	const loop = [start, ...stack.slice(stack.indexOf(start) + 1).reverse(), start];
	const path = loop.map((i) => entry(layers, i).name).join(' → ');
	return new CnnError('cycle', { layer: layers[start], field: 'inputs', params: { path } });
}
