/**
 * The two kinds of square maps the segmentation demo passes around: a label map (one class per
 * pixel) and a score map (one score per class per pixel, e.g. the share of each class in a
 * block). Flat typed arrays keep a 64×64×4 map small and fast enough to recompute on every render.
 */

/** One class id per pixel, row by row. */
export interface LabelMap {
	readonly size: number;
	readonly labels: Uint8Array;
}

/** `classes` scores per pixel, row by row: `scores[(y · size + x) · classes + c]`. */
export interface ScoreMap {
	readonly size: number;
	readonly classes: number;
	readonly scores: Float64Array;
}

/** A label map of the given size from a function of (x, y). */
export function labelMap(size: number, label: (x: number, y: number) => number): LabelMap {
	const labels = new Uint8Array(size * size);
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) labels[y * size + x] = label(x, y);
	return { size, labels };
}

/** The label at (x, y). */
export function labelAt(map: LabelMap, x: number, y: number): number {
	return map.labels[y * map.size + x] ?? 0;
}

/** Each pixel's label as a one-hot score vector: the exact "probabilities" of the ground truth. */
export function oneHot(map: LabelMap, classes: number): ScoreMap {
	const scores = new Float64Array(map.labels.length * classes);
	map.labels.forEach((label, i) => {
		scores[i * classes + label] = 1;
	});
	return { size: map.size, classes, scores };
}

/**
 * The class with the highest score at each pixel, as a network's final argmax. Ties go to the
 * lowest class id, so the result is deterministic (and a 50/50 block becomes the first class).
 */
export function argmax(map: ScoreMap): LabelMap {
	const n = map.size * map.size;
	const labels = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		let best = 0;
		let bestScore = -Infinity;
		for (let c = 0; c < map.classes; c++) {
			const s = map.scores[i * map.classes + c] ?? 0;
			if (s > bestScore + 1e-12) {
				best = c;
				bestScore = s;
			}
		}
		labels[i] = best;
	}
	return { size: map.size, labels };
}

/** Element-wise sum of two score maps of the same size: FCN's fusion of two predictions. */
export function addScores(a: ScoreMap, b: ScoreMap): ScoreMap {
	const scores = new Float64Array(a.scores.length);
	for (let i = 0; i < scores.length; i++) scores[i] = (a.scores[i] ?? 0) + (b.scores[i] ?? 0);
	return { size: a.size, classes: a.classes, scores };
}
