import { expect, test } from 'vitest';
import { findPreset, LAB_PRESETS } from '../cnn/presets/index.ts';
import { defined } from '../defined.ts';
import { createNetwork } from './network.ts';

test.each(LAB_PRESETS.map((p) => [p.id] as const))(
	'the lab preset %s is a model the trainer accepts, with the engine’s parameter count',
	async (id) => {
		const preset = defined(findPreset(id), `preset ${id}`);
		const network = createNetwork(await preset.load(), { input: [28, 28, 1], classes: 10 });
		expect(network.params.reduce((sum, p) => sum + p.value.length, 0)).toBe(preset.params);
		const probs = network.predict(new Float32Array(784 * 2).fill(0.5), 2);
		expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 5);
	},
);
