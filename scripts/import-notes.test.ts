/**
 * The import command end to end on disk (no build): the seed notes against the site's chapter 14
 * pages, the fixtures in `scripts/fixtures/notes/`, the safety rules and every bad input. Each test
 * imports into its own temporary folder, never into the real `content/`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hasMojibake } from '../src/lib/notes/mojibake.ts';
import { answerPlainText } from '../src/lib/notes/parse.ts';
import { readPages } from './import-notes/read-chapter.ts';
import { REPO_ROOT, run } from './import-notes/run.ts';

const FIXTURES = join(REPO_ROOT, 'scripts/fixtures/notes');
const SEED = join(REPO_ROOT, 'content/_sources/ch14-cnn.md');
const fixture = (name: string) => join(FIXTURES, name);

const roots: string[] = [];
/** A new, empty site root with a `content/` folder. */
function freshRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'import-notes-test-'));
	mkdirSync(join(root, 'content'));
	roots.push(root);
	return root;
}
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes, to prove that a command wrote nothing. */
function tree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else out[relative(dir, full)] = readFileSync(full).toString('base64');
		}
	};
	walk(dir);
	return out;
}

/** Imports into `root` and insists that it succeeded. */
function importInto(root: string, file: string, ...args: string[]) {
	const result = run([file, '--root', root, ...args]);
	expect(
		result.stderr.filter((l) => !l.startsWith('warning: ')),
		'errors',
	).toEqual([]);
	expect(result.code).toBe(0);
	return result;
}

/** The Markdown inside a page's `<ShortAnswer>`, or undefined when it has none. */
function shortAnswer(page: string): string | undefined {
	return /<ShortAnswer>\n([\s\S]*?)\n<\/ShortAnswer>/.exec(page)?.[1]?.trim();
}

/** The question pages of a chapter folder, keyed by question number. */
function questionPages(dir: string): Map<number, string> {
	return new Map(
		readPages(dir).flatMap((p) => (p.order === undefined ? [] : [[p.order, p.text] as const])),
	);
}

