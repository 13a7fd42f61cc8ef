/**
 * Question 1's comparison as the reader sets it: the image and the two layers' sizes. Kept apart
 * from the engine calls (`compare.ts`), so the island can hold and edit the state before the
 * engine has loaded.
 */

/** What the reader sets: the image and the two layers' sizes. */
export interface CompareState {
	readonly h: number;
	readonly w: number;
	readonly c: number;
	readonly units: number;
	readonly filters: number;
	readonly kernel: number;
}

/** Exercise 2's input, a 100-unit dense layer and a 3×3 convolution with 100 filters. */
export const DEFAULT_COMPARE: CompareState = {
	h: 200,
	w: 300,
	c: 3,
	units: 100,
	filters: 100,
	kernel: 3,
};
