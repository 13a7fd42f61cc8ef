/**
 * The layers the lab trains, each with a forward and a backward pass over a batch of examples
 * stored channels last (NHWC, Keras's layout, so weights match Keras and TensorFlow.js one for
 * one). Every op owns its output and input-gradient buffers and grows them only when the batch
 * grows, so a training step allocates nothing per example. The loops run directly over
 * `Float32Array`s: with kernels this small (3×3, a few channels), a direct convolution that skips
 * zero inputs (ReLU outputs, the images' black background) and zero gradients (behind a max
 * pool) beats im2col plus a matrix product, and needs no extra buffer.
 */

/** A trainable tensor and its gradient, in Keras's layout (conv kernels `[kh, kw, in, out]`). */
export interface Param {
	/** Keras-style: `conv2d/kernel`, `dense_1/bias`. */
	readonly name: string;
	readonly shape: readonly number[];
	readonly value: Float32Array;
	/** The gradient of the loss with respect to `value`, summed into by `backward`. */
	readonly grad: Float32Array;
}

/** One step of the network's chain; a layer becomes one op, or two with a fused activation. */
export interface Op {
	readonly kind: string;
	/** Values per example in its input and its output. */
	readonly inSize: number;
	readonly outSize: number;
	/** Its output's shape without the batch axis (`[H, W, C]` or `[N]`). */
	readonly outShape: readonly number[];
	readonly params: readonly Param[];
	/**
	 * Computes `batch` outputs from `input` (at least `batch × inSize` values) and returns its
	 * output buffer (at least `batch × outSize`; the op may reuse it on the next call, and a
	 * view-like op such as flatten returns its input). `training` turns dropout on.
	 */
	forward(input: Float32Array, batch: number, training: boolean): Float32Array;
	/**
	 * Given the gradient of the loss with respect to the last forward's output, adds the
	 * parameters' gradients into `Param.grad` and returns the gradient with respect to the input,
	 * or nothing when `needInput` is false (the first layer: no one reads it).
	 */
	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined;
}

/** A buffer of at least `size` values: `buffer` itself if it is large enough. */
function ensure(buffer: Float32Array, size: number): Float32Array {
	return buffer.length >= size ? buffer : new Float32Array(size);
}

/** An empty buffer, replaced by `ensure` on first use. */
const EMPTY: Float32Array = new Float32Array(0);

/** Height and width, as in the engine. */
export type Pair2 = readonly [number, number];

/** Where a sliding window starts: the padding before the first row and column. */
export interface Window {
	readonly inShape: readonly [number, number, number];
	readonly outShape: readonly [number, number, number];
	readonly kernel: Pair2;
	readonly strides: Pair2;
	/** Rows above and columns left of the input that the window may cover (zeros or ignored). */
	readonly padBefore: Pair2;
}

function makeParam(name: string, shape: readonly number[]): Param {
	const size = shape.reduce((a, b) => a * b, 1);
	return { name, shape, value: new Float32Array(size), grad: new Float32Array(size) };
}

/**
 * The input index each patch value reads, per output position and kernel entry (`-1`: padding),
 * computed once per layer so the forward pass (im2col) and the backward pass (col2im) share it.
 */
function patchIndex(geometry: Window): Int32Array {
	const [h, w, c] = geometry.inShape;
	const [oh, ow] = geometry.outShape;
	const [kh, kw] = geometry.kernel;
	const [sh, sw] = geometry.strides;
	const [ph, pw] = geometry.padBefore;
	const k = kh * kw * c;
	const index = new Int32Array(oh * ow * k);
	let at = 0;
	for (let oy = 0; oy < oh; oy++)
		for (let ox = 0; ox < ow; ox++)
			for (let ky = 0; ky < kh; ky++)
				for (let kx = 0; kx < kw; kx++) {
					const iy = oy * sh + ky - ph;
					const ix = ox * sw + kx - pw;
					const inside = iy >= 0 && iy < h && ix >= 0 && ix < w;
					for (let ci = 0; ci < c; ci++) index[at++] = inside ? (iy * w + ix) * c + ci : -1;
				}
	return index;
}

/**
 * A 2-D convolution, kernel `[kh, kw, C, F]`, bias `[F]`; groups and dilation are not supported.
 * The forward pass copies each position's patch into a row (im2col, kept for the backward pass)
 * and takes dot products with the filters, eight at a time, so the sums stay in registers and each
 * patch value is loaded once for eight filters; zero inputs (a ReLU's, the images' background)
 * are skipped. The backward pass skips the zero gradients a max pool and a ReLU leave behind.
 */
