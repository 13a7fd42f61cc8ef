/**
 * The lab's image format: a 16-byte header, one label byte per image, then the pixels quantised to
 * 2^bits grey levels and packed (two 4-bit pixels a byte, high nibble first). It exists because
 * the raw data (784 bytes an image) would not fit the lab's 3 MB budget, while 16 grey levels
 * cost Fashion MNIST nothing a small CNN can measure; and because a browser reads it with a
 * `DataView` and a loop, with no parser to download. See README.md in this folder.
 *
 * Header (little-endian): `FMNQ` (4 bytes), version (1), bits per pixel (1), classes (1), 0 (1),
 * image count (uint32), rows (uint16), columns (uint16).
 */

/** The four bytes every file starts with, so a wrong or truncated download is caught at once. */
export const MAGIC = 'FMNQ';
/** Bumped when the layout changes, so an old file is refused rather than misread. */
export const VERSION = 1;
/** Bytes before the labels. */
export const HEADER_BYTES = 16;

/** A decoded subset: labels and quantised pixels (grey levels 0 … 2^bits − 1), image after image. */
export interface ImageSet {
	readonly count: number;
	readonly rows: number;
	readonly cols: number;
	readonly bits: 1 | 2 | 4 | 8;
	readonly classes: number;
	readonly labels: Uint8Array;
	/** `count × rows × cols` grey levels, row-major per image, one byte each once decoded. */
	readonly pixels: Uint8Array;
}

/** Bits per pixel the format allows: they divide 8, so no pixel straddles two bytes. */
export type Bits = ImageSet['bits'];
const BITS: readonly number[] = [1, 2, 4, 8];

/**
 * The grey level (0 … 2^bits − 1) nearest to an 8-bit value, rounding halves up: with 4 bits
 * 0 → 0, 8 → 0, 9 → 1, 255 → 15.
 */
export function quantise(value: number, bits: Bits): number {
	const top = (1 << bits) - 1;
	return Math.floor((value * top) / 255 + 0.5);
}

/** What each grey level means as a network input in [0, 1]: level / (2^bits − 1). */
export function levelValues(bits: Bits): Float32Array {
	const top = (1 << bits) - 1;
	return Float32Array.from({ length: top + 1 }, (_, level) => level / top);
}

/** Bytes a file of `count` images of `rows × cols` pixels takes. */
export function encodedSize(count: number, rows: number, cols: number, bits: Bits): number {
	return HEADER_BYTES + count + Math.ceil((count * rows * cols * bits) / 8);
}

/** Writes a subset to bytes; `pixels` are grey levels already quantised to `bits`. */
export function encodeImageSet(set: ImageSet): Uint8Array {
	const { count, rows, cols, bits, classes, labels, pixels } = set;
	if (!BITS.includes(bits)) throw new Error(`bits must be 1, 2, 4 or 8, not ${bits}`);
	if (labels.length !== count) throw new Error(`${labels.length} labels for ${count} images`);
	const values = count * rows * cols;
	if (pixels.length !== values) throw new Error(`${pixels.length} pixels, expected ${values}`);
	const bytes = new Uint8Array(encodedSize(count, rows, cols, bits));
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
	bytes[4] = VERSION;
	bytes[5] = bits;
	bytes[6] = classes;
	view.setUint32(8, count, true);
	view.setUint16(12, rows, true);
	view.setUint16(14, cols, true);
	bytes.set(labels, HEADER_BYTES);
	const top = (1 << bits) - 1;
	const perByte = 8 / bits;
	const start = HEADER_BYTES + count;
	for (let i = 0; i < values; i++) {
		const level = pixels[i] ?? 0;
		if (level > top) throw new Error(`pixel ${i} is ${level}, above the top level ${top}`);
		const shift = 8 - bits * ((i % perByte) + 1);
		const at = start + Math.floor(i / perByte);
		bytes[at] = (bytes[at] ?? 0) | (level << shift);
	}
	return bytes;
}

/**
 * Reads bytes written by `encodeImageSet`: what the browser runs on the downloaded (and
 * decompressed) file. Throws a plain `Error` on a file that is not one, truncated or of a newer
 * version, so the lab can offer a retry instead of training on garbage.
 */
export function decodeImageSet(bytes: Uint8Array): ImageSet {
	if (bytes.length < HEADER_BYTES) throw new Error('image file is truncated');
	const magic = String.fromCharCode(...bytes.subarray(0, 4));
	if (magic !== MAGIC) throw new Error('not a lab image file');
	if (bytes[4] !== VERSION) throw new Error(`unsupported image file version ${bytes[4] ?? 0}`);
	const bits = bytes[5] ?? 0;
	if (!BITS.includes(bits)) throw new Error(`unsupported bits per pixel ${bits}`);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const count = view.getUint32(8, true);
	const rows = view.getUint16(12, true);
	const cols = view.getUint16(14, true);
	const size = encodedSize(count, rows, cols, bits as Bits);
	if (bytes.length !== size)
		throw new Error(`image file has ${bytes.length} bytes, its header says ${size}`);
	const labels = bytes.slice(HEADER_BYTES, HEADER_BYTES + count);
	const values = count * rows * cols;
	const pixels = new Uint8Array(values);
	const perByte = 8 / bits;
	const mask = (1 << bits) - 1;
	let source = HEADER_BYTES + count;
	for (let i = 0; i < values; i += perByte) {
		const byte = bytes[source++] ?? 0;
		for (let j = 0; j < perByte && i + j < values; j++)
			pixels[i + j] = (byte >> (8 - bits * (j + 1))) & mask;
	}
	return { count, rows, cols, bits: bits as Bits, classes: bytes[6] ?? 0, labels, pixels };
}

/**
 * Writes image `index` of `set` as network input values in [0, 1] into `out` at `offset`:
 * how a training batch is filled, with no allocation.
 */
export function imageInto(
	set: ImageSet,
	index: number,
	out: Float32Array,
	offset: number,
	values: Float32Array = levelValues(set.bits),
): void {
	const size = set.rows * set.cols;
	const start = index * size;
	const pixels = set.pixels;
	for (let i = 0; i < size; i++) out[offset + i] = values[pixels[start + i] ?? 0] ?? 0;
}

/**
 * Whether downloaded bytes are still gzipped (they start with gzip's magic 1f 8b). The subsets are
 * committed gzipped, since static hosts do not compress binary files; a server that sends them
 * with `Content-Encoding: gzip` hands the browser the file already decompressed, so the lab asks
 * before it runs the bytes through a `DecompressionStream`.
 */
export function isGzip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
