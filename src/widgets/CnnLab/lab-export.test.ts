import { describe, expect, test } from 'vitest';
import { toKeras } from '../../lib/code-export/keras.ts';
import { toPyTorch } from '../../lib/code-export/pytorch.ts';
import { parseJson } from '../../lib/cnn/index.ts';
import { MODEL_EXPORT_STRINGS } from '../shared/model-export-strings.ts';
import { STRINGS as CALCULATOR } from '../Calculator/strings.ts';
import { labPresetViews } from './presets.ts';
import { STRINGS } from './strings.ts';

describe('the lab’s export', () => {
	test.each(labPresetViews('en').map((p) => [p.name, p] as const))(
		'writes “%s” as Keras and PyTorch code that reports the engine’s parameter count',
		(_, preset) => {
			// No framework note then: the exported code states the same total as the lab's table.
			expect(toKeras(preset.model).totalParams).toBe(preset.totalParams);
			expect(toPyTorch(preset.model).totalParams).toBe(preset.totalParams);
			// The JSON the lab copies reads back as the same model.
			expect(parseJson(JSON.stringify(preset.model, null, 2))).toBeDefined();
		},
	);

	test('uses the calculator’s export words, in each language', () => {
		for (const lang of ['en', 'id'] as const) {
			for (const [key, text] of Object.entries(MODEL_EXPORT_STRINGS[lang])) {
				expect(STRINGS[lang]).toHaveProperty(key, text);
				expect(CALCULATOR[lang].full).toHaveProperty(key, text);
			}
		}
	});
});