export class Conv2D implements Op {
	readonly kind = 'conv2d';
	readonly inSize: number;
	readonly outSize: number;
	readonly outShape: readonly number[];
	readonly params: readonly Param[];
	readonly kernel: Param;
	readonly bias: Param | undefined;
	readonly name: string;
	readonly geometry: Window;
	/** Output positions per example, values per patch, filters. */
	private readonly positions: number;
	private readonly patch: number;
	private readonly filters: number;
	private readonly index: Int32Array;
	/** The kernel transposed to `[F, K]`, refreshed each forward pass. */
	private readonly transposed: Float32Array;
	/** The kernel gradient in `[F, K]` order, added to `kernel.grad` at the end of backward. */
	private readonly gradT: Float32Array;
	private readonly gradPatch: Float32Array;
	/** Zeros, read in place of the bias by a layer without one. */
	private readonly noBias: Float32Array;
	private columns: Float32Array = EMPTY;
	private output: Float32Array = EMPTY;
	private gradIn: Float32Array = EMPTY;

	constructor(name: string, geometry: Window, useBias: boolean) {
		this.name = name;
		this.geometry = geometry;
		const [h, w, c] = geometry.inShape;
		const [oh, ow, f] = geometry.outShape;
		this.inSize = h * w * c;
		this.outSize = oh * ow * f;
		this.outShape = geometry.outShape;
		this.positions = oh * ow;
		this.patch = geometry.kernel[0] * geometry.kernel[1] * c;
		this.filters = f;
		this.index = patchIndex(geometry);
		this.transposed = new Float32Array(this.patch * f);
		this.gradT = new Float32Array(this.patch * f);
		this.gradPatch = new Float32Array(this.patch);
		this.kernel = makeParam(`${name}/kernel`, [geometry.kernel[0], geometry.kernel[1], c, f]);
		this.bias = useBias ? makeParam(`${name}/bias`, [f]) : undefined;
		this.noBias = new Float32Array(f);
		this.params = this.bias ? [this.kernel, this.bias] : [this.kernel];
	}

