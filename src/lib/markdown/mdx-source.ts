/**
 * A small, forgiving lexer for the site's MDX pages, shared by the two content checks (the
 * language-parity test and the figures test). It does not build a syntax tree: it only tells apart
 * what those checks must read differently, keeping every piece's offset so a failure can name
 * its line. A full MDX parser would reject a half-written page outright, whereas these checks
 * must point at the first difference in it.
 *
 * Pieces: frontmatter, `import`/`export` lines, fenced code, display maths (`$$ … $$`), inline
 * maths (`$ … $`), code spans, JSX tags (`<Name …>`, `</Name>`, `<Name … />`, lower-case HTML
 * included), `{…}` expressions and prose text.
 */

/** One attribute of a JSX tag; `value` is the string's content or the expression's source. */
export interface JsxAttribute {
	readonly name: string;
	readonly kind: 'string' | 'expression' | 'boolean';
	readonly value: string;
	/** Offset of the value in the source (of the attribute's name for a boolean). */
	readonly start: number;
}

/** A JSX tag as written: an opening, a closing or a self-closing one. */
export interface JsxTag {
	readonly name: string;
	readonly closing: boolean;
	readonly selfClosing: boolean;
	readonly attributes: readonly JsxAttribute[];
}

/** The kinds of piece {@link lexMdx} tells apart. */
export type PieceKind =
	| 'frontmatter'
	| 'module'
	| 'fence'
	| 'displayMath'
	| 'inlineMath'
	| 'code'
	| 'tag'
	| 'expression'
	| 'text';

