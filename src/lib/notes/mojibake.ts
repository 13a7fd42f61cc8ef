/**
 * Repairs "mojibake": UTF-8 text that was once decoded as Windows-1252 and saved again, so that
 * `×` reads `Ã—` and `📘` reads `ðŸ“˜`. The author's notes are stored that way, and notes for later
 * chapters arrive in the same state, so the site and the notes importer share this one repair.
 *
 * Windows-1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). A decoder that drops
 * them loses a byte for good: the closing quote `”` (E2 80 9D) survives only as `â€`. A plain
 * "encode as Windows-1252, decode as UTF-8" round trip fails on such text, so this module walks the
 * text itself, rebuilds each damaged sequence byte by byte, and fills one missing byte of a three-
 * or four-byte sequence with the undefined byte that yields a printable character.
 */

/** Windows-1252's characters for bytes 0x80–0x9F; `undefined` marks the five unassigned bytes. */
const CP1252_HIGH: (number | undefined)[] = [
	0x20ac,
	undefined,
	0x201a,
	0x0192,
	0x201e,
	0x2026,
	0x2020,
	0x2021,
	0x02c6,
	0x2030,
	0x0160,
	0x2039,
	0x0152,
	undefined,
	0x017d,
	undefined,
	undefined,
	0x2018,
	0x2019,
	0x201c,
	0x201d,
	0x2022,
	0x2013,
	0x2014,
	0x02dc,
	0x2122,
	0x0161,
	0x203a,
	0x0153,
	undefined,
	0x017e,
	0x0178,
];

/** The bytes Windows-1252 cannot represent, most likely first: `”` (…9D) is by far the commonest loss. */
const LOST_BYTES = [0x9d, 0x90, 0x81, 0x8d, 0x8f] as const;

const CHAR_TO_BYTE = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) {
	const cp = b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
	if (cp !== undefined) CHAR_TO_BYTE.set(cp, b);
}
// Some decoders keep an undefined byte as the C1 control of the same number instead of dropping it.
for (const b of LOST_BYTES) CHAR_TO_BYTE.set(b, b);

/** One repaired sequence: what the text said, what it says now, and where (in the damaged text). */
export interface Repair {
	from: string;
	to: string;
	index: number;
}

/** The outcome of {@link repairMojibake}. */
export interface RepairResult {
	text: string;
	repairs: Repair[];
}

function byteOf(ch: string | undefined): number | undefined {
	return ch === undefined ? undefined : CHAR_TO_BYTE.get(ch.codePointAt(0) ?? -1);
}

function sequenceLength(lead: number): number {
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

const isContinuation = (b: number | undefined): b is number =>
	b !== undefined && b >= 0x80 && b <= 0xbf;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as exactly one printable character, or returns undefined. */
function decodeOne(bytes: number[]): string | undefined {
	let s: string;
	try {
		s = strictUtf8.decode(new Uint8Array(bytes));
	} catch {
		return undefined;
	}
	if ([...s].length !== 1) return undefined;
	// Control, format, separator and private-use characters are never what an author typed.
	if (/[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}]/u.test(s)) return undefined;
	return s;
}

/**
 * Tries to rebuild a sequence that lost one byte. The lost byte is most often the last one (a
 * sequence is cut short where the text goes on in ASCII), so the end is tried first, then earlier
 * positions; at each position the lost bytes are tried in {@link LOST_BYTES} order.
 */
function decodeWithLostByte(bytes: number[], length: number): string | undefined {
	if (length < 3 || bytes.length !== length - 1) return undefined;
	for (let at = bytes.length; at >= 1; at--) {
		for (const lost of LOST_BYTES) {
			const candidate = [...bytes.slice(0, at), lost, ...bytes.slice(at)];
			const ch = decodeOne(candidate);
			if (ch) return ch;
		}
	}
	return undefined;
}

function repairOnce(text: string): RepairResult {
	const chars = [...text];
	const repairs: Repair[] = [];
	let out = '';
	let offset = 0;
	for (let i = 0; i < chars.length;) {
		const ch = chars[i] ?? '';
		const lead = byteOf(ch);
		const length = lead === undefined ? 0 : sequenceLength(lead);
		if (lead !== undefined && length > 0) {
			const bytes = [lead];
			let j = i + 1;
			while (bytes.length < length) {
				const b = byteOf(chars[j]);
				if (!isContinuation(b)) break;
				bytes.push(b);
				j++;
			}
			const fixed = bytes.length === length ? decodeOne(bytes) : decodeWithLostByte(bytes, length);
			if (fixed) {
				const from = chars.slice(i, j).join('');
				repairs.push({ from, to: fixed, index: offset });
				out += fixed;
				offset += from.length;
				i = j;
				continue;
			}
		}
		out += ch;
		offset += ch.length;
		i++;
	}
	return { text: out, repairs };
}

/**
 * Repairs every mojibake sequence in `text` and lists what it changed.
 *
 * Only text that shows a telltale sequence ({@link MOJIBAKE_PATTERN}) is touched at all. That is
 * what keeps clean text exactly as it is: read byte by byte, a clean `×”` or `é“` also spells a
 * valid UTF-8 character, and only the context says it is not damage. Text damaged twice is
 * repaired twice, up to three rounds, for as long as it still shows the telltales; the repairs
 * reported are those of the first round, against the original text.
 */
export function repairMojibake(text: string): RepairResult {
	if (!hasMojibake(text)) return { text, repairs: [] };
	const first = repairOnce(text);
	let current = first.text;
	for (let round = 1; round < 3 && hasMojibake(current); round++) {
		current = repairOnce(current).text;
	}
	return { text: current, repairs: first.repairs };
}

/** One character standing for a UTF-8 continuation byte (0x80–0xBF) read as Windows-1252. */
const CONT = `[${[...CHAR_TO_BYTE]
	.filter(([, b]) => b >= 0x80 && b <= 0xbf)
	.map(([cp]) => `\\u${cp.toString(16).padStart(4, '0')}`)
	.join('')}]`;

/**
 * The telltale sequences of UTF-8 read as Windows-1252: a lead character of the scripts and symbol
 * blocks that text like the author's uses (Latin-1 `Â`/`Ã`, Latin Extended `Ä`/`Å`, Greek `Î`/`Ï`,
 * Cyrillic `Ð`/`Ñ`, punctuation and maths `â`, emoji `ð`) followed by its continuation characters,
 * plus `â€`, whose third byte is so often lost. Clean prose does not contain them; tests scan every
 * built page with this pattern, and {@link repairMojibake} touches only text that matches it.
 */
export const MOJIBAKE_PATTERN = new RegExp(`[ÂÃÄÅÎÏÐÑ]${CONT}|â${CONT}{2}|â€|ð${CONT}{3}|ðŸ`, 'u');

/** Whether `text` still shows a telltale mojibake sequence. */
export function hasMojibake(text: string): boolean {
	return MOJIBAKE_PATTERN.test(text);
}
