import { labelMap, type LabelMap } from './maps.ts';

/**
 * The synthetic street scene of question 8's demo and its ground-truth label map. It is drawn from
 * rectangles on purpose: large regions (sky, road), a medium object (a car), and the things
 * resolution loss hurts most: a thin part (a 3-pixel pole), small objects (a distant car of
 * 5×3 pixels, a road sign) and a slanted boundary (the road's edge).
 */

/** Side of the scene in pixels. */
export const SCENE_SIZE = 64;

/** Class ids in legend order; the order also breaks argmax ties (the first class wins). */
export const CLASS_IDS = ['background', 'road', 'car', 'pole'] as const;

/** A class of the scene. */
export type ClassName = (typeof CLASS_IDS)[number];

/** Number of classes. */
export const CLASS_COUNT = CLASS_IDS.length;

const BACKGROUND = 0;
const ROAD = 1;
const CAR = 2;
const POLE = 3;

/** A rectangle of pixels, inclusive, with the class it is drawn in. */
export interface SceneBox {
	readonly x0: number;
	readonly y0: number;
	readonly x1: number;
	readonly y1: number;
	readonly label: number;
}

/** The thin part: a pole 3 pixels wide. */
export const THIN_POLE: SceneBox = { x0: 49, y0: 16, x1: 51, y1: 50, label: POLE };
/** The small object: a distant car of 5×3 pixels. */
export const DISTANT_CAR: SceneBox = { x0: 38, y0: 38, x1: 42, y1: 40, label: CAR };
const SIGN: SceneBox = { x0: 46, y0: 7, x1: 54, y1: 15, label: POLE };
const CAR_BODY: SceneBox = { x0: 6, y0: 44, x1: 31, y1: 53, label: CAR };
const CAR_CABIN: SceneBox = { x0: 11, y0: 37, x1: 25, y1: 43, label: CAR };

/** Whether pixel (x, y) lies in a box. */
export function inBox(box: SceneBox, x: number, y: number): boolean {
	return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

/** The class of pixel (x, y), x to the right and y down, both 0 to 63. */
export function sceneClass(x: number, y: number): number {
	// A road sign on a 3-pixel pole (a thin part and a small object), then the cars.
	for (const box of [SIGN, THIN_POLE, CAR_BODY, CAR_CABIN, DISTANT_CAR]) {
		if (inBox(box, x, y)) return box.label;
	}
	// The road below a slanted edge: row 36 at the left, row 43 at the right.
	if (y >= 36 + Math.floor(x / 9)) return ROAD;
	return BACKGROUND;
}

/** The ground-truth label map of the scene. */
export function sceneLabels(): LabelMap {
	return labelMap(SCENE_SIZE, sceneClass);
}
