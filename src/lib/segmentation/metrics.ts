import type { LabelMap } from './maps.ts';

/**
 * The two scores question 8 explains, computed from a confusion matrix: pixel accuracy (share of
 * pixels right) and IoU per class, TP / (TP + FP + FN), with its mean over classes. The demo prints
 * them for every recovery method, so the numbers on the page are measured, not asserted.
 */

/** `matrix[truth][predicted]` = number of pixels. */
export type Confusion = number[][];

/** Counts every (true class, predicted class) pair over two maps of the same size. */
export function confusion(truth: LabelMap, predicted: LabelMap, classes: number): Confusion {
	const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
	truth.labels.forEach((t, i) => {
		const p = predicted.labels[i] ?? 0;
		const line = matrix[t];
		if (line) line[p] = (line[p] ?? 0) + 1;
	});
	return matrix;
}

/** Share of pixels whose class is right (0 to 1). */
export function pixelAccuracy(matrix: Confusion): number {
	let right = 0;
	let total = 0;
	matrix.forEach((line, t) =>
		line.forEach((n, p) => {
			total += n;
			if (t === p) right += n;
		}),
	);
	return total === 0 ? 0 : right / total;
}

/**
 * IoU of each class, or `null` for a class that is neither in the truth nor in the prediction
 * (0 / 0: it is left out of the mean, as the usual benchmarks do).
 */
export function iouPerClass(matrix: Confusion): (number | null)[] {
	return matrix.map((line, c) => {
		const tp = line[c] ?? 0;
		const fn = line.reduce((a, b) => a + b, 0) - tp;
		const fp = matrix.reduce((sum, other) => sum + (other[c] ?? 0), 0) - tp;
		const union = tp + fp + fn;
		return union === 0 ? null : tp / union;
	});
}

/** Mean IoU over the classes that occur in the truth or the prediction. */
export function meanIoU(matrix: Confusion): number {
	const values = iouPerClass(matrix).filter((v): v is number => v !== null);
	return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Every class's share of the pixels (0 to 1): the class-imbalance histogram. */
export function classShares(map: LabelMap, classes: number): number[] {
	const counts = new Array<number>(classes).fill(0);
	map.labels.forEach((label) => {
		counts[label] = (counts[label] ?? 0) + 1;
	});
	const total = map.labels.length;
	return counts.map((n) => (total === 0 ? 0 : n / total));
}

/** All scores of a prediction against the truth, in one call. */
export function evaluate(
	truth: LabelMap,
	predicted: LabelMap,
	classes: number,
): { pixelAccuracy: number; meanIoU: number; iou: (number | null)[] } {
	const matrix = confusion(truth, predicted, classes);
	return {
		pixelAccuracy: pixelAccuracy(matrix),
		meanIoU: meanIoU(matrix),
		iou: iouPerClass(matrix),
	};
}