	forward(input: Float32Array, batch: number): Float32Array {
		const { positions, patch, filters, index, transposed } = this;
		const out = (this.output = ensure(this.output, batch * this.outSize));
		const cols = (this.columns = ensure(this.columns, batch * positions * patch));
		const weights = this.kernel.value;
		for (let k = 0; k < patch; k++)
			for (let f = 0; f < filters; f++) transposed[f * patch + k] = weights[k * filters + f] ?? 0;
		// Zeros stand in for a missing bias, so the loop below reads one array either way: an
		// optional read there (`bias?.[f] ?? 0`) made the first layer's forward pass 1.5 times
		// slower (measured with the book preset).
		const bias = this.bias?.value ?? this.noBias;
		const perExample = positions * patch;
		for (let b = 0; b < batch; b++) {
			const inBase = b * this.inSize;
			const colBase = b * perExample;
			for (let i = 0; i < perExample; i++) {
				const at = index[i] ?? -1;
				cols[colBase + i] = at < 0 ? 0 : (input[inBase + at] ?? 0);
			}
		}
		const rows = batch * positions;
		for (let r = 0; r < rows; r++) {
			const row = r * patch;
			const o = r * filters;
			let f = 0;
			for (; f + 8 <= filters; f += 8) {
				const w0 = f * patch;
				let s0 = 0;
				let s1 = 0;
				let s2 = 0;
				let s3 = 0;
				let s4 = 0;
				let s5 = 0;
				let s6 = 0;
				let s7 = 0;
				for (let k = 0; k < patch; k++) {
					const a = cols[row + k] ?? 0;
					if (a === 0) continue;
					const w = w0 + k;
					s0 += a * (transposed[w] ?? 0);
					s1 += a * (transposed[w + patch] ?? 0);
					s2 += a * (transposed[w + 2 * patch] ?? 0);
					s3 += a * (transposed[w + 3 * patch] ?? 0);
					s4 += a * (transposed[w + 4 * patch] ?? 0);
					s5 += a * (transposed[w + 5 * patch] ?? 0);
					s6 += a * (transposed[w + 6 * patch] ?? 0);
					s7 += a * (transposed[w + 7 * patch] ?? 0);
				}
				const at = o + f;
				out[at] = s0 + (bias[f] ?? 0);
				out[at + 1] = s1 + (bias[f + 1] ?? 0);
				out[at + 2] = s2 + (bias[f + 2] ?? 0);
				out[at + 3] = s3 + (bias[f + 3] ?? 0);
				out[at + 4] = s4 + (bias[f + 4] ?? 0);
				out[at + 5] = s5 + (bias[f + 5] ?? 0);
				out[at + 6] = s6 + (bias[f + 6] ?? 0);
				out[at + 7] = s7 + (bias[f + 7] ?? 0);
			}
			for (; f + 4 <= filters; f += 4) {
				const w0 = f * patch;
				const w1 = w0 + patch;
				const w2 = w1 + patch;
				const w3 = w2 + patch;
				let s0 = 0;
				let s1 = 0;
				let s2 = 0;
				let s3 = 0;
				for (let k = 0; k < patch; k++) {
					const a = cols[row + k] ?? 0;
					s0 += a * (transposed[w0 + k] ?? 0);
					s1 += a * (transposed[w1 + k] ?? 0);
					s2 += a * (transposed[w2 + k] ?? 0);
					s3 += a * (transposed[w3 + k] ?? 0);
				}
				out[o + f] = s0 + (bias[f] ?? 0);
				out[o + f + 1] = s1 + (bias[f + 1] ?? 0);
				out[o + f + 2] = s2 + (bias[f + 2] ?? 0);
				out[o + f + 3] = s3 + (bias[f + 3] ?? 0);
			}
			for (; f < filters; f++) {
				const w0 = f * patch;
				let s = 0;
				for (let k = 0; k < patch; k++) s += (cols[row + k] ?? 0) * (transposed[w0 + k] ?? 0);
				out[o + f] = s + (bias[f] ?? 0);
			}
		}
		return out;
	}

	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined {
		const { positions, patch, filters, index, transposed, gradT, gradPatch } = this;
		const cols = this.columns;
		const dB = this.bias?.grad;
		gradT.fill(0);
		let dIn: Float32Array | undefined;
		if (needInput) {
			dIn = this.gradIn = ensure(this.gradIn, batch * this.inSize);
			dIn.fill(0, 0, batch * this.inSize);
		}
		for (let b = 0; b < batch; b++) {
			const inBase = b * this.inSize;
			for (let p = 0; p < positions; p++) {
				const r = b * positions + p;
				const g = r * filters;
				const row = r * patch;
				let any = false;
				for (let f = 0; f < filters; f++) {
					const d = gradOut[g + f] ?? 0;
					if (d === 0) continue;
					if (!any && dIn) gradPatch.fill(0);
					any = true;
					if (dB) dB[f] = (dB[f] ?? 0) + d;
					const w = f * patch;
					for (let k = 0; k < patch; k++)
						gradT[w + k] = (gradT[w + k] ?? 0) + d * (cols[row + k] ?? 0);
					if (dIn)
						for (let k = 0; k < patch; k++)
							gradPatch[k] = (gradPatch[k] ?? 0) + d * (transposed[w + k] ?? 0);
				}
				if (!any || !dIn) continue;
				const at = p * patch;
				for (let k = 0; k < patch; k++) {
					const i = index[at + k] ?? -1;
					if (i >= 0) dIn[inBase + i] = (dIn[inBase + i] ?? 0) + (gradPatch[k] ?? 0);
				}
			}
		}
		const dW = this.kernel.grad;
		for (let k = 0; k < patch; k++)
			for (let f = 0; f < filters; f++)
				dW[k * filters + f] = (dW[k * filters + f] ?? 0) + (gradT[f * patch + k] ?? 0);
		return dIn;
	}
}

/**
 * Every output position's pooling window, clipped to the input, as four numbers per position
 * (first row, row past the last, first column, column past the last), in output order. Computed
 * once per layer: the forward pass and the backward pass of average pooling walk the same windows,
 * and a window reaching into "same" padding covers only the real values, as TensorFlow's does.
 */
export function poolWindows(geometry: Window): Int32Array {
	const [h, w] = geometry.inShape;
	const [oh, ow] = geometry.outShape;
	const [kh, kw] = geometry.kernel;
	const [sh, sw] = geometry.strides;
	const [ph, pw] = geometry.padBefore;
	const windows = new Int32Array(oh * ow * 4);
	let i = 0;
	for (let oy = 0; oy < oh; oy++)
		for (let ox = 0; ox < ow; ox++) {
			windows[i++] = Math.max(oy * sh - ph, 0);
			windows[i++] = Math.min(oy * sh - ph + kh, h);
			windows[i++] = Math.max(ox * sw - pw, 0);
			windows[i++] = Math.min(ox * sw - pw + kw, w);
		}
	return windows;
}

