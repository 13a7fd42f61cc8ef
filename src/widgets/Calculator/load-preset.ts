import type { ModelJson } from '../../lib/cnn/index.ts';
import { EXERCISE2, type PresetKey } from './presets.ts';

/*
 * Loading the calculator's presets. It is apart from `presets.ts` because only a reader's pick
 * (or a link naming a preset) needs it: the modes load it with their other on-demand code, so
 * its list of chunks to fetch is not part of the page's first download either.
 */

/** Loads a preset's model; exercise 2 is already here, the others arrive in their own chunk. */
export async function loadPreset(key: PresetKey): Promise<ModelJson> {
	switch (key) {
		case 'exercise2':
			return EXERCISE2;
		case 'lenet5':
			return (await import('../../lib/cnn/presets/lenet5.ts')).lenet5();
		case 'alexnet':
			return (await import('../../lib/cnn/presets/alexnet.ts')).alexnet();
		case 'vgg16':
			return (await import('../../lib/cnn/presets/vgg16.ts')).vgg16();
	}
}
