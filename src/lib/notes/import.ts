import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { chapterNumber } from '../site/content-paths.ts';
import type { Repair } from './mojibake.ts';
import type { Notes } from './parse.ts';
import type { Checked } from './input.ts';
import { chapterTitle, renderOverview, renderQuestionPage } from './pages.ts';
import { questionSlug } from './slug.ts';

/**
 * Decides what `npm run import-notes` does to `content/`, without touching it: which files it
 * writes, which it leaves alone and why, and what it warns about. The command reads the folder,
 * asks this module for a plan, prints it, and (unless `--dry-run`) writes it. Keeping the decision
 * pure makes every safety rule testable without a disk, and the output deterministic.
 *
 * The rules:
 * - A chapter lives in `content/chNN/` (`content/en/chNN/` for English notes); an existing folder
 *   of the same number spelled otherwise (`ch9/`) is reused.
 * - A question keeps the file name its page already has, found by `sidebar.order` (the question
 *   number) in the same folder or, failing that, in the other language's folder, so re-importing
 *   never moves a page and both languages share a URL. New questions get {@link questionSlug}.
 * - A file that does not exist is written; one that holds exactly the new text is skipped as
 *   unchanged; one that differs is skipped, or overwritten with `--force`.
 * - A folder that already holds pages of a different chapter (no overview, or an overview with
 *   another title) is a clash: the import stops, unless `--force`.
 */

/** A page already in the chapter's folder. */
export interface ExistingPage {
	/** File name, e.g. `01-cnn-vs-dense.mdx`. */
	name: string;
	text: string;
	title: string;
	/** `sidebar.order`: the question number on question pages. */
	order?: number | undefined;
}

/** What is already in `content/` for this chapter. */
export interface ExistingChapter {
	/** Pages in the folder being written (the notes' language). */
	target: readonly ExistingPage[];
	/** Pages of the same chapter in the other language, whose file names are reused. */
	other: readonly ExistingPage[];
}

/** How the import was asked for. */
export interface ImportOptions {
	chapter: number;
	lang: Lang;
	force: boolean;
	/** The chapter folder, relative to `content/`, without the language (see {@link chapterFolder}). */
	folder: string;
}

/** What happens to one file. */
export type FileAction = 'write' | 'skip' | 'overwrite';

/** One file of the plan. */
export interface PlannedFile {
	/** Path relative to `content/`, e.g. `ch15/01-rnn-vs-dense.mdx`. */
	path: string;
	text: string;
	action: FileAction;
	/** Why: a new file, the same text already there, a different page left alone, or `--force`. */
	reason: 'new' | 'unchanged' | 'differs' | 'forced';
	/** The page's text before the import, when it existed. */
	previous?: string;
	/** The question number; absent for the overview. */
	question?: number;
}

/** The outcome of {@link planImport}. */
export interface ImportPlan {
	chapter: number;
	lang: Lang;
	/** The overview's title, e.g. `Bab 15 – Recurrent Neural Networks`. */
	title: string;
	files: PlannedFile[];
	warnings: string[];
	repairs: Repair[];
}

/**
 * The folder of chapter `n`: an existing one with that number (in either language), else `chNN`
 * with two digits, which sorts `ch09` before `ch10` and matches chapter 14's `ch14`.
 */
export function chapterFolder(n: number, existingFolders: readonly string[]): string {
	const found = [...existingFolders].sort().find((name) => {
		return /^ch\d+$/.test(name) && chapterNumber(name) === n;
	});
	return found ?? `ch${String(n).padStart(2, '0')}`;
}

/** The content-relative folder a language's pages go to: `ch15` or `en/ch15`. */
export function languageFolder(folder: string, lang: Lang): string {
	return lang === DEFAULT_LANG ? folder : `${lang}/${folder}`;
}

const isOverview = (page: ExistingPage) => page.name === 'index.mdx' || page.name === 'index.md';

/** Builds the plan (see the module comment), or the one-line reason the import must stop. */
export function planImport(
	notes: Notes,
	options: ImportOptions,
	existing: ExistingChapter,
): Checked<ImportPlan> {
	const { chapter, lang, force } = options;
	const folder = languageFolder(options.folder, lang);
	const title = chapterTitle(chapter, notes.title, lang);
	const warnings: string[] = [];

	const overview = existing.target.find(isOverview);
	if (existing.target.length > 0 && !force && overview?.title !== title) {
		const what = overview
			? `chapter "${overview.title}", not "${title}"`
			: `${existing.target.length} page(s) but no chapter overview`;
		return {
			ok: false,
			error: `content/${folder}/ already holds ${what}; pass --force to import over it, or --chapter N for another number`,
		};
	}
	if (notes.chapter !== undefined && notes.chapter !== chapter) {
		warnings.push(
			`the notes' heading says chapter ${notes.chapter}; importing as chapter ${chapter}`,
		);
	}
	if (lang !== DEFAULT_LANG && existing.other.length === 0) {
		warnings.push(
			`content/${options.folder}/ has no ${DEFAULT_LANG} pages: the ${lang} pages are built, but the sidebar and the home page list a chapter only once its ${DEFAULT_LANG} pages exist (Starlight falls back from ${DEFAULT_LANG} only)`,
		);
	}

	const byOrder = (pages: readonly ExistingPage[], n: number) =>
		pages.find((p) => !isOverview(p) && p.order === n);
	const plans: { name: string; text: string; question?: number }[] = [
		{
			name: 'index.mdx',
			text: renderOverview({
				lang,
				chapter,
				title: notes.title,
				folder,
				questions: notes.questions.length,
			}),
		},
	];
	for (const q of [...notes.questions].sort((a, b) => a.number - b.number)) {
		const reused = byOrder(existing.target, q.number) ?? byOrder(existing.other, q.number);
		const name = reused?.name ?? `${questionSlug(q.number, q.text, q.slug)}.mdx`;
		plans.push({
			name,
			text: renderQuestionPage(q, { lang, chapter, folder }),
			question: q.number,
		});
		if (!q.answer.trim()) {
			warnings.push(`question ${q.number} (line ${q.line}) has no answer; its page says so`);
		}
		if (!q.text.trim()) {
			warnings.push(`question ${q.number} (line ${q.line}) has no text; its page is untitled`);
		}
	}

	const planned = new Set(plans.map((p) => p.name));
	for (const page of existing.target) {
		if (!planned.has(page.name)) {
			warnings.push(`content/${folder}/${page.name} is not in the notes; left as it is`);
		}
	}

	const files = plans.map(({ name, text, question }): PlannedFile => {
		const previous = existing.target.find((p) => p.name === name)?.text;
		const base = {
			path: `${folder}/${name}`,
			text,
			...(question === undefined ? {} : { question }),
		};
		if (previous === undefined) return { ...base, action: 'write', reason: 'new' };
		if (previous === text) return { ...base, action: 'skip', reason: 'unchanged', previous };
		return force
			? { ...base, action: 'overwrite', reason: 'forced', previous }
			: { ...base, action: 'skip', reason: 'differs', previous };
	});

	return { ok: true, value: { chapter, lang, title, files, warnings, repairs: notes.repairs } };
}

