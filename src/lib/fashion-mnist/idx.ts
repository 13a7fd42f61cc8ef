/**
 * The IDX file format of MNIST and Fashion MNIST (LeCun's format): a magic number whose third byte
 * is the element type and fourth the number of dimensions, the sizes as big-endian 32-bit
 * integers, then the values. Only unsigned bytes (type 0x08) occur in these data sets, so only
 * those are read; anything else is refused rather than misread.
 */
export interface IdxArray {
	/** Sizes, outermost first: `[60000, 28, 28]` for images, `[60000]` for labels. */
	readonly dims: readonly number[];
	/** The values in row-major order; a view into the bytes given, not a copy. */
	readonly data: Uint8Array;
}

/** Parses an uncompressed IDX file of unsigned bytes; throws on anything malformed. */
export function parseIdx(bytes: Uint8Array): IdxArray {
	if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0)
		throw new Error('not an IDX file: it must start with two zero bytes');
	if (bytes[2] !== 0x08)
		throw new Error(`unsupported IDX element type 0x${(bytes[2] ?? 0).toString(16)}`);
	const rank = bytes[3] ?? 0;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const start = 4 + 4 * rank;
	if (rank === 0 || bytes.length < start) throw new Error('IDX header is truncated');
	const dims: number[] = [];
	for (let i = 0; i < rank; i++) dims.push(view.getUint32(4 + 4 * i, false));
	const size = dims.reduce((a, b) => a * b, 1);
	if (bytes.length !== start + size)
		throw new Error(`IDX data has ${bytes.length - start} bytes, its header says ${size}`);
	return { dims, data: bytes.subarray(start) };
}

/** Writes an IDX file of unsigned bytes: the inverse of `parseIdx`, used to make test fixtures. */
export function encodeIdx(dims: readonly number[], data: Uint8Array): Uint8Array {
	const start = 4 + 4 * dims.length;
	const bytes = new Uint8Array(start + data.length);
	const view = new DataView(bytes.buffer);
	bytes[2] = 0x08;
	bytes[3] = dims.length;
	dims.forEach((size, i) => {
		view.setUint32(4 + 4 * i, size, false);
	});
	bytes.set(data, start);
	return bytes;
}
