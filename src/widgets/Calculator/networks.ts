import type { ModelJson } from '../../lib/cnn/index.ts';
import type { PresetId } from '../../lib/cnn/presets/index.ts';

/**
 * The networks the calculator offers: four of the engine's presets (`src/lib/cnn/presets`), the
 * ones questions 1 to 3 talk about, in the order the chapter meets them. Links name a preset by
 * this ID, so a link keeps opening the same model as long as the registry keeps the ID.
 */
export const PRESET_KEYS = [
	'exercise2',
	'lenet5',
	'alexnet',
	'vgg16',
] as const satisfies readonly PresetId[];

/** A preset the calculator offers. */
export type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * A preset's model, from the engine's registry. The registry and each model arrive in chunks of
 * their own when a reader first picks a network (or opens a link naming one), so a page does not
 * download VGG-16's layer list before anyone asks for it. The first model of every mode comes
 * from the page's `.astro` wrapper, which loads it at build time.
 */
export async function loadPreset(key: PresetKey): Promise<ModelJson> {
	const { findPreset } = await import('../../lib/cnn/presets/index.ts');
	const preset = findPreset(key);
	if (preset === undefined) throw new Error(`The engine has no preset "${key}".`);
	return preset.load();
}
