/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed-array reads and writes in the numeric inner loops, at indices in range by construction; a defined() call or a ?? fallback per element would sit in the hot path */
import type { Param } from './ops.ts';

/**
 * Applies one update from the gradients in `Param.grad`. The two the lab offers follow
 * TensorFlow.js's formulas exactly (the tests hold them to it), so a reader who moves to Keras
 * sees the same learning rates behave the same way.
 */
export interface Optimizer {
	readonly name: 'sgd' | 'adam';
	step(params: readonly Param[]): void;
}

/** State kept per parameter tensor, created on the first step. */
function slots(params: readonly Param[], state: Map<Param, Float32Array>): Float32Array[] {
	return params.map((param) => {
		let slot = state.get(param);
		if (!slot) {
			slot = new Float32Array(param.value.length);
			state.set(param, slot);
		}
		return slot;
	});
}

/**
 * Stochastic gradient descent with momentum, as `tf.train.momentum`:
 * v ← μ·v + g, w ← w − η·v (with μ = 0, plain SGD). Keras's form, v ← μ·v − η·g, w ← w + v,
 * is the same update while η is constant.
 */
export function sgd(options: { learningRate: number; momentum?: number }): Optimizer {
	const { learningRate, momentum = 0 } = options;
	const velocity = new Map<Param, Float32Array>();
	return {
		name: 'sgd',
		step(params) {
			const vs = slots(params, velocity);
			params.forEach((param, k) => {
				const { value, grad } = param;
				const v = vs[k]!;
				for (let i = 0; i < value.length; i++) {
					const next = momentum * v[i]! + grad[i]!;
					v[i] = next;
					value[i]! -= learningRate * next;
				}
			});
		},
	};
}

/**
 * Adam, as `tf.train.adam`: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g²,
 * w ← w − η · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε), with TensorFlow.js's ε = 10⁻⁷.
 */
export function adam(
	options: { learningRate?: number; beta1?: number; beta2?: number; epsilon?: number } = {},
): Optimizer {
	const { learningRate = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-7 } = options;
	const first = new Map<Param, Float32Array>();
	const second = new Map<Param, Float32Array>();
	let t = 0;
	return {
		name: 'adam',
		step(params) {
			t += 1;
			const correction1 = 1 - beta1 ** t;
			const correction2 = 1 - beta2 ** t;
			const ms = slots(params, first);
			const vs = slots(params, second);
			params.forEach((param, k) => {
				const { value, grad } = param;
				const m = ms[k]!;
				const v = vs[k]!;
				for (let i = 0; i < value.length; i++) {
					const g = grad[i]!;
					const mi = (m[i] = beta1 * m[i]! + (1 - beta1) * g);
					const vi = (v[i] = beta2 * v[i]! + (1 - beta2) * g * g);
					value[i]! -=
						(learningRate * (mi / correction1)) / (Math.sqrt(vi / correction2) + epsilon);
				}
			});
		},
	};
}
/* eslint-enable @typescript-eslint/no-non-null-assertion -- end of the file-wide exception above */
