/**
 * How a snippet states what it prints, and the check that it prints exactly that. The pages'
 * PyTorch snippets write their output in comments in two ways, and the runner
 * (`scripts/check-pytorch-snippets.ts`) holds both to what Python really prints:
 *
 * - inline, after the `print(...)` that prints it: `print(params(model))  # 903400`; a note may
 *   follow the value after two spaces (`# 263.0  (float32: 526.0)`);
 * - in a block of comment lines that ends the snippet, one per printed line, for prints inside a
 *   loop or a function: `# (50, 100, 100, 150)`.
 *
 * An inline comment that is not a printed value (`print(acts / 1e6)  # activations in MB`, whose
 * value is in the final block) is allowed, but one that looks like a value must be printed.
 */

/** A comment that states output, with the line it is on (1-based). */
export interface StatedLine {
	readonly line: number;
	readonly text: string;
}

/** The two kinds of stated output of a snippet. */
export interface StatedOutput {
	/** Inline comments of `print(` lines, in order. */
	readonly inline: readonly StatedLine[];
	/** The comment lines that end the snippet, in order. */
	readonly trailing: readonly StatedLine[];
}

const INLINE = /^(.*\bprint\(.*?) {2}# (.*)$/;
/** A comment made only of a value: numbers, brackets, separators, `None`, `torch.Size`. */
const VALUE_ONLY = /^(?:torch\.Size|None|True|False|[\d\s.,:()[\]e+-])+$/;

/** Reads the output a snippet's comments state. */
export function statedOutput(code: string): StatedOutput {
	const rows = code.replace(/\n+$/, '').split('\n');
	const inline: StatedLine[] = [];
	rows.forEach((row, i) => {
		const match = INLINE.exec(row);
		const [, code, text] = match ?? [];
		if (code !== undefined && text !== undefined && !code.trimStart().startsWith('#')) {
			inline.push({ line: i + 1, text });
		}
	});
	const trailing: StatedLine[] = [];
	for (const [i, row] of [...rows.entries()].reverse()) {
		if (!row.startsWith('# ')) break;
		trailing.unshift({ line: i + 1, text: row.slice(2) });
	}
	return { inline, trailing };
}

/** Whether a stated comment states this printed line: the same text, or it and a note. */
function states(comment: string, printed: string): boolean {
	return comment === printed || comment.startsWith(`${printed}  `);
}

/**
 * What is wrong with a snippet's stated output, given what Python printed: an empty list when
 * every printed line is stated, in order, and every stated value was printed. Each printed line
 * is matched with the next inline comment if it states it, else with the next line of the final
 * block.
 */
export function compareOutput(code: string, stdout: string): string[] {
	const { inline, trailing } = statedOutput(code);
	const trimmed = stdout.replace(/\n+$/, '');
	const printed = trimmed === '' ? [] : trimmed.split('\n');
	const problems: string[] = [];
	let nextInline = 0;
	let nextTrailing = 0;
	const skipped: StatedLine[] = [];
	for (const line of printed) {
		const candidate = inline[nextInline];
		if (candidate && states(candidate.text, line)) {
			nextInline++;
			continue;
		}
		const block = trailing[nextTrailing];
		if (block && states(block.text, line)) {
			nextTrailing++;
			continue;
		}
		// An inline comment that is not this line may be a description; look further along.
		const later = inline.findIndex((c, i) => i > nextInline && states(c.text, line));
		if (later !== -1) {
			skipped.push(...inline.slice(nextInline, later));
			nextInline = later + 1;
			continue;
		}
		const expected = candidate?.text ?? block?.text;
		// The comment this line should have matched is reported here, not again as never printed.
		if (candidate) nextInline++;
		else if (block) nextTrailing++;
		problems.push(
			expected === undefined
				? `printed “${line}”, which no comment states`
				: `printed “${line}” where line ${(candidate ?? block)?.line ?? 0} states “${expected}”`,
		);
	}
	skipped.push(...inline.slice(nextInline));
	for (const c of skipped) {
		if (VALUE_ONLY.test(c.text)) problems.push(`line ${c.line} states “${c.text}”, never printed`);
	}
	for (const c of trailing.slice(nextTrailing)) {
		problems.push(`line ${c.line} states “${c.text}”, never printed`);
	}
	return problems;
}
