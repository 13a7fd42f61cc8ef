import { downsampleStages, type DownsampleRule } from '../../lib/segmentation/downsample.ts';
import { recover, RECOVERIES, type Recovery } from '../../lib/segmentation/fcn.ts';
import { labelMap, type LabelMap } from '../../lib/segmentation/maps.ts';
import { classShares, evaluate } from '../../lib/segmentation/metrics.ts';
import {
	CLASS_COUNT,
	CLASS_IDS,
	DISTANT_CAR,
	SCENE_SIZE,
	sceneLabels,
	THIN_POLE,
	type ClassName,
} from '../../lib/segmentation/scene.ts';
import { stagesSurvived } from '../../lib/segmentation/survival.ts';

/**
 * Everything the segmentation demo shows for one downsampling rule, as plain data: the wrapper
 * computes it at build time for the default rule and the island's first render draws it; the
 * island imports this module only when the reader touches the widget, to compute the other rule.
 * Plain data (no score maps) because it travels in the page as the island's props.
 */

/** Pixel accuracy, mean IoU and per-class IoU (null for a class absent from both maps). */
export interface Scores {
	readonly pixelAccuracy: number;
	readonly meanIoU: number;
	readonly iou: readonly (number | null)[];
}

/** A label map with each class's share of its pixels, which its description reads out. */
export interface SharedMap {
	readonly map: LabelMap;
	readonly shares: readonly number[];
}

/** One recovery method's full-size map, its scores and how many pixels it gets wrong. */
export interface RecoveryResult extends SharedMap {
	readonly method: Recovery;
	readonly scores: Scores;
	readonly wrong: number;
}

/** One rule's whole demo. */
export interface Scenario {
	readonly rule: DownsampleRule;
	readonly classes: readonly ClassName[];
	readonly truth: SharedMap;
	readonly stages: readonly (SharedMap & { readonly stride: number })[];
	/** Stages in a row the thin pole and the distant car stay visible. */
	readonly survival: { readonly pole: number; readonly car: number };
	readonly results: readonly RecoveryResult[];
	/** Answering "background" everywhere: the class-imbalance baseline. */
	readonly baseline: Scores;
}

/** The stride-2 stages the demo follows: 64 → 32 → 16 → 8 → 4 → 2. */
export const STAGES = 5;

const shared = (map: LabelMap): SharedMap => ({ map, shares: classShares(map, CLASS_COUNT) });

/** The demo for one rule, computed with the segmentation library. */
export function scenario(rule: DownsampleRule): Scenario {
	const truth = sceneLabels();
	const stages = downsampleStages(truth, CLASS_COUNT, STAGES, rule);
	const results = RECOVERIES.map((method) => {
		const map = recover(stages, method, SCENE_SIZE);
		const wrong = map.labels.reduce((n, label, i) => n + (label === truth.labels[i] ? 0 : 1), 0);
		return { method, ...shared(map), scores: evaluate(truth, map, CLASS_COUNT), wrong };
	});
	return {
		rule,
		classes: CLASS_IDS,
		truth: shared(truth),
		stages: stages.map((s) => ({ stride: s.stride, ...shared(s.labels) })),
		survival: { pole: stagesSurvived(stages, THIN_POLE), car: stagesSurvived(stages, DISTANT_CAR) },
		results,
		baseline: evaluate(
			truth,
			labelMap(SCENE_SIZE, () => 0),
			CLASS_COUNT,
		),
	};
}
