import { describe, expect, test } from 'vitest';
import { PNG_MIN_WIDTH, PNG_PADDING, pngLayout, wrapWords } from './layout.ts';

/** A monospaced measure: 10 px a character. */
const mono = (text: string) => 10 * text.length;

describe('wrapWords', () => {
	test('breaks between words so that no line is wider than the limit', () => {
		const lines = wrapWords('the loss falls while accuracy rises', 120, mono);
		expect(lines).toEqual(['the loss', 'falls while', 'accuracy', 'rises']);
		for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(120);
	});

	test('keeps a word wider than the limit whole, on its own line, and drops extra spaces', () => {
		expect(wrapWords('  a  convolutional net ', 50, mono)).toEqual(['a', 'convolutional', 'net']);
		expect(wrapWords('', 50, mono)).toEqual([]);
	});
});

describe('pngLayout', () => {
	test('stacks heading, drawing and key with padding, the drawing at its own size', () => {
		const layout = pngLayout({
			width: 560,
			height: 260,
			headingLines: 2,
			keyLines: 3,
			fontSize: 14,
		});
		expect(layout.lineHeight).toBe(21);
		expect(layout.imageY).toBe(PNG_PADDING + 2 * 21 + PNG_PADDING / 2);
		expect(layout.width).toBe(560 + 2 * PNG_PADDING);
		expect(layout.height).toBe(layout.imageY + 260 + PNG_PADDING / 2 + 3 * 21 + PNG_PADDING);
		expect(layout.keyY).toBeGreaterThan(layout.imageY + 260);
	});

	test('widens a small drawing to the narrowest content, and adds no gaps without heading or key', () => {
		const layout = pngLayout({
			width: 236,
			height: 26,
			headingLines: 0,
			keyLines: 0,
			fontSize: 14,
		});
		expect(layout.width).toBe(PNG_MIN_WIDTH + 2 * PNG_PADDING);
		expect(layout.imageY).toBe(PNG_PADDING);
		expect(layout.height).toBe(26 + 2 * PNG_PADDING);
	});
});
