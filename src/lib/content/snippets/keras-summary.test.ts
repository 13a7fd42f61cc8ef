import { describe, expect, it } from 'vitest';
import { parseModel, summary } from '../../cnn/index.ts';
import { exercise2 } from '../../cnn/presets/exercise2.ts';
import { columnWidths, kerasMemory, kerasSummaryLines } from './keras-summary.ts';

const s = summary(parseModel(exercise2()));

// Printed by Keras 3's own table code (summary_utils.py) run on rich 13.3.1, for exercise 2.
const AT_76 = `Model: "sequential"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
│ conv2d (Conv2D)                 │ (None, 100, 150, 100)  │         2,800 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ conv2d_1 (Conv2D)               │ (None, 50, 75, 200)    │       180,200 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ conv2d_2 (Conv2D)               │ (None, 25, 38, 400)    │       720,400 │
└─────────────────────────────────┴────────────────────────┴───────────────┘
 Total params: 903,400 (3.45 MB)
 Trainable params: 903,400 (3.45 MB)
 Non-trainable params: 0 (0.00 B)`;

const AT_88_HEAD = `┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓
┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃`;

describe("Keras 3's model.summary()", () => {
	it('is printed character for character at the 76 columns of an 80-column terminal', () => {
		expect(kerasSummaryLines(s, () => 'Conv2D').join('\n')).toBe(AT_76);
	});

	it('widens to 88 columns in a wide terminal, as rich shares out the excess', () => {
		const lines = kerasSummaryLines(s, () => 'Conv2D', 'sequential', 88);
		expect(lines.slice(1, 3).join('\n')).toBe(AT_88_HEAD);
		expect(columnWidths(88)).toEqual([38, 29, 17]);
		expect(columnWidths(76)).toEqual([33, 24, 15]);
		for (const n of [76, 88, 100]) {
			expect(columnWidths(n).reduce((a, b) => a + b, 0) + 4).toBe(n);
		}
	});

	it('writes memory as Keras does: 1,024-based units with two decimals', () => {
		expect(kerasMemory(3_613_600)).toBe('3.45 MB');
		expect(kerasMemory(0)).toBe('0.00 B');
		expect(kerasMemory(2048)).toBe('2.00 KB');
	});
});