/** How many lines a page gains and loses, for the dry run's "what would change". */
export function lineChanges(before: string, after: string): { added: number; removed: number } {
	const count = (lines: string[]) => {
		const map = new Map<string, number>();
		for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
		return map;
	};
	const a = count(before.split('\n'));
	const b = count(after.split('\n'));
	let added = 0;
	let removed = 0;
	for (const [line, n] of b) added += Math.max(0, n - (a.get(line) ?? 0));
	for (const [line, n] of a) removed += Math.max(0, n - (b.get(line) ?? 0));
	return { added, removed };
}

/**
 * One line about the repairs: how many sequences, and the commonest ones as examples, with the
 * sequences that had lost a byte (the `”` of `â€`) marked, since those are the ones a naive
 * re-encoding gets wrong and the author may want to check.
 */
export function describeRepairs(repairs: readonly Repair[], examples = 5): string {
	if (repairs.length === 0) return 'Repairs: none (the text was clean)';
	const groups = new Map<string, { from: string; to: string; count: number; first: number }>();
	for (const r of repairs) {
		const key = `${r.from}\u0000${r.to}`;
		const group = groups.get(key);
		if (group) group.count++;
		else groups.set(key, { from: r.from, to: r.to, count: 1, first: r.index });
	}
	const utf8Length = (s: string) => new TextEncoder().encode(s).length;
	const lostByte = (g: { from: string; to: string }) => utf8Length(g.to) > [...g.from].length;
	const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first);
	const picked = sorted.slice(0, examples);
	// A restored lost byte is always worth showing, even when it is rare.
	const lost = sorted.find(lostByte);
	if (lost && !picked.includes(lost)) picked.splice(examples - 1, 1, lost);
	const shown = picked.map((g) => {
		const note = lostByte(g) ? ', a lost byte restored' : '';
		return `"${g.from}" → "${g.to}" (${g.count}×${note})`;
	});
	const more = sorted.length > examples ? `, and ${sorted.length - examples} more kinds` : '';
	const n = repairs.length;
	return `Repairs: ${n} mojibake sequence${n === 1 ? '' : 's'}, e.g. ${shown.join(', ')}${more}`;
}

const VERBS: Record<FileAction, [string, string]> = {
	write: ['write', 'would write'],
	skip: ['skip', 'would skip'],
	overwrite: ['overwrite', 'would overwrite'],
};

/**
 * The command's report, one line each: the chapter, every file with what happens to it, the
 * repairs, and a closing count of pages written, skipped and overwritten.
 */
export function formatReport(
	plan: ImportPlan,
	options: { source: string; dryRun: boolean },
): string[] {
	const verb = (action: FileAction) => VERBS[action][options.dryRun ? 1 : 0];
	const width = Math.max(...plan.files.map((f) => verb(f.action).length));
	const lines = [`${plan.title} (${plan.lang}) from ${options.source}`];
	for (const file of plan.files) {
		let note = '';
		if (file.previous !== undefined) {
			const { added, removed } = lineChanges(file.previous, file.text);
			const changes = `+${added} −${removed} lines`;
			if (file.reason === 'unchanged') note = '  (unchanged)';
			if (file.reason === 'differs')
				note = `  (exists and differs: ${changes}; --force overwrites it)`;
			if (file.reason === 'forced') note = `  (${changes})`;
		}
		lines.push(`  ${verb(file.action).padEnd(width)}  content/${file.path}${note}`);
	}
	lines.push(describeRepairs(plan.repairs));
	const count = (action: FileAction) => plan.files.filter((f) => f.action === action).length;
	const pages = plan.files.length;
	lines.push(
		`${options.dryRun ? 'Dry run, nothing written' : 'Done'}: chapter ${plan.chapter}, ${pages} pages: ` +
			`${count('write')} ${options.dryRun ? 'to write' : 'written'}, ${count('skip')} skipped, ` +
			`${count('overwrite')} ${options.dryRun ? 'to overwrite' : 'overwritten'}; ` +
			`${plan.repairs.length} repairs`,
	);
	return lines;
}
