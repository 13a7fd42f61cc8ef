import type { Dtype, Mode, Optimizer } from '../../lib/cnn/index.ts';

/*
 * The choices of the memory settings, shared by the full mode's memory panel and question 3's
 * memory mode, and by their link codecs. They are a module of their own so that question 3 does
 * not download the full editor's state functions with them.
 */

/** Number formats, in the order the select lists them; links are checked against this list. */
export const DTYPES: readonly Dtype[] = ['float32', 'float16', 'bfloat16', 'int8'];
/** Number formats are shown by their own names in both languages. */
export const DTYPE_NAMES: Readonly<Record<Dtype, string>> = {
	float32: 'float32',
	float16: 'float16',
	bfloat16: 'bfloat16',
	int8: 'int8',
};
/** Inference or training, for the mode select and for checking links. */
export const MODES: readonly Mode[] = ['inference', 'training'];
/** Optimizers, from no state to Adam's two values per parameter; for the select and links. */
export const OPTIMIZERS: readonly Optimizer[] = ['none', 'sgd', 'momentum', 'adam'];