/**
 * Max or average pooling per channel. Windows that reach into "same" padding ignore it, as
 * TensorFlow does: a max over the real values, an average divided by how many there are.
 */
export class Pool2D implements Op {
	readonly inSize: number;
	readonly outSize: number;
	readonly outShape: readonly number[];
	readonly params: readonly Param[] = [];
	private output: Float32Array = EMPTY;
	private gradIn: Float32Array = EMPTY;
	/** Max: the input index each output came from. Average: unused. */
	private argmax = new Int32Array(0);
	/** Each output position's window, clipped to the input: `y0, y1, x0, x1` (see `poolWindows`). */
	private readonly windows: Int32Array;

	readonly kind: 'maxPool2d' | 'avgPool2d';
	readonly geometry: Window;

	constructor(kind: 'maxPool2d' | 'avgPool2d', geometry: Window) {
		this.kind = kind;
		this.geometry = geometry;
		const [h, w, c] = geometry.inShape;
		const [oh, ow] = geometry.outShape;
		this.inSize = h * w * c;
		this.outSize = oh * ow * c;
		this.outShape = geometry.outShape;
		this.windows = poolWindows(geometry);
	}

	forward(input: Float32Array, batch: number): Float32Array {
		const out = (this.output = ensure(this.output, batch * this.outSize));
		const isMax = this.kind === 'maxPool2d';
		if (isMax && this.argmax.length < batch * this.outSize)
			this.argmax = new Int32Array(batch * this.outSize);
		const argmax = this.argmax;
		const windows = this.windows;
		const positions = windows.length / 4;
		const [, w, c] = this.geometry.inShape;
		for (let b = 0; b < batch; b++) {
			const inBase = b * this.inSize;
			let o = b * this.outSize;
			for (let p = 0; p < positions; p++) {
				const y0 = windows[4 * p] ?? 0;
				const y1 = windows[4 * p + 1] ?? 0;
				const x0 = windows[4 * p + 2] ?? 0;
				const x1 = windows[4 * p + 3] ?? 0;
				for (let ci = 0; ci < c; ci++, o++) {
					if (isMax) {
						let best = -Infinity;
						let where = -1;
						for (let y = y0; y < y1; y++)
							for (let x = x0; x < x1; x++) {
								const at = inBase + (y * w + x) * c + ci;
								const v = input[at] ?? 0;
								if (v > best) {
									best = v;
									where = at;
								}
							}
						out[o] = best;
						argmax[o] = where;
					} else {
						let sum = 0;
						for (let y = y0; y < y1; y++)
							for (let x = x0; x < x1; x++) sum += input[inBase + (y * w + x) * c + ci] ?? 0;
						out[o] = sum / ((y1 - y0) * (x1 - x0));
					}
				}
			}
		}
		return out;
	}

	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined {
		if (!needInput) return undefined;
		const dIn = (this.gradIn = ensure(this.gradIn, batch * this.inSize));
		dIn.fill(0, 0, batch * this.inSize);
		if (this.kind === 'maxPool2d') {
			const argmax = this.argmax;
			for (let o = 0; o < batch * this.outSize; o++) {
				const from = argmax[o] ?? 0;
				dIn[from] = (dIn[from] ?? 0) + (gradOut[o] ?? 0);
			}
			return dIn;
		}
		const windows = this.windows;
		const positions = windows.length / 4;
		const [, w, c] = this.geometry.inShape;
		for (let b = 0; b < batch; b++) {
			const inBase = b * this.inSize;
			let o = b * this.outSize;
			for (let p = 0; p < positions; p++) {
				const y0 = windows[4 * p] ?? 0;
				const y1 = windows[4 * p + 1] ?? 0;
				const x0 = windows[4 * p + 2] ?? 0;
				const x1 = windows[4 * p + 3] ?? 0;
				const share = 1 / ((y1 - y0) * (x1 - x0));
				for (let ci = 0; ci < c; ci++, o++) {
					const g = (gradOut[o] ?? 0) * share;
					for (let y = y0; y < y1; y++)
						for (let x = x0; x < x1; x++) {
							const at = inBase + (y * w + x) * c + ci;
							dIn[at] = (dIn[at] ?? 0) + g;
						}
				}
			}
		}
		return dIn;
	}
}

