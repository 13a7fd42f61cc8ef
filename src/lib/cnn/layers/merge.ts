import { CnnError } from '../errors.ts';
import { formatShape, lastAxis, sizeOf } from '../shapes.ts';
import type { MergeLayer, Shape } from '../types.ts';
import { defineRule } from './rule.ts';

/* Layers that combine two or more tensors: residual additions, SE scaling, Inception joins. */

function sameShape(a: Shape, b: Shape): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function mismatch(layer: MergeLayer, inputs: readonly Shape[]): never {
	throw new CnnError('shape-mismatch', {
		layer,
		field: 'inputs',
		params: { type: layer.type, shapes: inputs.map(formatShape) },
	});
}

/** Element-wise sum of tensors of one shape, as in residual connections. */
export const add = defineRule<MergeLayer>({
	kerasName: 'add',
	fields: {},
	merge: true,
	infer(layer, inputs) {
		const first = inputs[0];
		for (const shape of inputs) if (!sameShape(shape, first)) mismatch(layer, inputs);
		return { shape: first, trainable: 0, nonTrainable: 0, macs: 0 };
	},
});

/** True when `small` is per-channel weights ([C] or 1×…×1×C) that broadcast over `full`. */
function perChannel(small: Shape, full: Shape): boolean {
	if (small.length > full.length || small[small.length - 1] !== full[full.length - 1]) return false;
	for (let i = 0; i < small.length - 1; i++) if (small[i] !== 1) return false;
	return true;
}

/**
 * Element-wise product. Inputs match, or one is per-channel ([C] or 1×1×C) and scales a full
 * H×W×C map, as squeeze-and-excitation blocks do.
 */
export const multiply = defineRule<MergeLayer>({
	kerasName: 'multiply',
	fields: {},
	merge: true,
	infer(layer, inputs) {
		let full = inputs[0];
		for (const shape of inputs) if (sizeOf(shape) > sizeOf(full)) full = shape;
		for (const shape of inputs) {
			if (!sameShape(shape, full) && !perChannel(shape, full)) mismatch(layer, inputs);
		}
		return { shape: full, trainable: 0, nonTrainable: 0, macs: 0 };
	},
});

/** Joins tensors along the last axis (channels); every other axis must agree. */
export const concat = defineRule<MergeLayer>({
	kerasName: 'concatenate',
	fields: {},
	merge: true,
	infer(layer, inputs) {
		const first = inputs[0];
		const last = first.length - 1;
		let channels = 0;
		for (const shape of inputs) {
			if (shape.length !== first.length) mismatch(layer, inputs);
			for (let i = 0; i < last; i++) if (shape[i] !== first[i]) mismatch(layer, inputs);
			channels += lastAxis(shape);
		}
		const shape = first.slice();
		shape[last] = channels;
		return { shape, trainable: 0, nonTrainable: 0, macs: 0 };
	},
});
