import { describe, expect, it } from 'vitest';
import { gram, styleTransferCode, tinyMaps } from './ch14-11.ts';

const en = styleTransferCode('en');

describe('exercise 11 code', () => {
	it('computes the Gram matrix each framework prints for two 2×2 maps, by hand', () => {
		// Channels first, maps 0 1 2 3 and 4 5 6 7: (0·0 + 1·1 + 2·2 + 3·3) / 4 = 3.5, …
		expect(gram(tinyMaps('first'))).toEqual([
			[3.5, 9.5],
			[9.5, 31.5],
		]);
		// Channels last, the same 0…7 interleave: maps 0 2 4 6 and 1 3 5 7.
		expect(gram(tinyMaps('last'))).toEqual([
			[14, 17],
			[17, 21],
		]);
		expect(en.pytorch).toContain('.tolist())  # [[3.5, 9.5], [9.5, 31.5]]\n');
		expect(en.keras).toContain('.tolist()[0])  # [[14.0, 17.0], [17.0, 21.0]]\n');
	});

	it('is symmetric: the correlation of map i with j is that of j with i', () => {
		const g = gram([
			[1, 2, 3],
			[0, 5, 1],
			[2, 2, 2],
		]);
		g.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(g[j]?.[i])));
	});

	it('optimises the image, not the weights, in both frameworks', () => {
		expect(en.keras).toContain('image = tf.Variable(content)');
		expect(en.keras).toContain('vgg.trainable = False');
		expect(en.pytorch).toContain('torch.optim.Adam([image]');
		expect(en.pytorch).toContain('.requires_grad_(False)');
	});
});
