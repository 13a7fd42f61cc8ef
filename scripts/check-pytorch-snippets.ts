/**
 * Runs every PyTorch snippet the pages show and checks that it prints exactly what its comments
 * say (`src/lib/content/snippet-output.ts` reads them). The snippets are taken from the pages
 * themselves: each `<CodeTabs id="…" />` of `content/` in either language, rendered with that
 * page's comments. Both languages' snippets differ only in their comments, so each program runs
 * once and its output is checked against the comments of every page that shows it.
 *
 * It needs a Python with PyTorch and torchvision (Debian: `python3-torch python3-torchvision`):
 * `$PYTHON` if set, else the first of `python3` and `/usr/bin/python3` that imports both. Without
 * one it prints why and exits 0, so `npm test` still passes where PyTorch cannot be installed,
 * unless `REQUIRE_PYTORCH=1` is set (then it fails). Snippets run offline in an empty temporary
 * folder, so the parts that need data or pretrained weights (exercises 10 and 11) are skipped by
 * the snippets' own `if Path(…).exists()` guards.
 *
 *   node scripts/check-pytorch-snippets.ts [--only ch14-02,ch14-06]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareOutput } from '../src/lib/content/snippet-output.ts';
import { SNIPPETS, snippetsFor, type SnippetId } from '../src/lib/content/snippets/index.ts';
import type { Lang } from '../src/lib/i18n/lang.ts';
import { defined } from '../src/lib/defined.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTENT = join(ROOT, 'content');
// Question 3 runs bfloat16 convolutions on a batch of 50, which a CPU does slowly: 3 to 4 minutes of
// CPU time, more on a busy machine.
const TIMEOUT_MS = 30 * 60 * 1000;

/** Every `.mdx` file under `dir`. */
function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return pages(full);
		return name.endsWith('.mdx') ? [full] : [];
	});
}

/** The snippets the pages show: snippet ID and language, with the page that shows it. */
function shown(): { id: SnippetId; lang: Lang; page: string }[] {
	return pages(CONTENT).flatMap((file) => {
		const page = relative(ROOT, file).split(sep).join('/');
		const lang: Lang = page.startsWith('content/en/') ? 'en' : 'id';
		const ids = [...readFileSync(file, 'utf8').matchAll(/<CodeTabs\s+id="([^"]+)"/g)].map((m) =>
			defined(m[1], 'a snippet id'),
		);
		return ids.map((id) => {
			if (!(id in SNIPPETS)) throw new Error(`${page}: no snippets called ${id}`);
			return { id: id as SnippetId, lang, page };
		});
	});
}

/** The first Python that imports torch and torchvision, or why there is none. */
function findPython(): { python: string; version: string } | { reason: string } {
	const candidates = process.env.PYTHON ? [process.env.PYTHON] : ['python3', '/usr/bin/python3'];
	for (const python of candidates) {
		const r = spawnSync(
			python,
			['-c', 'import torch, torchvision; print(torch.__version__, torchvision.__version__)'],
			{ encoding: 'utf8' },
		);
		if (r.status === 0) return { python, version: r.stdout.trim() };
	}
	return {
		reason: `none of ${candidates.join(', ')} imports torch and torchvision (Debian: apt-get install python3-torch python3-torchvision)`,
	};
}

/** The code Python runs: the snippet without its comments, the same in both languages. */
const program = (code: string) => code.replace(/^\s*#.*$|\s+#.*$/gm, '');

const only = process.argv.includes('--only')
	? new Set((process.argv[process.argv.indexOf('--only') + 1] ?? '').split(','))
	: undefined;
const found = findPython();
if ('reason' in found) {
	const message = `PyTorch snippets not run: ${found.reason}.`;
	if (process.env.REQUIRE_PYTORCH === '1') {
		console.error(message);
		process.exit(1);
	}
	console.log(`${message} Skipped.`);
	process.exit(0);
}
console.log(
	`Running the pages' PyTorch snippets with ${found.python} (torch, torchvision ${found.version})`,
);

const groups = new Map<
	string,
	{ id: SnippetId; views: { lang: Lang; page: string; code: string }[] }
>();
for (const { id, lang, page } of shown()) {
	if (only && !only.has(id)) continue;
	const code = snippetsFor(id, lang).pytorch;
	const key = program(code);
	const group = groups.get(key) ?? { id, views: [] };
	group.views.push({ lang, page, code });
	groups.set(key, group);
}

let failures = 0;
for (const { id, views } of groups.values()) {
	const dir = mkdtempSync(join(tmpdir(), `snippet-${id}-`));
	try {
		writeFileSync(join(dir, `${id}.py`), defined(views[0], `the first view of ${id}`).code);
		const started = Date.now();
		const r = spawnSync(found.python, [`${id}.py`], {
			cwd: dir,
			encoding: 'utf8',
			timeout: TIMEOUT_MS,
			env: { ...process.env, PYTHONHASHSEED: '0', PYTHONWARNINGS: 'ignore' },
		});
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		const where = views.map((v) => v.page).join(', ');
		if (r.status !== 0) {
			failures++;
			console.error(`✗ ${id} (${where}) exited with ${r.status ?? r.signal}:\n${r.stderr.trim()}`);
			continue;
		}
		const problems = views.flatMap((v) =>
			compareOutput(v.code, r.stdout).map((p) => `${v.page}: ${p}`),
		);
		if (problems.length > 0) {
			failures++;
			console.error(`✗ ${id}, ${seconds} s:\n  ${problems.join('\n  ')}\nIt printed:\n${r.stdout}`);
		} else {
			const lines = r.stdout.trimEnd().split('\n').length;
			console.log(`✓ ${id}: ${lines} printed lines as stated, ${views.length} pages, ${seconds} s`);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
if (failures > 0) {
	console.error(`${failures} PyTorch snippet(s) print something other than their comments say.`);
	process.exit(1);
}
console.log(`All ${groups.size} PyTorch programs print what the pages say.`);
