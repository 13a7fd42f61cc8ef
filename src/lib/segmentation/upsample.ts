import type { ScoreMap } from './maps.ts';

/**
 * Parameter-free upsampling of class scores back to the image size, the first recovery step of
 * question 8: nearest neighbour (each cell becomes a block) and bilinear interpolation.
 */

/** Nearest-neighbour upsampling to `size` (a multiple of the map's size): each cell is copied. */
export function upsampleNearest(map: ScoreMap, size: number): ScoreMap {
	const { classes } = map;
	const factor = size / map.size;
	const scores = new Float64Array(size * size * classes);
	for (let y = 0; y < size; y++) {
		const sy = Math.min(map.size - 1, Math.floor(y / factor));
		for (let x = 0; x < size; x++) {
			const sx = Math.min(map.size - 1, Math.floor(x / factor));
			for (let c = 0; c < classes; c++) {
				scores[(y * size + x) * classes + c] = map.scores[(sy * map.size + sx) * classes + c] ?? 0;
			}
		}
	}
	return { size, classes, scores };
}

/**
 * Where output pixel `i` samples the input along one axis, with half-pixel centres
 * (`align_corners=False`, the default of PyTorch's `interpolate` and TensorFlow's `resize`):
 * the two input indices and the weight of the second, clamped at the edges.
 */
export function bilinearTaps(
	i: number,
	inSize: number,
	outSize: number,
): { i0: number; i1: number; t: number } {
	const position = Math.max(0, (i + 0.5) * (inSize / outSize) - 0.5);
	const i0 = Math.min(inSize - 1, Math.floor(position));
	const i1 = Math.min(inSize - 1, i0 + 1);
	return { i0, i1, t: i1 === i0 ? 0 : position - i0 };
}

/** Bilinear upsampling of every class score to `size`. */
export function upsampleBilinear(map: ScoreMap, size: number): ScoreMap {
	const { classes } = map;
	const scores = new Float64Array(size * size * classes);
	const taps = Array.from({ length: size }, (_, i) => bilinearTaps(i, map.size, size));
	const read = (x: number, y: number, c: number) =>
		map.scores[(y * map.size + x) * classes + c] ?? 0;
	for (let y = 0; y < size; y++) {
		const ty = taps[y] ?? { i0: 0, i1: 0, t: 0 };
		for (let x = 0; x < size; x++) {
			const tx = taps[x] ?? { i0: 0, i1: 0, t: 0 };
			for (let c = 0; c < classes; c++) {
				const top = read(tx.i0, ty.i0, c) * (1 - tx.t) + read(tx.i1, ty.i0, c) * tx.t;
				const bottom = read(tx.i0, ty.i1, c) * (1 - tx.t) + read(tx.i1, ty.i1, c) * tx.t;
				scores[(y * size + x) * classes + c] = top * (1 - ty.t) + bottom * ty.t;
			}
		}
	}
	return { size, classes, scores };
}