describe('the seed notes (content/_sources/ch14-cnn.md)', () => {
	const root = freshRoot();
	importInto(root, SEED);
	const imported = questionPages(join(root, 'content/ch14'));
	const site = questionPages(join(REPO_ROOT, 'content/ch14'));

	test('give the eight questions and an overview', () => {
		expect([...imported.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(readdirSync(join(root, 'content/ch14'))).toContain('index.mdx');
	});

	test("give exactly the short answers that the site's chapter 14 pages show", () => {
		// The site adds the hands-on exercises 9 (the lab), 10 and 11, which the notes stop before.
		expect([...site.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		for (const [n, page] of imported) {
			const mine = shortAnswer(page);
			const theirs = shortAnswer(site.get(n) ?? '');
			expect(mine, `question ${n} has a short answer`).toBeDefined();
			expect(answerPlainText(mine ?? ''), `question ${n}`).toBe(answerPlainText(theirs ?? ''));
		}
	});

	test('repair every damaged character, including the quote that lost a byte', () => {
		const all = [...imported.values()].join('\n');
		for (const ch of ['“same”', '×', '→', '≈', '–']) expect(all).toContain(ch);
		expect(hasMojibake(all)).toBe(false);
		expect(readFileSync(join(root, 'content/ch14/index.mdx'), 'utf8')).toContain(
			"title: 'Bab 14 – Convolutional Neural Networks'",
		);
	});

	test('would leave the real chapter 14 pages alone: a dry run finds all nine and skips them', () => {
		const result = run([SEED, '--dry-run']);
		expect(result.code).toBe(0);
		const files = result.stdout.filter((l) => l.startsWith('  '));
		expect(files).toHaveLength(9);
		expect(files.every((l) => l.trimStart().startsWith('would skip'))).toBe(true);
		expect(result.stdout.at(-1)).toMatch(/^Dry run, nothing written: chapter 14, 9 pages: 0 to/);
	});
});

describe('fixtures', () => {
	test('another chapter: six questions repaired, an override slug, and a warning for a missing answer', () => {
		const root = freshRoot();
		const result = importInto(root, fixture('ch10-ann.md'));
		const dir = join(root, 'content/ch10');
		expect(readdirSync(dir).sort()).toEqual([
			'01-perceptron-xor.mdx',
			'02-logistic-activation-function-key.mdx',
			'03-name-three-popular-activation.mdx',
			'04-mlp-input-10-neuron.mdx',
			'05-many-neurons-output-layer.mdx',
			'06-backpropagation-bedanya-reverse.mdx',
			'index.mdx',
		]);
		const pages = questionPages(dir);
		expect(shortAnswer(pages.get(2) ?? '')).toBe(
			'Turunannya selalu ≠ 0, jadi **gradient descent** selalu bisa “bergerak”.\\\nStep function punya gradien 0 di mana-mana.',
		);
		expect(shortAnswer(pages.get(3) ?? '')).toBe(
			'- ReLU: max(0, z)\n- tanh: output ∈ (−1, 1)\n- sigmoid: σ(z) = 1 / (1 + exp(−z))',
		);
		expect(shortAnswer(pages.get(5) ?? '')).toBeUndefined();
		expect(pages.get(5)).toContain('Catatan penulis belum memuat jawaban untuk soal ini.');
		expect(readFileSync(join(dir, 'index.mdx'), 'utf8')).toContain(
			"title: 'Bab 10 – Introduction to Artificial Neural Networks with Keras'",
		);
		expect(result.stderr).toEqual([
			'warning: question 5 (line 36) has no answer; its page says so',
		]);
		expect(result.stdout.join('\n')).toMatch(
			/Repairs: 16 mojibake sequences, e\.g\. .*"â€" → "”" \(1×, a lost byte restored\)/,
		);
	});

	test('clean UTF-8 is left exactly as written, and nothing is reported repaired', () => {
		const root = freshRoot();
		const result = importInto(root, fixture('ch11-clean-utf8.md'));
		expect(result.stdout).toContain('Repairs: none (the text was clean)');
		const source = readFileSync(fixture('ch11-clean-utf8.md'), 'utf8');
		for (const page of questionPages(join(root, 'content/ch11')).values()) {
			for (const line of (shortAnswer(page) ?? '').split('\n')) {
				expect(source).toContain(line.replace(/\\$/, ''));
			}
		}
		const second = questionPages(join(root, 'content/ch11')).get(2) ?? '';
		expect(second).toContain('“2×”');
		expect(second).toContain('“résumé”');
	});

	test('quoted and unquoted answers lose their quote markers and keep their lists', () => {
		const root = freshRoot();
		importInto(root, fixture('ch12-mixed-quoting.md'));
		const pages = questionPages(join(root, 'content/ch12'));
		expect(shortAnswer(pages.get(1) ?? '')).toBe(
			'Mirip, tapi tensor **immutable** dan bisa jalan di GPU.',
		);
		expect(shortAnswer(pages.get(2) ?? '')).toBe(
			'Kalau loss bawaan tidak cukup, misalnya Huber loss dengan threshold sendiri.',
		);
		expect(shortAnswer(pages.get(3) ?? '')).toBe(
			[
				'Langkah per batch:',
				'',
				'1. Ambil batch',
				'2. Hitung loss di dalam `tf.GradientTape()`',
				'',
				'3. Hitung gradien → terapkan ke optimizer',
				'',
				'4. Update metrik',
				'',
				'Lalu ulangi untuk tiap epoch.',
				'',
				'Catatan: lebih fleksibel, tapi lebih rawan bug.',
			].join('\n'),
		);
		expect(shortAnswer(pages.get(4) ?? '')).toBe(
			[
				'- Python function → **TensorFlow graph**',
				'  - lebih cepat (optimasi graph)',
				'  - bisa diekspor (SavedModel)',
				'',
				'- Tapi side effect Python hanya jalan saat *tracing*',
			].join('\n'),
		);
	});

	test('CRLF line endings give the same pages as LF, with LF endings', () => {
		const crlf = freshRoot();
		importInto(crlf, fixture('ch13-crlf.md'));
		const lfFile = join(freshRoot(), 'ch13-lf.md');
		writeFileSync(lfFile, readFileSync(fixture('ch13-crlf.md'), 'utf8').replace(/\r\n/g, '\n'));
		const lf = freshRoot();
		importInto(lf, lfFile);
		expect(tree(join(crlf, 'content'))).toEqual(tree(join(lf, 'content')));
		const page = questionPages(join(crlf, 'content/ch13')).get(2) ?? '';
		expect(page).not.toContain('\r');
		expect(shortAnswer(page)).toBe(
			'Format biner berisi protobuf “Example”; cepat dibaca berurutan.\\\nBisa dikompresi (GZIP).',
		);
	});

	test('a byte-order mark is dropped, not carried into the title', () => {
		const withBom = freshRoot();
		importInto(withBom, fixture('ch15-bom.md'));
		const bytes = readFileSync(fixture('ch15-bom.md'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const plainFile = join(freshRoot(), 'ch15.md');
		writeFileSync(plainFile, bytes.subarray(3));
		const plain = freshRoot();
		importInto(plain, plainFile);
		expect(tree(join(withBom, 'content'))).toEqual(tree(join(plain, 'content')));
		const overview = readFileSync(join(withBom, 'content/ch15/index.mdx'), 'utf8');
		expect(overview).toContain("title: 'Bab 15 – Processing Sequences Using RNNs and CNNs'");
		expect(overview).not.toContain('\uFEFF');
	});

	test('MDX-significant characters are escaped in the page body and kept in the title', () => {
		const root = freshRoot();
		importInto(root, fixture('ch16-mdx-hazards.md'));
		const pages = questionPages(join(root, 'content/ch16'));
		expect(pages.get(1)).toContain(
			"title: 'What does a <mask> token {do} in ''BERT'' & \"GPT\": pre-training #1?'",
		);
		expect(shortAnswer(pages.get(1) ?? '')).toContain(
			'Token \\<mask\\> menggantikan \\{kata\\} yang disembunyikan; 5 \\< 7 \\> 3',
		);
		expect(shortAnswer(pages.get(2) ?? '')).toContain('&#105;mport tensorflow as tf');
	});

	test('English notes go under content/en/, and nothing is written for Indonesian', () => {
		const root = freshRoot();
		const result = importInto(root, fixture('ch15-bom.md'), '--lang', 'en');
		expect(Object.keys(tree(join(root, 'content'))).sort()).toEqual([
			'en/ch15/01-sebutkan-aplikasi-rnn-sequence.mdx',
			'en/ch15/02-rnn-susah-dilatih-sekuens.mdx',
			'en/ch15/index.mdx',
		]);
		expect(result.stderr.join('\n')).toMatch(/content\/ch15\/ has no id pages/);
	});
});

describe('output and safety', () => {
	test('the same notes give the same files, byte for byte', () => {
		const a = freshRoot();
		const b = freshRoot();
		importInto(a, fixture('ch10-ann.md'));
		importInto(b, fixture('ch10-ann.md'));
		expect(tree(join(a, 'content'))).toEqual(tree(join(b, 'content')));
	});

	test('a second import skips every page as unchanged', () => {
		const root = freshRoot();
		importInto(root, fixture('ch12-mixed-quoting.md'));
		const before = tree(root);
		const again = importInto(root, fixture('ch12-mixed-quoting.md'));
		expect(again.stdout.filter((l) => l.includes('(unchanged)'))).toHaveLength(5);
		expect(again.stdout.at(-1)).toBe(
			'Done: chapter 12, 5 pages: 0 written, 5 skipped, 0 overwritten; 4 repairs',
		);
		expect(tree(root)).toEqual(before);
	});

	test('an edited page is kept without --force and overwritten with it', () => {
		const root = freshRoot();
		importInto(root, fixture('ch12-mixed-quoting.md'));
		const page = join(root, 'content/ch12/01-beda-tensor-tensorflow-array.mdx');
		const original = readFileSync(page, 'utf8');
		writeFileSync(page, `${original}\nPenjelasan tambahan.\n`);
		const kept = importInto(root, fixture('ch12-mixed-quoting.md'));
		expect(kept.stdout.join('\n')).toMatch(
			/skip {2}content\/ch12\/01-beda-tensor-tensorflow-array\.mdx {2}\(exists and differs: \+0 −2 lines; --force overwrites it\)/,
		);
		expect(readFileSync(page, 'utf8')).toContain('Penjelasan tambahan.');
		const forced = importInto(root, fixture('ch12-mixed-quoting.md'), '--force');
		expect(forced.stdout.at(-1)).toMatch(/0 written, 4 skipped, 1 overwritten/);
		expect(readFileSync(page, 'utf8')).toBe(original);
	});

	test('--dry-run writes nothing and says what it would write', () => {
		const root = freshRoot();
		const result = importInto(root, fixture('ch10-ann.md'), '--dry-run');
		expect(tree(root)).toEqual({});
		expect(result.stdout).toContain('  would write  content/ch10/01-perceptron-xor.mdx');
		expect(result.stdout.at(-1)).toBe(
			'Dry run, nothing written: chapter 10, 7 pages: 7 to write, 0 skipped, 0 to overwrite; 16 repairs',
		);
	});

	test('--chapter overrides the heading', () => {
		const root = freshRoot();
		importInto(root, fixture('ch10-ann.md'), '--chapter', '7');
		expect(readFileSync(join(root, 'content/ch07/index.mdx'), 'utf8')).toContain(
			'<ChapterContents chapter={7} />',
		);
	});
});

describe('bad input exits with code 1, one line and nothing written', () => {
	/** Runs the command on a root that already holds the seed's chapter 14, and checks the failure. */
	function refuses(args: string[], message: RegExp) {
		const root = freshRoot();
		importInto(root, SEED);
		const before = tree(root);
		const result = run([...args, '--root', root]);
		expect(result.code).toBe(1);
		expect(result.stdout).toEqual([]);
		expect(result.stderr).toHaveLength(1);
		expect(result.stderr[0]).toMatch(message);
		expect(tree(root)).toEqual(before);
	}

	test('a missing file', () => {
		refuses([fixture('no-such-notes.md')], /^import-notes: .*no-such-notes\.md does not exist$/);
	});

	test('an empty file', () => {
		refuses([fixture('bad-empty.md')], /^import-notes: .*bad-empty\.md is empty$/);
	});

	test('a binary file', () => {
		refuses([fixture('bad-binary.md')], /^import-notes: .*bad-binary\.md is a binary file/);
	});

	test('a file with no questions', () => {
		refuses([fixture('bad-no-questions.md')], /bad-no-questions\.md has no questions/);
	});

	test('duplicate question numbers', () => {
		refuses(
			[fixture('bad-duplicate-numbers.md')],
			/bad-duplicate-numbers\.md has question 2 twice \(lines 11 and 17\)/,
		);
	});

	test('a chapter number that clashes with a different existing chapter, without --force', () => {
		refuses(
			[fixture('bad-clash.md')],
			/content\/ch14\/ already holds chapter "Bab 14 – Convolutional Neural Networks", not "Bab 14 – Recurrent Neural Networks"; pass --force/,
		);
	});

	test('a heading without a chapter number, and no --chapter', () => {
		refuses([fixture('bad-no-chapter.md')], /has no chapter number .*pass --chapter N$/);
	});

	test('a bad option', () => {
		refuses([fixture('ch10-ann.md'), '--lang', 'fr'], /--lang must be one of id, en, not "fr"/);
		refuses([fixture('ch10-ann.md'), '--chapter', 'x'], /--chapter must be a positive whole/);
		refuses([fixture('ch10-ann.md'), '--colour'], /Unknown option '--colour'/);
	});

	test('a --root that is not a site', () => {
		const root = mkdtempSync(join(tmpdir(), 'import-notes-test-'));
		roots.push(root);
		const result = run([fixture('ch10-ann.md'), '--root', root]);
		expect(result).toEqual({
			code: 1,
			stdout: [],
			stderr: [`import-notes: ${root} has no content/ folder; is --root the site?`],
		});
		expect(readdirSync(root)).toEqual([]);
	});

	test('with --force, the clashing chapter is imported over the old one', () => {
		const root = freshRoot();
		importInto(root, SEED);
		const result = importInto(root, fixture('bad-clash.md'), '--force');
		expect(result.stdout.at(-1)).toMatch(/0 written, 0 skipped, 2 overwritten/);
		expect(result.stderr).toHaveLength(7);
	});
});

describe('the npm script entry point', () => {
	const script = join(REPO_ROOT, 'scripts/import-notes.ts');

	test('exits 1 with one line on stderr for bad input', () => {
		const result = spawnSync(process.execPath, [script, fixture('bad-empty.md')], {
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
	});

	test('reads a relative path from where npm was run (INIT_CWD), not from the package root', () => {
		const root = freshRoot();
		const result = spawnSync(process.execPath, [script, 'ch15-bom.md', '--root', root], {
			encoding: 'utf8',
			env: { ...process.env, INIT_CWD: FIXTURES },
		});
		expect(result.status).toBe(0);
		expect(readdirSync(join(root, 'content/ch15'))).toContain('index.mdx');
	});

	test('exits 0 and prints the summary for good notes', () => {
		const root = freshRoot();
		const out = execFileSync(
			process.execPath,
			[script, fixture('ch11-clean-utf8.md'), '--root', root],
			{
				encoding: 'utf8',
			},
		);
		expect(out.trim().split('\n').at(-1)).toBe(
			'Done: chapter 11, 5 pages: 5 written, 0 skipped, 0 overwritten; 0 repairs',
		);
	});
});
