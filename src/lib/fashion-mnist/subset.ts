import { defined } from '../defined.ts';
import { createRandom, shuffle } from '../training/random.ts';
import { CLASS_COUNT } from './classes.ts';
import { quantise, type Bits, type ImageSet } from './format.ts';
import type { IdxArray } from './idx.ts';

/**
 * Picks `perClass` examples of each of `classes` labels, at random with a fixed `seed`, and
 * returns their indices interleaved class by class (0, 1, …, 9, 0, 1, …). The interleaving makes
 * every prefix of the subset as balanced as it can be, so a reader who trains on its first 500
 * images still sees 50 of each class. Throws if a class has too few examples.
 */
export function balancedSubset(
	labels: Uint8Array,
	perClass: number,
	seed: number,
	classes = 10,
): Int32Array {
	const random = createRandom(seed);
	const byClass: number[][] = Array.from({ length: classes }, () => []);
	labels.forEach((label, index) => {
		if (label >= classes) throw new Error(`label ${label} at ${index} is not below ${classes}`);
		defined(byClass[label], `class ${label}`).push(index);
	});
	const chosen = byClass.map((indices, label) => {
		if (indices.length < perClass)
			throw new Error(`class ${label} has ${indices.length} examples, fewer than ${perClass}`);
		return shuffle(indices, random).slice(0, perClass);
	});
	const result = new Int32Array(perClass * classes);
	chosen.forEach((indices, label) => {
		indices.forEach((index, i) => {
			result[i * classes + label] = index;
		});
	});
	return result;
}

/** How a subset is drawn from one of the data set's files; recorded in the manifest beside it. */
export interface SubsetRecipe {
	readonly perClass: number;
	readonly seed: number;
	readonly bits: Bits;
}

/**
 * Draws a balanced subset from an IDX image file and its label file, quantised to
 * `recipe.bits`: the whole derivation, so the script that writes the committed files and the test
 * that checks them are the same code.
 */
export function makeSubset(images: IdxArray, labels: IdxArray, recipe: SubsetRecipe): ImageSet {
	const [count = 0, rows = 0, cols = 0] = images.dims;
	if (images.dims.length !== 3 || labels.dims.length !== 1 || labels.dims[0] !== count)
		throw new Error(`expected N×rows×cols images and N labels, got ${images.dims.join('×')}`);
	const chosen = balancedSubset(labels.data, recipe.perClass, recipe.seed, CLASS_COUNT);
	const size = rows * cols;
	const pixels = new Uint8Array(chosen.length * size);
	const picked = new Uint8Array(chosen.length);
	chosen.forEach((source, i) => {
		picked[i] = labels.data[source] ?? 0;
		for (let p = 0; p < size; p++)
			pixels[i * size + p] = quantise(images.data[source * size + p] ?? 0, recipe.bits);
	});
	return {
		count: chosen.length,
		rows,
		cols,
		bits: recipe.bits,
		classes: CLASS_COUNT,
		labels: picked,
		pixels,
	};
}
