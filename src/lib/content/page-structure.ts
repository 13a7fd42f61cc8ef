import {
	isComponent,
	lexMdx,
	lineAt,
	lineStarts,
	type JsxAttribute,
	type Piece,
} from '../markdown/mdx-source.ts';

/**
 * The language-independent skeleton of a page, so that the Indonesian and English versions of a
 * page can be compared: the same sections in the same places, the same widgets with the same
 * settings, the same code blocks, formulas, tables, corrections and references. Text differs
 * between the two languages; this skeleton must not.
 */

/** One structural element of a page, in reading order. */
export type StructureItem =
	| {
			readonly kind: 'heading';
			readonly depth: number;
			readonly text: string;
			readonly line: number;
	  }
	| {
			readonly kind: 'component';
			readonly name: string;
			/** Non-language props, normalised: `mode="gpu"`, `ids=['a','b']`. */
			readonly props: string;
			readonly line: number;
	  }
	| { readonly kind: 'fence'; readonly info: string; readonly line: number }
	| { readonly kind: 'displayMath'; readonly line: number }
	| {
			readonly kind: 'table';
			readonly rows: number;
			readonly columns: number;
			readonly line: number;
	  };

/** A page's skeleton: frontmatter settings, then its items in order. */
export interface PageStructure {
	/** Frontmatter keys (`sidebar.order`), with values only for settings that are not text. */
	readonly frontmatter: readonly string[];
	readonly items: readonly StructureItem[];
}

/**
 * Props whose value is written in the page's language, so they may differ between the two
 * versions: `lang` names the language itself, `claim` quotes the notes in that language, and the
 * others are captions a component may take. Every other prop is a setting and must be equal.
 */
export const LANGUAGE_PROPS: ReadonlySet<string> = new Set([
	'lang',
	'claim',
	'title',
	'label',
	'caption',
	'alt',
	'summary',
	'description',
]);

/** Frontmatter keys whose values are settings, not text. */
const FRONTMATTER_SETTINGS = new Set(['order', 'template', 'hidden', 'draft', 'pagefind']);

function frontmatterKeys(block: string): string[] {
	const keys: string[] = [];
	const parents: { indent: number; key: string }[] = [];
	for (const line of block.split(/\r?\n/)) {
		const match = /^(\s*)([\w-]+):\s*(.*)$/.exec(line);
		if (!match) continue;
		const indent = match[1]?.length ?? 0;
		const key = match[2] ?? '';
		while (parents.length > 0 && (parents.at(-1)?.indent ?? 0) >= indent) parents.pop();
		const path = [...parents.map((p) => p.key), key].join('.');
		const value = (match[3] ?? '').trim();
		keys.push(FRONTMATTER_SETTINGS.has(key) && value !== '' ? `${path}=${value}` : path);
		parents.push({ indent, key });
	}
	return keys;
}

/** An expression prop with layout removed: whitespace, trailing commas and quote style. */
function normaliseExpression(value: string): string {
	let out = '';
	for (let i = 0; i < value.length; i++) {
		const ch = value[i] ?? '';
		if (ch === '"' || ch === "'") {
			let j = i + 1;
			while (j < value.length && value[j] !== ch) j += value[j] === '\\' ? 2 : 1;
			out += `'${value.slice(i + 1, j)}'`;
			i = j;
		} else if (!/\s/.test(ch)) out += ch;
	}
	return out.replace(/,([\]}])/g, '$1');
}