/** A run of the source, `source.slice(start, end)`, of one kind. */
export interface Piece {
	readonly kind: PieceKind;
	readonly start: number;
	readonly end: number;
	/** For fences: the info string's first word (`python`), or ''. */
	readonly info?: string;
	/** For tags. */
	readonly tag?: JsxTag;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/** Offsets at which each line starts, for {@link lineAt}. */
export function lineStarts(source: string): number[] {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
	return starts;
}

/** The 1-based line of an offset, given {@link lineStarts}. */
export function lineAt(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return low + 1;
}

/** The index just past the line break at or after `at`, or the end of the source. */
function endOfLine(source: string, at: number): number {
	const newline = source.indexOf('\n', at);
	return newline === -1 ? source.length : newline + 1;
}

/** Skips a quoted string starting at `i` (on the quote); returns the offset after it. */
function skipString(source: string, i: number): number {
	const quote = source[i];
	let j = i + 1;
	while (j < source.length && source[j] !== quote) j += source[j] === '\\' ? 2 : 1;
	return Math.min(j + 1, source.length);
}

/** Skips a `{…}` expression starting at `i` (on the brace), strings and nesting included. */
function skipExpression(source: string, i: number): number {
	let depth = 0;
	let j = i;
	while (j < source.length) {
		const ch = source[j];
		if (ch === '"' || ch === "'" || ch === '`') {
			j = skipString(source, j);
			continue;
		}
		if (ch === '{') depth++;
		else if (ch === '}') {
			depth--;
			if (depth === 0) return j + 1;
		}
		j++;
	}
	return source.length;
}

/** Reads a JSX tag starting at `i` (on `<`), or returns undefined if there is none there. */
function readTag(source: string, i: number): { tag: JsxTag; end: number } | undefined {
	const head = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(source.slice(i, i + 80));
	if (!head) return undefined;
	const closing = head[1] === '/';
	const name = head[2] ?? '';
	const attributes: JsxAttribute[] = [];
	let j = i + head[0].length;
	while (j < source.length) {
		const rest = source.slice(j);
		const space = /^\s+/.exec(rest);
		if (space) {
			j += space[0].length;
			continue;
		}
		if (rest.startsWith('/>'))
			return { tag: { name, closing, selfClosing: true, attributes }, end: j + 2 };
		if (rest.startsWith('>'))
			return { tag: { name, closing, selfClosing: false, attributes }, end: j + 1 };
		if (rest.startsWith('{')) {
			// A spread `{...props}`: kept as an expression attribute without a name.
			const end = skipExpression(source, j);
			attributes.push({
				name: '',
				kind: 'expression',
				value: source.slice(j + 1, end - 1),
				start: j + 1,
			});
			j = end;
			continue;
		}
		const attr = /^([A-Za-z_:][\w:.-]*)/.exec(rest);
		if (!attr) return undefined;
		const attrName = attr[1] ?? '';
		const nameStart = j;
		j += attrName.length;
		const eq = /^\s*=\s*/.exec(source.slice(j));
		if (!eq) {
			attributes.push({ name: attrName, kind: 'boolean', value: '', start: nameStart });
			continue;
		}
		j += eq[0].length;
		const ch = source[j];
		const kind = ch === '"' || ch === "'" ? 'string' : ch === '{' ? 'expression' : undefined;
		if (!kind) return undefined;
		const end = kind === 'string' ? skipString(source, j) : skipExpression(source, j);
		attributes.push({ name: attrName, kind, value: source.slice(j + 1, end - 1), start: j + 1 });
		j = end;
	}
	return undefined;
}

/**
 * Splits an MDX page into pieces, in order, covering the whole source. Unclosed constructs run to
 * the end of their block (a fence to the end of the file, inline maths or a code span to the end
 * of the paragraph), as the MDX compiler would read them.
 */
export function lexMdx(source: string): Piece[] {
	const pieces: Piece[] = [];
	const push = (piece: Piece) => {
		if (piece.end > piece.start) pieces.push(piece);
	};
	let i = 0;
	// Frontmatter: a `---` first line up to the next `---` line.
	const front = /^---\r?\n[\s\S]*?\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(source);
	if (front) {
		push({ kind: 'frontmatter', start: 0, end: front[0].length });
		i = front[0].length;
	}
	let textStart = i;
	const flushText = (end: number) => {
		push({ kind: 'text', start: textStart, end });
	};
	let atLineStart = true;
	while (i < source.length) {
		if (atLineStart) {
			const lineEnd = endOfLine(source, i);
			const line = source.slice(i, lineEnd);
			const fence = FENCE_OPEN.exec(line);
			if (fence) {
				flushText(i);
				const marker = fence[1] ?? '```';
				const close = new RegExp(
					`^ {0,3}${marker.startsWith('`') ? '`' : '~'}{${marker.length},}\\s*$`,
				);
				let j = lineEnd;
				while (j < source.length) {
					const next = endOfLine(source, j);
					if (close.test(source.slice(j, next).replace(/\r?\n$/, ''))) {
						j = next;
						break;
					}
					j = next;
				}
				push({ kind: 'fence', start: i, end: j, info: fence[2] ?? '' });
				i = textStart = j;
				continue;
			}
			if (/^(?:import|export)\s/.test(line)) {
				flushText(i);
				// A module statement may span lines (an import list); it ends at a `;` line end.
				let j = lineEnd;
				if (!/;\s*$/.test(line)) {
					const semi = source.indexOf(';', i);
					if (semi !== -1) j = endOfLine(source, semi);
				}
				push({ kind: 'module', start: i, end: j });
				i = textStart = j;
				continue;
			}
		}
		const ch = source[i];
		atLineStart = false;
		if (ch === '\n') {
			atLineStart = true;
			i++;
			continue;
		}
		if (ch === '\\' && i + 1 < source.length && source[i + 1] !== '\n') {
			i += 2;
			continue;
		}
		if (ch === '$' && source[i + 1] === '$') {
			flushText(i);
			const close = source.indexOf('$$', i + 2);
			const end = close === -1 ? source.length : close + 2;
			push({ kind: 'displayMath', start: i, end });
			i = textStart = end;
			continue;
		}
		if (ch === '$') {
			const paragraphEnd = source.indexOf('\n\n', i);
			const limit = paragraphEnd === -1 ? source.length : paragraphEnd;
			let j = i + 1;
			while (j < limit && source[j] !== '$') j += source[j] === '\\' ? 2 : 1;
			if (j < limit) {
				flushText(i);
				push({ kind: 'inlineMath', start: i, end: j + 1 });
				i = textStart = j + 1;
				continue;
			}
		}
		if (ch === '`') {
			const run = /^`+/.exec(source.slice(i))?.[0] ?? '`';
			const paragraphEnd = source.indexOf('\n\n', i);
			const limit = paragraphEnd === -1 ? source.length : paragraphEnd;
			const close = source.indexOf(run, i + run.length);
			if (close !== -1 && close < limit) {
				flushText(i);
				push({ kind: 'code', start: i, end: close + run.length });
				i = textStart = close + run.length;
				continue;
			}
			i += run.length;
			continue;
		}
		if (ch === '<') {
			if (source.startsWith('<!--', i)) {
				flushText(i);
				const close = source.indexOf('-->', i);
				const end = close === -1 ? source.length : close + 3;
				push({ kind: 'expression', start: i, end });
				i = textStart = end;
				continue;
			}
			const read = readTag(source, i);
			if (read) {
				flushText(i);
				push({ kind: 'tag', start: i, end: read.end, tag: read.tag });
				i = textStart = read.end;
				continue;
			}
		}
		if (ch === '{') {
			flushText(i);
			const end = skipExpression(source, i);
			push({ kind: 'expression', start: i, end });
			i = textStart = end;
			continue;
		}
		i++;
	}
	flushText(source.length);
	return pieces;
}

/** Whether a tag name is a component (capitalised, or dotted like `Foo.Bar`) rather than HTML. */
export function isComponent(name: string): boolean {
	return /^[A-Z]/.test(name) || name.includes('.');
}
