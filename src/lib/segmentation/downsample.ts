import { convOutputSize } from '../cnn/index.ts';
import { argmax, labelAt, labelMap, oneHot, type LabelMap, type ScoreMap } from './maps.ts';

/**
 * What one stride-2 stage of a network keeps of the label map. "average" is 2×2 average pooling
 * of the class scores (each block's class shares, then a majority vote by argmax): what a
 * smoothing network could at best preserve. "subsample" keeps every second pixel without
 * smoothing, as a stride-2 layer with a 1×1 kernel does, which can alias thin parts in or out.
 */
export type DownsampleRule = 'average' | 'subsample';

/** One stage of the downsampling path: its total stride, its scores and its argmax labels. */
export interface Stage {
	readonly stride: number;
	readonly scores: ScoreMap;
	readonly labels: LabelMap;
}

/**
 * Size after a 2×2, stride-2 stage. It is the engine's `convOutputSize`, so the 32 → 16 → 8 → 4
 * → 2 the widget prints is the same arithmetic as the model summaries on the site.
 */
export function stageSize(size: number): number {
	return convOutputSize(size, { kernel: 2, stride: 2 });
}

/** 2×2 average pooling with stride 2 of every class score. */
export function averagePool2(map: ScoreMap): ScoreMap {
	const size = stageSize(map.size);
	const { classes } = map;
	const scores = new Float64Array(size * size * classes);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			for (let c = 0; c < classes; c++) {
				let sum = 0;
				for (let dy = 0; dy < 2; dy++) {
					for (let dx = 0; dx < 2; dx++) {
						sum += map.scores[((2 * y + dy) * map.size + 2 * x + dx) * classes + c] ?? 0;
					}
				}
				scores[(y * size + x) * classes + c] = sum / 4;
			}
		}
	}
	return { size, classes, scores };
}

/** Every second pixel (the top-left one of each 2×2 block), with no smoothing. */
export function subsample2(map: LabelMap): LabelMap {
	return labelMap(stageSize(map.size), (x, y) => labelAt(map, 2 * x, 2 * y));
}

/**
 * The label map as the network "sees" it after each of `count` stride-2 stages (strides 2, 4, 8,
 * …). With "average" each stage pools the previous stage's scores, so stage s holds every class's
 * exact share of its s×s block; with "subsample" each stage keeps one pixel in four of the last.
 */
export function downsampleStages(
	truth: LabelMap,
	classes: number,
	count: number,
	rule: DownsampleRule = 'average',
): Stage[] {
	const stages: Stage[] = [];
	let scores = oneHot(truth, classes);
	let labels = truth;
	let stride = 1;
	for (let i = 0; i < count; i++) {
		stride *= 2;
		if (rule === 'average') {
			scores = averagePool2(scores);
			labels = argmax(scores);
		} else {
			labels = subsample2(labels);
			scores = oneHot(labels, classes);
		}
		stages.push({ stride, scores, labels });
	}
	return stages;
}