/** The non-language props of a component, normalised and in the order written. */
export function settingProps(attributes: readonly JsxAttribute[]): string {
	return attributes
		.filter((a) => !LANGUAGE_PROPS.has(a.name))
		.map((a) =>
			a.kind === 'boolean'
				? a.name
				: a.kind === 'string'
					? `${a.name}=${JSON.stringify(a.value)}`
					: `${a.name}={${normaliseExpression(a.value)}}`,
		)
		.join(' ');
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function cells(row: string): number {
	const trimmed = row.trim().replace(/^\|/, '').replace(/\|$/, '');
	return trimmed.split(/(?<!\\)\|/).length;
}

/** Reads the skeleton of one MDX page. */
export function pageStructure(source: string): PageStructure {
	const pieces = lexMdx(source);
	const starts = lineStarts(source);
	const items: { offset: number; item: StructureItem }[] = [];
	let frontmatter: string[] = [];
	const kindAt = new Map<number, Piece>();
	for (const piece of pieces) {
		switch (piece.kind) {
			case 'frontmatter':
				frontmatter = frontmatterKeys(source.slice(piece.start, piece.end));
				break;
			case 'fence':
				items.push({
					offset: piece.start,
					item: { kind: 'fence', info: piece.info ?? '', line: lineAt(starts, piece.start) },
				});
				break;
			case 'displayMath':
				items.push({
					offset: piece.start,
					item: { kind: 'displayMath', line: lineAt(starts, piece.start) },
				});
				break;
			case 'tag': {
				const tag = piece.tag;
				if (tag && !tag.closing && isComponent(tag.name)) {
					items.push({
						offset: piece.start,
						item: {
							kind: 'component',
							name: tag.name,
							props: settingProps(tag.attributes),
							line: lineAt(starts, piece.start),
						},
					});
				}
				break;
			}
			case 'text':
				for (const start of starts)
					if (start >= piece.start && start < piece.end) kindAt.set(start, piece);
				break;
			default:
				break;
		}
	}
	// Headings and tables are line-level Markdown: a line whose start lies in prose.
	const lines = source.split('\n');
	for (let n = 0; n < lines.length; n++) {
		const offset = starts[n] ?? 0;
		if (!kindAt.has(offset)) continue;
		const line = lines[n] ?? '';
		const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) {
			items.push({
				offset,
				item: {
					kind: 'heading',
					depth: heading[1]?.length ?? 0,
					text: heading[2] ?? '',
					line: n + 1,
				},
			});
			continue;
		}
		const previous = n > 0 ? (lines[n - 1] ?? '') : '';
		const startsTable =
			line.trim().startsWith('|') &&
			!(previous.trim().startsWith('|') && kindAt.has(starts[n - 1] ?? -1)) &&
			DELIMITER_ROW.test(lines[n + 1] ?? '');
		if (startsTable) {
			let end = n + 2;
			while (end < lines.length && (lines[end] ?? '').trim().startsWith('|')) end++;
			items.push({
				offset,
				item: {
					kind: 'table',
					rows: end - n - 1,
					columns: cells(lines[n + 1] ?? ''),
					line: n + 1,
				},
			});
		}
	}
	items.sort((a, b) => a.offset - b.offset);
	return { frontmatter, items: items.map((entry) => entry.item) };
}

/** How an item reads in a failure message, without its language-specific text. */
export function describeItem(item: StructureItem): string {
	switch (item.kind) {
		case 'heading':
			return `a level-${item.depth} heading`;
		case 'component':
			return `<${item.name}${item.props ? ` ${item.props}` : ''}>`;
		case 'fence':
			return `a code block${item.info ? ` (${item.info})` : ''}`;
		case 'displayMath':
			return 'a $$ formula';
		case 'table':
			return `a table of ${item.rows} rows × ${item.columns} columns (header included)`;
	}
}

/** One version of a page for {@link compareStructures}: where it lives, and its skeleton. */
export interface PageVersion {
	readonly path: string;
	readonly structure: PageStructure;
}

function sectionOf(items: readonly StructureItem[], index: number): string {
	for (let i = Math.min(index, items.length - 1); i >= 0; i--) {
		const item = items[i];
		if (item?.kind === 'heading' && item.depth <= 2) return `“${item.text}”`;
	}
	return 'the introduction';
}

/**
 * Compares two language versions of a page and returns the first difference as a sentence that
 * names both files, lines and the section it is in, or undefined when their skeletons agree.
 */
export function compareStructures(a: PageVersion, b: PageVersion): string | undefined {
	const fa = a.structure.frontmatter.join(', ');
	const fb = b.structure.frontmatter.join(', ');
	if (fa !== fb) return `frontmatter differs: ${a.path} has [${fa}], ${b.path} has [${fb}]`;
	const ia = a.structure.items;
	const ib = b.structure.items;
	const count = Math.max(ia.length, ib.length);
	for (let i = 0; i < count; i++) {
		const x = ia[i];
		const y = ib[i];
		const dx = x ? describeItem(x) : undefined;
		const dy = y ? describeItem(y) : undefined;
		if (dx === dy) continue;
		const side = (path: string, item: StructureItem | undefined, d: string | undefined) =>
			item ? `${path}:${item.line} has ${d}` : `${path} has nothing more`;
		return (
			`item ${i + 1} differs (in ${sectionOf(ia, i)} / ${sectionOf(ib, i)}): ` +
			`${side(a.path, x, dx)}, but ${side(b.path, y, dy)}`
		);
	}
	return undefined;
}

/**
 * Pairs content files by page: `X.mdx` (Indonesian, at the root) with `en/X.mdx`. Pages that exist
 * in one language only are returned apart: Starlight shows them in the other language as a
 * fallback, which is allowed, but a test should list them.
 */
export function pairPages(paths: readonly string[]): {
	pairs: { id: string; en: string }[];
	onlyId: string[];
	onlyEn: string[];
} {
	const english = new Set(paths.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)));
	const root = new Set(paths.filter((p) => !p.startsWith('en/')));
	const pairs = [...root]
		.filter((p) => english.has(p))
		.sort()
		.map((p) => ({ id: p, en: `en/${p}` }));
	return {
		pairs,
		onlyId: [...root].filter((p) => !english.has(p)).sort(),
		onlyEn: [...english]
			.filter((p) => !root.has(p))
			.sort()
			.map((p) => `en/${p}`),
	};
}
