import { describe, expect, it } from 'vitest';
import { bookMnistSummary, labCode } from './ch14-09.ts';

const en = labCode('en');

describe('exercise 9 code', () => {
	it('counts the book’s CNN as the engine does: 1,625,866 parameters, 1,605,760 in the first dense layer', () => {
		const s = bookMnistSummary();
		expect(s.totalParams).toBe(1_625_866);
		expect(s.layers.find((l) => l.type === 'dense')?.params).toBe(64 * 14 * 14 * 128 + 128);
		expect(en.keras).toContain('print(model.count_params())  # 1625866\n');
		expect(en.pytorch).toContain('model.parameters()))  # 1625866\n');
	});

	it('states the output shape of its random batch, which the runner checks', () => {
		expect(en.pytorch).toContain('print(model(X).shape)  # torch.Size([8, 10])\n');
	});

	it('trains on MNIST only where it has been downloaded, so it runs offline', () => {
		expect(en.pytorch).toContain('if Path("data/MNIST").exists():');
		expect(en.pytorch).not.toContain('download=True');
	});

	it('translates only the comments', () => {
		const id = labCode('id');
		const code = (s: string) => s.replace(/\s*#.*$/gm, '');
		expect(code(id.pytorch)).toBe(code(en.pytorch));
		expect(code(id.keras)).toBe(code(en.keras));
	});
});