/** A fully connected layer on a vector: kernel `[in, units]`, bias `[units]`, as in Keras. */
export class Dense implements Op {
	readonly kind = 'dense';
	readonly outShape: readonly number[];
	readonly params: readonly Param[];
	readonly kernel: Param;
	readonly bias: Param | undefined;
	private input: Float32Array = EMPTY;
	private output: Float32Array = EMPTY;
	private gradIn: Float32Array = EMPTY;

	readonly name: string;
	readonly inSize: number;
	readonly outSize: number;

	/** The kernel transposed to `[units, in]`, so each output is one contiguous dot product. */
	private readonly transposed: Float32Array;
	/** Zeros, read in place of the bias by a layer without one. */
	private readonly noBias: Float32Array;

	constructor(name: string, inSize: number, outSize: number, useBias: boolean) {
		this.name = name;
		this.inSize = inSize;
		this.outSize = outSize;
		this.transposed = new Float32Array(inSize * outSize);
		this.outShape = [outSize];
		this.kernel = makeParam(`${name}/kernel`, [inSize, outSize]);
		this.bias = useBias ? makeParam(`${name}/bias`, [outSize]) : undefined;
		this.noBias = new Float32Array(outSize);
		this.params = this.bias ? [this.kernel, this.bias] : [this.kernel];
	}

	forward(input: Float32Array, batch: number): Float32Array {
		this.input = input;
		const n = this.inSize;
		const u = this.outSize;
		const out = (this.output = ensure(this.output, batch * u));
		const weights = this.kernel.value;
		const transposed = this.transposed;
		for (let i = 0; i < n; i++)
			for (let j = 0; j < u; j++) transposed[j * n + i] = weights[i * u + j] ?? 0;
		const bias = this.bias?.value ?? this.noBias;
		for (let b = 0; b < batch; b++) {
			const x = b * n;
			const o = b * u;
			for (let j = 0; j < u; j++) {
				const w = j * n;
				let s = bias[j] ?? 0;
				for (let i = 0; i < n; i++) s += (input[x + i] ?? 0) * (transposed[w + i] ?? 0);
				out[o + j] = s;
			}
		}
		return out;
	}

	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined {
		const n = this.inSize;
		const u = this.outSize;
		const input = this.input;
		const weights = this.kernel.value;
		const dW = this.kernel.grad;
		const dB = this.bias?.grad;
		const dIn = needInput ? (this.gradIn = ensure(this.gradIn, batch * n)) : undefined;
		for (let b = 0; b < batch; b++) {
			const g = b * u;
			if (dB) for (let j = 0; j < u; j++) dB[j] = (dB[j] ?? 0) + (gradOut[g + j] ?? 0);
			for (let i = 0, row = 0; i < n; i++, row += u) {
				const a = input[b * n + i] ?? 0;
				if (a !== 0)
					for (let j = 0; j < u; j++) dW[row + j] = (dW[row + j] ?? 0) + a * (gradOut[g + j] ?? 0);
				if (dIn) {
					let sum = 0;
					for (let j = 0; j < u; j++) sum += (gradOut[g + j] ?? 0) * (weights[row + j] ?? 0);
					dIn[b * n + i] = sum;
				}
			}
		}
		return dIn;
	}
}

/** max(0, x), element-wise; its gradient passes where the output is positive. */
export class Relu implements Op {
	readonly kind = 'relu';
	readonly params: readonly Param[] = [];
	readonly inSize: number;
	readonly outSize: number;
	private output: Float32Array = EMPTY;
	private gradIn: Float32Array = EMPTY;

	readonly outShape: readonly number[];

	constructor(outShape: readonly number[]) {
		this.outShape = outShape;
		this.inSize = this.outSize = outShape.reduce((a, b) => a * b, 1);
	}

	forward(input: Float32Array, batch: number): Float32Array {
		const size = batch * this.outSize;
		const out = (this.output = ensure(this.output, size));
		for (let i = 0; i < size; i++) {
			const v = input[i] ?? 0;
			out[i] = v > 0 ? v : 0;
		}
		return out;
	}

	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined {
		if (!needInput) return undefined;
		const size = batch * this.outSize;
		const dIn = (this.gradIn = ensure(this.gradIn, size));
		const out = this.output;
		for (let i = 0; i < size; i++) dIn[i] = (out[i] ?? 0) > 0 ? (gradOut[i] ?? 0) : 0;
		return dIn;
	}
}

