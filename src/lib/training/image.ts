/**
 * A reader's own picture as the lab's network input: 28 × 28 grey values in [0, 1], made the way
 * Fashion MNIST's were made from Zalando's product photos, so that the network sees something like
 * what it was trained on. Zalando's recipe (the data set's README): trim the edges that are close
 * to the corner colour, shrink the longest side to 28 pixels, centre the image on a 28 × 28
 * canvas, negate the intensities, make it 8-bit grey. The committed subsets confirm the result:
 * light clothes on black (the border pixels average 0.05, the inside 0.32) whose longest side
 * fills all 28 pixels. A photo usually shows a dark object on a light background, so it is
 * negated; one that already has a dark background is not. Pure and without the DOM: the browser
 * hands in the RGBA bytes of a canvas.
 */

/** Pixels per side of a Fashion MNIST image. */
export const SIDE = 28;

/** How a picture becomes network input (see `toFashionInput`). */
export interface PictureOptions {
	/**
	 * Negate the grey values (true), keep them (false), or decide from the corners: a light
	 * background (the usual photo) is negated, a dark one is kept (default `'auto'`).
	 */
	readonly invert?: 'auto' | boolean;
	/**
	 * How far from the background colour, as a fraction of full intensity, a pixel must be to
	 * count as part of the object when the edges are trimmed (default 0.05, Zalando's 5 %).
	 */
	readonly tolerance?: number;
}

/** What `toFashionInput` made of a picture, for the caller's message to the reader. */
export interface Picture {
	/** `SIDE × SIDE` values in [0, 1], row-major: 0 the background, 1 the brightest ink. */
	readonly pixels: Float32Array;
	/** Whether the grey values were negated (the picture had a light background). */
	readonly inverted: boolean;
	/** False when nothing stood out from the background: `pixels` are then all 0. */
	readonly found: boolean;
}

/**
 * Grey values in 0 … 255 of RGBA bytes (a canvas's `ImageData.data`), with transparent pixels
 * laid over white as a browser shows them: luma with Rec. 601's weights, as image libraries
 * convert to grey.
 */
export function greyOf(rgba: ArrayLike<number>, width: number, height: number): Float32Array {
	const count = width * height;
	if (rgba.length < count * 4)
		throw new RangeError(`${rgba.length} bytes for a ${width} × ${height} RGBA picture`);
	const grey = new Float32Array(count);
	for (let i = 0; i < count; i++) {
		const r = rgba[4 * i] ?? 0;
		const g = rgba[4 * i + 1] ?? 0;
		const b = rgba[4 * i + 2] ?? 0;
		const alpha = (rgba[4 * i + 3] ?? 255) / 255;
		grey[i] = (0.299 * r + 0.587 * g + 0.114 * b) * alpha + 255 * (1 - alpha);
	}
	return grey;
}

/**
 * Resamples a grey image to `toWidth × toHeight` by area: each new pixel is the mean of the old
 * pixels it covers, weighted by how much of each it covers. Shrinking a photo this way keeps thin
 * lines as faint lines (plain subsampling, Zalando's, may skip them); enlarging a tiny picture
 * repeats its pixels.
 */
export function resample(
	source: ArrayLike<number>,
	width: number,
	height: number,
	toWidth: number,
	toHeight: number,
): Float32Array {
	const rows = new Float32Array(toWidth * height);
	const across = weights(width, toWidth);
	for (let y = 0; y < height; y++)
		for (const [to, from, weight] of across)
			rows[y * toWidth + to] =
				(rows[y * toWidth + to] ?? 0) + weight * (source[y * width + from] ?? 0);
	const out = new Float32Array(toWidth * toHeight);
	for (const [to, from, weight] of weights(height, toHeight))
		for (let x = 0; x < toWidth; x++)
			out[to * toWidth + x] =
				(out[to * toWidth + x] ?? 0) + weight * (rows[from * toWidth + x] ?? 0);
	return out;
}

/**
 * For one axis of `from` pixels resampled to `to`: `[new pixel, old pixel, weight]` for every old
 * pixel a new one covers; each new pixel's weights sum to 1.
 */
function weights(from: number, to: number): [number, number, number][] {
	const scale = from / to;
	const list: [number, number, number][] = [];
	for (let d = 0; d < to; d++) {
		const start = d * scale;
		const end = start + scale;
		for (let s = Math.floor(start); s < Math.min(Math.ceil(end), from); s++) {
			const overlap = Math.min(end, s + 1) - Math.max(start, s);
			if (overlap > 0) list.push([d, s, overlap / scale]);
		}
	}
	return list;
}

/**
 * A picture's RGBA bytes as Fashion MNIST input: grey, negated if its background is light, its
 * background at 0 and its brightest pixel at 1, trimmed to the object, shrunk (or enlarged) until
 * its longest side is 28 pixels, and centred on a black 28 × 28 square, keeping its aspect ratio.
 */
export function toFashionInput(
	rgba: ArrayLike<number>,
	width: number,
	height: number,
	options: PictureOptions = {},
): Picture {
	const { tolerance = 0.05 } = options;
	const grey = greyOf(rgba, width, height);
	const corners = [0, width - 1, (height - 1) * width, height * width - 1];
	const background = corners.reduce((sum, i) => sum + (grey[i] ?? 0), 0) / corners.length;
	const inverted =
		options.invert === 'auto' || options.invert === undefined ? background > 127.5 : options.invert;
	const base = inverted ? 255 - background : background;
	// Ink: how far each pixel is from the background, towards the object's side.
	const ink = grey.map((g) => Math.max((inverted ? 255 - g : g) - base, 0));
	const top = ink.reduce((a, b) => Math.max(a, b), 0);
	const pixels = new Float32Array(SIDE * SIDE);
	if (top <= tolerance * 255) return { pixels, inverted, found: false };
	let x0 = width;
	let x1 = -1;
	let y0 = height;
	let y1 = -1;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			if ((ink[y * width + x] ?? 0) <= tolerance * 255) continue;
			x0 = Math.min(x0, x);
			x1 = Math.max(x1, x);
			y0 = Math.min(y0, y);
			y1 = Math.max(y1, y);
		}
	const w = x1 - x0 + 1;
	const h = y1 - y0 + 1;
	const crop = new Float32Array(w * h);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) crop[y * w + x] = (ink[(y0 + y) * width + x0 + x] ?? 0) / top;
	const scale = SIDE / Math.max(w, h);
	const toWidth = Math.max(1, Math.min(SIDE, Math.round(w * scale)));
	const toHeight = Math.max(1, Math.min(SIDE, Math.round(h * scale)));
	const small = resample(crop, w, h, toWidth, toHeight);
	const left = Math.floor((SIDE - toWidth) / 2);
	const above = Math.floor((SIDE - toHeight) / 2);
	for (let y = 0; y < toHeight; y++)
		for (let x = 0; x < toWidth; x++)
			pixels[(above + y) * SIDE + left + x] = Math.min(Math.max(small[y * toWidth + x] ?? 0, 0), 1);
	return { pixels, inverted, found: true };
}

/**
 * The size to draw an uploaded picture at before reading its pixels: its own, or smaller so that
 * its longest side is at most `max` (default 280, ten pixels for each of the 28 it becomes), so a
 * 12-megapixel photo is not read byte by byte.
 */
export function workingSize(
	width: number,
	height: number,
	max = 280,
): { width: number; height: number } {
	const scale = Math.min(1, max / Math.max(width, height, 1));
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale)),
	};
}
