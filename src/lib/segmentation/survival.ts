import type { Stage } from './downsample.ts';
import type { SceneBox } from './scene.ts';

/**
 * Whether an object still shows in a stage's label map: some cell over its box carries its class.
 * It turns "thin parts and small objects suffer most" into a count the demo can print.
 */
export function visibleAt(stage: Stage, box: SceneBox): boolean {
	const { size, labels } = stage.labels;
	const s = stage.stride;
	for (let y = Math.floor(box.y0 / s); y <= Math.min(size - 1, Math.floor(box.y1 / s)); y++) {
		for (let x = Math.floor(box.x0 / s); x <= Math.min(size - 1, Math.floor(box.x1 / s)); x++) {
			if (labels[y * size + x] === box.label) return true;
		}
	}
	return false;
}

/** How many stages in a row, from the first, still show the object. */
export function stagesSurvived(stages: readonly Stage[], box: SceneBox): number {
	const lost = stages.findIndex((stage) => !visibleAt(stage, box));
	return lost === -1 ? stages.length : lost;
}