/**
 * Softmax over each example's vector. When it ends the network the loss fuses with it (see
 * `network.ts`) and its own backward is not used; it is kept general for the tests.
 */
export class Softmax implements Op {
	readonly kind = 'softmax';
	readonly params: readonly Param[] = [];
	readonly inSize: number;
	readonly outSize: number;
	readonly outShape: readonly number[];
	private output: Float32Array = EMPTY;
	private gradIn: Float32Array = EMPTY;

	constructor(size: number) {
		this.inSize = this.outSize = size;
		this.outShape = [size];
	}

	forward(input: Float32Array, batch: number): Float32Array {
		const n = this.outSize;
		const out = (this.output = ensure(this.output, batch * n));
		for (let b = 0; b < batch; b++) {
			const o = b * n;
			let max = -Infinity;
			for (let j = 0; j < n; j++) max = Math.max(max, input[o + j] ?? 0);
			let sum = 0;
			for (let j = 0; j < n; j++) sum += out[o + j] = Math.exp((input[o + j] ?? 0) - max);
			for (let j = 0; j < n; j++) out[o + j] = (out[o + j] ?? 0) / sum;
		}
		return out;
	}

	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined {
		if (!needInput) return undefined;
		const n = this.outSize;
		const p = this.output;
		const dIn = (this.gradIn = ensure(this.gradIn, batch * n));
		for (let b = 0; b < batch; b++) {
			const o = b * n;
			let dot = 0;
			for (let j = 0; j < n; j++) dot += (gradOut[o + j] ?? 0) * (p[o + j] ?? 0);
			for (let j = 0; j < n; j++) dIn[o + j] = (p[o + j] ?? 0) * ((gradOut[o + j] ?? 0) - dot);
		}
		return dIn;
	}
}

/**
 * Inverted dropout, as in Keras: while training, each value is zeroed with probability `rate` and
 * the rest scaled by 1 / (1 − rate); at inference it is the identity.
 */
export class Dropout implements Op {
	readonly kind = 'dropout';
	readonly params: readonly Param[] = [];
	readonly inSize: number;
	readonly outSize: number;
	private output: Float32Array = EMPTY;
	private gradIn: Float32Array = EMPTY;
	private mask: Float32Array = EMPTY;
	private active = false;

	readonly outShape: readonly number[];
	readonly rate: number;
	private readonly uniform: () => number;

	constructor(outShape: readonly number[], rate: number, uniform: () => number) {
		this.outShape = outShape;
		this.rate = rate;
		this.uniform = uniform;
		this.inSize = this.outSize = outShape.reduce((a, b) => a * b, 1);
	}

	forward(input: Float32Array, batch: number, training: boolean): Float32Array {
		this.active = training && this.rate > 0;
		if (!this.active) return input;
		const size = batch * this.outSize;
		const out = (this.output = ensure(this.output, size));
		const mask = (this.mask = ensure(this.mask, size));
		const keep = 1 / (1 - this.rate);
		for (let i = 0; i < size; i++) {
			const m = this.uniform() < this.rate ? 0 : keep;
			mask[i] = m;
			out[i] = (input[i] ?? 0) * m;
		}
		return out;
	}

	backward(gradOut: Float32Array, batch: number, needInput: boolean): Float32Array | undefined {
		if (!needInput) return undefined;
		if (!this.active) return gradOut;
		const size = batch * this.outSize;
		const dIn = (this.gradIn = ensure(this.gradIn, size));
		for (let i = 0; i < size; i++) dIn[i] = (gradOut[i] ?? 0) * (this.mask[i] ?? 0);
		return dIn;
	}
}

/** Flattens `[H, W, C]` to `[H·W·C]`: channels last, the values are already in order. */
export class Flatten implements Op {
	readonly kind = 'flatten';
	readonly params: readonly Param[] = [];
	readonly inSize: number;
	readonly outSize: number;
	readonly outShape: readonly number[];

	constructor(inShape: readonly number[]) {
		this.inSize = this.outSize = inShape.reduce((a, b) => a * b, 1);
		this.outShape = [this.outSize];
	}

	forward(input: Float32Array): Float32Array {
		return input;
	}

	backward(gradOut: Float32Array, _batch: number, needInput: boolean): Float32Array | undefined {
		return needInput ? gradOut : undefined;
	}
}
