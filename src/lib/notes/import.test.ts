import { describe, expect, test } from 'vitest';
import { parseNotes } from './parse.ts';
import {
	chapterFolder,
	describeRepairs,
	formatReport,
	lineChanges,
	planImport,
	type ExistingChapter,
	type ExistingPage,
	type ImportOptions,
	type ImportPlan,
} from './import.ts';

const NOTES = parseNotes(
	[
		'# 🧠 Chapter 10 – Artificial Neural Networks',
		'---',
		'### 1. Why can a perceptron not learn XOR? {#perceptron-xor}',
		'> Linear boundary only.',
		'---',
		'### 2. What is backpropagation?',
		'Reverse-mode autodiff plus gradient descent.',
		'---',
		'### 3. How many output neurons for spam?',
		'',
	].join('\n'),
);

const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
	chapter: 10,
	lang: 'id',
	force: false,
	folder: 'ch10',
	...over,
});

const none: ExistingChapter = { target: [], other: [] };

function plan(existing = none, over: Partial<ImportOptions> = {}): ImportPlan {
	const result = planImport(NOTES, options(over), existing);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

/** The pages a first import writes, as they would be read back from disk. */
function asExisting(p: ImportPlan): ExistingPage[] {
	return p.files.map((f) => ({
		name: f.path.split('/').at(-1) ?? '',
		text: f.text,
		title: /^title: '(.*)'$/m.exec(f.text)?.[1] ?? '',
		order: f.question,
	}));
}

describe('planImport', () => {
	test('writes an overview and one page per question, named NN-words', () => {
		const p = plan();
		expect(p.files.map((f) => [f.action, f.path])).toEqual([
			['write', 'ch10/index.mdx'],
			['write', 'ch10/01-perceptron-xor.mdx'],
			['write', 'ch10/02-backpropagation.mdx'],
			['write', 'ch10/03-many-output-neurons-spam.mdx'],
		]);
		expect(p.title).toBe('Bab 10 – Artificial Neural Networks');
	});

	test('writes English notes under en/', () => {
		const p = plan(none, { lang: 'en' });
		expect(p.files[0]?.path).toBe('en/ch10/index.mdx');
		expect(p.title).toBe('Chapter 10 – Artificial Neural Networks');
	});

	test('warns about a question without an answer', () => {
		expect(plan().warnings).toContain('question 3 (line 9) has no answer; its page says so');
	});

	test('warns that English-only pages stay out of the sidebar until the Indonesian ones exist', () => {
		expect(plan(none, { lang: 'en' }).warnings.join('\n')).toMatch(/no id pages/);
		const other = asExisting(plan());
		expect(plan({ target: [], other }, { lang: 'en' }).warnings.join('\n')).not.toMatch(
			/no id pages/,
		);
	});

	test('skips pages that already hold exactly the same text', () => {
		const again = plan({ target: asExisting(plan()), other: [] });
		expect(again.files.every((f) => f.action === 'skip' && f.reason === 'unchanged')).toBe(true);
	});

	test('never overwrites an edited page without --force, and overwrites it with --force', () => {
		const target = asExisting(plan()).map((page) =>
			page.order === 2 ? { ...page, text: `${page.text}\nAn explanation added by hand.\n` } : page,
		);
		const kept = plan({ target, other: [] });
		expect(kept.files.find((f) => f.question === 2)).toMatchObject({
			action: 'skip',
			reason: 'differs',
		});
		const forced = plan({ target, other: [] }, { force: true });
		expect(forced.files.find((f) => f.question === 2)).toMatchObject({
			action: 'overwrite',
			reason: 'forced',
		});
	});

	test('keeps the file name a question page already has, in its own or the other language', () => {
		const page: ExistingPage = { name: '02-backprop.mdx', text: 'old', title: 'x', order: 2 };
		const [overview] = asExisting(plan());
		if (!overview) throw new Error('the plan has an overview page');
		expect(plan({ target: [overview, page], other: [] }).files[2]?.path).toBe(
			'ch10/02-backprop.mdx',
		);
		expect(plan({ target: [], other: [page] }, { lang: 'en' }).files[2]?.path).toBe(
			'en/ch10/02-backprop.mdx',
		);
	});

	test('stops on a folder that holds a different chapter, unless --force', () => {
		const other: ExistingPage = {
			name: 'index.mdx',
			text: 'x',
			title: 'Bab 10 – Something Else',
		};
		const result = planImport(NOTES, options(), { target: [other], other: [] });
		expect(result).toEqual({
			ok: false,
			error:
				'content/ch10/ already holds chapter "Bab 10 – Something Else", not "Bab 10 – Artificial Neural Networks"; pass --force to import over it, or --chapter N for another number',
		});
		expect(planImport(NOTES, options({ force: true }), { target: [other], other: [] }).ok).toBe(
			true,
		);
	});

	test('stops on a folder of pages without an overview', () => {
		const page: ExistingPage = { name: 'notes.mdx', text: 'x', title: 'x' };
		const result = planImport(NOTES, options(), { target: [page], other: [] });
		expect(!result.ok && result.error).toMatch(/1 page\(s\) but no chapter overview/);
	});

	test('mentions pages of the folder that the notes do not have, and leaves them', () => {
		const target = [
			...asExisting(plan()),
			{ name: '09-extra.mdx', text: 'x', title: 'Extra', order: 9 },
		];
		const p = plan({ target, other: [] }, { force: true });
		expect(p.warnings).toContain('content/ch10/09-extra.mdx is not in the notes; left as it is');
		expect(p.files.map((f) => f.path)).not.toContain('ch10/09-extra.mdx');
	});

	test('notes a --chapter that differs from the heading', () => {
		expect(plan(none, { chapter: 11, folder: 'ch11' }).warnings).toContain(
			"the notes' heading says chapter 10; importing as chapter 11",
		);
	});
});

describe('chapterFolder', () => {
	test('pads the number to two digits, or reuses a folder that has it', () => {
		expect(chapterFolder(9, [])).toBe('ch09');
		expect(chapterFolder(14, ['ch14', 'en'])).toBe('ch14');
		expect(chapterFolder(9, ['ch9'])).toBe('ch9');
		expect(chapterFolder(120, [])).toBe('ch120');
	});
});

describe('describeRepairs', () => {
	test('counts the repairs and shows the commonest, marking a restored lost byte', () => {
		const { repairs } = parseNotes('3Ã—3, 1Ã—1, 5Ã—5 â†’ â€œsameâ€)');
		expect(describeRepairs(repairs, 2)).toBe(
			'Repairs: 6 mojibake sequences, e.g. "Ã—" → "×" (3×), "â€" → "”" (1×, a lost byte restored), and 2 more kinds',
		);
	});

	test('says when there was nothing to repair', () => {
		expect(describeRepairs([])).toBe('Repairs: none (the text was clean)');
	});
});

describe('formatReport', () => {
	test('lists every file with its fate and ends with the counts', () => {
		const lines = formatReport(plan(), { source: 'ch10.md', dryRun: false });
		expect(lines[0]).toBe('Bab 10 – Artificial Neural Networks (id) from ch10.md');
		expect(lines[1]).toBe('  write  content/ch10/index.mdx');
		expect(lines.at(-1)).toBe(
			'Done: chapter 10, 4 pages: 4 written, 0 skipped, 0 overwritten; 0 repairs',
		);
	});

	test('says what a dry run would change', () => {
		const target = asExisting(plan()).map((page) =>
			page.order === 1 ? { ...page, text: page.text.replace('\nLinear', '\nOld') } : page,
		);
		const lines = formatReport(plan({ target, other: [] }, { force: true }), {
			source: 'ch10.md',
			dryRun: true,
		});
		expect(lines).toContain('  would overwrite  content/ch10/01-perceptron-xor.mdx  (+1 −1 lines)');
		expect(lines).toContain('  would skip       content/ch10/index.mdx  (unchanged)');
		expect(lines.at(-1)).toBe(
			'Dry run, nothing written: chapter 10, 4 pages: 0 to write, 3 skipped, 1 to overwrite; 0 repairs',
		);
	});
});

describe('lineChanges', () => {
	test('counts lines added and removed', () => {
		expect(lineChanges('a\nb\nc', 'a\nc\nd\ne')).toEqual({ added: 2, removed: 1 });
	});
});
