/**
 * Makes the author's Markdown safe to drop into an MDX page. The notes are Markdown, and their
 * Markdown (lists, bold, quotes, hard breaks, code) must survive; but MDX reads more than Markdown
 * does, and a stray character there breaks the build rather than one line of one page. So the
 * importer neutralises exactly what MDX and this site's plugins add on top of Markdown:
 *
 * - JSX: `<` and `>` (a `<br>` or `a < b` in the notes is shown as written);
 * - expressions: `{` and `}`;
 * - ES modules: a line starting with `import` or `export`;
 * - maths (remark-math): `$`;
 * - directives (Starlight's asides): a line starting with `::`;
 * - character references such as `&copy;`, which MDX would decode, are shown as written.
 *
 * Text inside code spans and fenced code blocks is left alone: MDX does not read it, and a
 * backslash there would show. An `<https://…>` autolink, which MDX does not support, becomes a
 * Markdown link to the same address.
 */

const ESCAPED_IN_TEXT = new Set(['{', '}', '<', '>', '$']);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const AUTOLINK = /^<((?:https?|mailto):[^\s<>]+)>/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** Leading block-quote markers, indentation and a list marker: Markdown structure, not text. */
const LINE_PREFIX = /^(?:\s*>)*\s*(?:(?:[-*+]|\d{1,9}[.)])(?:\s+|$))?/;

/** Escapes one run of text that holds no code span. */
function escapeText(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] ?? '';
		if (ch === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) {
			// Already a Markdown escape: keep it, or `\{` would become `\\{` and open an expression.
			out += ch + (text[i + 1] ?? '');
			i++;
			continue;
		}
		const autolink = ch === '<' ? AUTOLINK.exec(text.slice(i)) : null;
		if (autolink?.[1]) {
			out += `[${autolink[1]}](${autolink[1]})`;
			i += autolink[0].length - 1;
			continue;
		}
		if (ch === '&' && CHARACTER_REFERENCE.test(text.slice(i))) {
			out += '\\&';
			continue;
		}
		out += ESCAPED_IN_TEXT.has(ch) ? `\\${ch}` : ch;
	}
	return out;
}

/** Escapes the text of one line, leaving its code spans (`` `a < b` ``) untouched. */
function escapeInline(text: string): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		const tick = text.indexOf('`', i);
		if (tick < 0) break;
		const run = /^`+/.exec(text.slice(tick))?.[0] ?? '`';
		// A code span closes with a run of exactly as many backticks.
		const closing = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
		closing.lastIndex = tick + run.length;
		const end = closing.exec(text);
		if (!end) {
			out += escapeText(text.slice(i, tick + run.length));
			i = tick + run.length;
			continue;
		}
		out += escapeText(text.slice(i, tick)) + text.slice(tick, end.index + run.length);
		i = end.index + run.length;
	}
	return out + escapeText(text.slice(i));
}

/** Escapes one line outside code blocks. */
function escapeLine(line: string): string {
	const prefix = LINE_PREFIX.exec(line)?.[0] ?? '';
	let rest = line.slice(prefix.length);
	let lead = '';
	if (prefix === '' && /^(?:import|export)\b/.test(rest)) {
		// A character reference reads the same and no longer starts an ES module statement.
		lead = `&#${rest.charCodeAt(0)};`;
		rest = rest.slice(1);
	} else if (rest.startsWith('::')) {
		lead = '\\:';
		rest = rest.slice(1);
	}
	return prefix + lead + escapeInline(rest);
}

/**
 * Escapes Markdown for an MDX page (see the module comment). Lines are joined with `\n`; the
 * result reads, once rendered, as the Markdown would have.
 */
export function escapeMdx(markdown: string): string {
	let fence: string | undefined;
	return markdown
		.split(/\r?\n/)
		.map((line) => {
			const marker = FENCE.exec(line.replace(/^(?:\s*>)+/, ''))?.[1];
			if (fence !== undefined) {
				if (marker?.startsWith(fence.slice(0, 1)) && marker.length >= fence.length)
					fence = undefined;
				return line;
			}
			if (marker) {
				fence = marker;
				return line;
			}
			return escapeLine(line);
		})
		.join('\n');
}

/**
 * Quotes a string for YAML frontmatter: single quotes, with `'` doubled. Single-quoted YAML has no
 * other escapes, so any title reads back exactly; control characters, which it cannot hold and an
 * author never means, are replaced by spaces.
 */
export function yamlString(value: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
	return `'${clean.replace(/'/g, "''")}'`;
}
