import type { SubsetRecipe } from './subset.ts';

/**
 * The committed subsets' recipes: how many images of each class, drawn with which seed, at how
 * many bits a pixel. `npm run lab:data` writes them by default and the staleness test re-derives
 * them, so changing a number here and regenerating is the whole procedure.
 *
 * 1,000 training images a class (10,000 in all) and 200 test images a class (2,000) fit the lab's
 * 3 MB budget with room to spare (see README.md for the measured sizes); 2,000 test images give a
 * held-out accuracy with a standard error under 1 point.
 */
export const RECIPES: Readonly<Record<'train' | 'test', SubsetRecipe>> = {
	train: { perClass: 1000, seed: 14, bits: 4 },
	test: { perClass: 200, seed: 14, bits: 4 },
};

/** Where Debian's `dataset-fashion-mnist` package puts the four gzipped IDX files. */
export const DEFAULT_SOURCE = '/usr/share/datasets/fashion-mnist';

/** Where the subsets are committed, relative to the repository root (served at `/lab/…`). */
export const LAB_DATA_DIR = 'public/lab/fashion-mnist';

/** What `manifest.json` beside the subsets says about each file. */
export interface LabManifest {
	readonly format: string;
	readonly source: string;
	sets: Partial<
		Record<
			'train' | 'test',
			SubsetRecipe & {
				readonly file: string;
				readonly from: string;
				readonly images: number;
				readonly bytes: number;
				readonly gzipBytes: number;
				readonly sha256: string;
			}
		>
	>;
}
