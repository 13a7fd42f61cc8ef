/**
 * Fashion MNIST for the lab: the class names, the committed subsets' format and how they are
 * drawn. Pure TypeScript; the Node-only file handling is in `scripts/lab-data.ts`.
 */
export { CLASS_COUNT, CLASS_NAMES } from './classes.ts';
export {
	decodeImageSet,
	encodedSize,
	encodeImageSet,
	imageInto,
	isGzip,
	levelValues,
	quantise,
	type Bits,
	type ImageSet,
} from './format.ts';
export { encodeIdx, parseIdx, type IdxArray } from './idx.ts';
export { balancedSubset, makeSubset, type SubsetRecipe } from './subset.ts';
