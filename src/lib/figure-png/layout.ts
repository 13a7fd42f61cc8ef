/**
 * Where things go on the PNG of a figure (`widgets/shared/svg-png.ts`): a heading above the SVG
 * and a key below it, around the drawing at its own size. Pure, in CSS pixels (the canvas is
 * drawn `scale` times larger), so the arithmetic is tested without a browser.
 */

/** Splits `text` into lines no wider than `maxWidth` (a single word wider than that stays whole). */
export function wrapWords(
	text: string,
	maxWidth: number,
	measure: (text: string) => number,
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const tried = line ? `${line} ${word}` : word;
		if (line && measure(tried) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = tried;
	}
	if (line) lines.push(line);
	return lines;
}

/** What `pngLayout` is asked to place. */
export interface PngLayoutInput {
	/** The SVG's own size (its `viewBox`). */
	readonly width: number;
	readonly height: number;
	/** Lines of the heading, already wrapped, and of the key (one entry a line). */
	readonly headingLines: number;
	readonly keyLines: number;
	/** Font size of the heading and the key. */
	readonly fontSize: number;
}

/** The canvas size and the top of each part, in CSS pixels. */
export interface PngLayout {
	readonly width: number;
	readonly height: number;
	readonly padding: number;
	readonly lineHeight: number;
	/** Baseline of the heading's first line. */
	readonly headingY: number;
	/** Top of the drawing. */
	readonly imageY: number;
	/** Middle of the key's first line. */
	readonly keyY: number;
}

/** The margin around everything: a figure pasted into a document needs air around it. */
export const PNG_PADDING = 16;

/** Narrowest content: a small drawing (eight 3 × 3 filters) still leaves room for its heading. */
export const PNG_MIN_WIDTH = 360;

/**
 * The PNG's layout: padding, the heading's lines, the drawing at its own size, the key's lines,
 * padding. The content is at least `PNG_MIN_WIDTH` wide so a short heading is not wrapped word by
 * word above a small drawing.
 */
export function pngLayout(input: PngLayoutInput): PngLayout {
	const padding = PNG_PADDING;
	const lineHeight = Math.ceil(input.fontSize * 1.5);
	const heading = input.headingLines * lineHeight;
	const key = input.keyLines * lineHeight;
	const gap = (lines: number) => (lines > 0 ? padding / 2 : 0);
	const imageY = padding + heading + gap(input.headingLines);
	return {
		width: Math.ceil(Math.max(input.width, PNG_MIN_WIDTH) + 2 * padding),
		height: Math.ceil(imageY + input.height + gap(input.keyLines) + key + padding),
		padding,
		lineHeight,
		headingY: padding + input.fontSize,
		imageY,
		keyY: imageY + input.height + gap(input.keyLines) + lineHeight / 2,
	};
}
