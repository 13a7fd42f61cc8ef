import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/lib/i18n/lang.ts';
import { parseNotes } from '../../src/lib/notes/parse.ts';
import { checkNotes, decodeNotesFile } from '../../src/lib/notes/input.ts';
import {
	chapterFolder,
	formatReport,
	languageFolder,
	planImport,
} from '../../src/lib/notes/import.ts';
import { folderNames, readPages } from './read-chapter.ts';

/**
 * `npm run import-notes`: reads a notes file and writes its chapter's pages into `content/`. This
 * module is the command minus `process`: it takes the arguments and returns the exit code and the
 * lines to print, so tests run it in-process; `scripts/import-notes.ts` is the thin entry point.
 */

/** The repository this script belongs to: its `content/` is written unless `--root` says otherwise. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How to call the command, printed by `--help` and after a usage error. */
export const USAGE =
	'usage: npm run import-notes -- FILE.md [--chapter N] [--lang id|en] [--dry-run] [--force] [--root DIR]';

/** What the command did: its exit code and what it printed on each stream. */
export interface RunResult {
	code: number;
	stdout: string[];
	stderr: string[];
}

const fail = (message: string): RunResult => ({
	code: 1,
	stdout: [],
	stderr: [`import-notes: ${message}`],
});

function readBytes(file: string, name: string): Uint8Array | string {
	try {
		return readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return `${name} does not exist`;
		if (code === 'EISDIR') return `${name} is a folder, not a notes file`;
		return `cannot read ${name}: ${(error as Error).message}`;
	}
}

/**
 * Runs the command. Every check (arguments, file, notes, clash with existing pages) happens before
 * the first write, so a bad input exits with code 1, one line on stderr and nothing written.
 * Relative paths (the notes file, `--root`) are resolved against `cwd`.
 */
export function run(args: readonly string[], cwd = process.cwd()): RunResult {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...args],
			allowPositionals: true,
			options: {
				chapter: { type: 'string' },
				lang: { type: 'string', default: DEFAULT_LANG },
				'dry-run': { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				root: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		return fail(`${(error as Error).message}; ${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (values.help) return { code: 0, stdout: [USAGE], stderr: [] };
	if (positionals.length !== 1) {
		return fail(
			`${positionals.length === 0 ? 'no notes file given' : 'give one notes file'}; ${USAGE}`,
		);
	}
	const source = positionals[0] ?? '';
	if (!(LANGS as readonly string[]).includes(values.lang)) {
		return fail(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}"`);
	}
	const lang = values.lang as Lang;
	let chapterOption: number | undefined;
	if (values.chapter !== undefined) {
		chapterOption = Number(values.chapter);
		if (!/^\d+$/.test(values.chapter) || chapterOption < 1) {
			return fail(`--chapter must be a positive whole number, not "${values.chapter}"`);
		}
	}
	const root = values.root === undefined ? REPO_ROOT : resolve(cwd, values.root);
	const contentDir = join(root, 'content');
	if (!existsSync(contentDir)) return fail(`${root} has no content/ folder; is --root the site?`);

	const bytes = readBytes(resolve(cwd, source), source);
	if (typeof bytes === 'string') return fail(bytes);
	const decoded = decodeNotesFile(bytes, source);
	if (!decoded.ok) return fail(decoded.error);
	const notes = parseNotes(decoded.value);
	const checked = checkNotes(notes, source, chapterOption);
	if (!checked.ok) return fail(checked.error);
	const chapter = checked.value;

	const otherLang = lang === DEFAULT_LANG ? LANGS.find((l) => l !== DEFAULT_LANG) : DEFAULT_LANG;
	const folders = [
		...folderNames(contentDir),
		...LANGS.filter((l) => l !== DEFAULT_LANG).flatMap((l) => folderNames(join(contentDir, l))),
	];
	const folder = chapterFolder(chapter, folders);
	const planned = planImport(
		notes,
		{ chapter, lang, force: values.force, folder },
		{
			target: readPages(join(contentDir, languageFolder(folder, lang))),
			other: otherLang ? readPages(join(contentDir, languageFolder(folder, otherLang))) : [],
		},
	);
	if (!planned.ok) return fail(planned.error);
	const plan = planned.value;

	const dryRun = values['dry-run'];
	if (!dryRun) {
		for (const file of plan.files) {
			if (file.action === 'skip') continue;
			const target = join(contentDir, file.path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, file.text);
		}
	}
	return {
		code: 0,
		stdout: formatReport(plan, { source, dryRun }),
		stderr: plan.warnings.map((w) => `warning: ${w}`),
	};
}
