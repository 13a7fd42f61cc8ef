import type { ModelJson } from '../../lib/cnn/index.ts';
import { exercise2 } from '../../lib/cnn/presets/exercise2.ts';

/**
 * The networks the calculator offers. Exercise 2 is imported statically because every page
 * renders it first (on the server too); the other three are loaded only when a reader picks
 * them (`load-preset.ts`, itself loaded on demand), so a page does not download VGG-16's layer
 * list before anyone asks for it.
 */

/** Preset IDs, as in `src/lib/cnn/presets/index.ts`, in the order the chapter meets them. */
export const PRESET_KEYS = ['exercise2', 'lenet5', 'alexnet', 'vgg16'] as const;

/** A preset the calculator offers. */
export type PresetKey = (typeof PRESET_KEYS)[number];

/** The exercise-2 network: the default of every mode and the fallback for a broken link. */
export const EXERCISE2: ModelJson = exercise2();
