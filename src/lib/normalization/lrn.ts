/**
 * Local response normalization across channels at one pixel position, in the form of the AlexNet
 * paper (Krizhevsky et al., 2012) that question 5 explains:
 *
 *   b_i = a_i / (k + α · Σ_{j = max(0, i − r)}^{min(N − 1, i + r)} a_j²)^β,   r = ⌊n / 2⌋.
 *
 * n is the paper's window size (the number of maps summed); r is what TensorFlow calls
 * `depth_radius`. With an odd n, as in AlexNet (n = 5, r = 2), the window holds exactly n maps.
 * α is not divided by n (PyTorch's `LocalResponseNorm` does divide it).
 */

/** The four hyperparameters, named as in the paper and on the page. */
export interface LrnParams {
	/** Window size n: maps in one sum, the map itself included. */
	readonly n: number;
	/** Bias k. */
	readonly k: number;
	readonly alpha: number;
	readonly beta: number;
}

/** AlexNet's values, the widget's defaults: k = 2, n = 5, α = 10⁻⁴, β = 0.75. */
export const ALEXNET_LRN: LrnParams = { n: 5, k: 2, alpha: 1e-4, beta: 0.75 };

/** TensorFlow's `depth_radius` for a paper window size n: r = ⌊n/2⌋ (n = 5 gives 2). */
export function depthRadius(n: number): number {
	return Math.floor(n / 2);
}

/** The paper's window size for a TensorFlow `depth_radius`: n = 2r + 1. */
export function windowSize(depthRadiusValue: number): number {
	return 2 * depthRadiusValue + 1;
}

/** The arithmetic of one output, kept step by step so the widget can print it with its numbers. */
export interface LrnTerm {
	/** First and last map in the sum (clipped at 0 and N − 1). */
	readonly low: number;
	readonly high: number;
	/** Σ a_j² over the window. */
	readonly sumSquares: number;
	/** k + α · Σ a_j². */
	readonly base: number;
	/** (k + α · Σ a_j²)^β. */
	readonly divisor: number;
	/** b_i = a_i / divisor. */
	readonly value: number;
}

/** The window [low, high] of map i among `channels` maps, for depth radius r. */
export function lrnWindow(i: number, channels: number, r: number): { low: number; high: number } {
	return { low: Math.max(0, i - r), high: Math.min(i + r, channels - 1) };
}

/** One output b_i with its intermediate numbers. */
export function lrnTerm(values: readonly number[], i: number, params: LrnParams): LrnTerm {
	const { low, high } = lrnWindow(i, values.length, depthRadius(params.n));
	let sumSquares = 0;
	for (let j = low; j <= high; j++) sumSquares += (values[j] ?? 0) ** 2;
	const base = params.k + params.alpha * sumSquares;
	const divisor = base ** params.beta;
	const a = values[i] ?? 0;
	// A zero base (k = 0 and an all-zero window) has a zero numerator too: the output is 0.
	const value = divisor === 0 ? 0 : a / divisor;
	return { low, high, sumSquares, base, divisor, value };
}

/** LRN of every map at one position. */
export function lrn(values: readonly number[], params: LrnParams): number[] {
	return values.map((_, i) => lrnTerm(values, i, params).value);
}
