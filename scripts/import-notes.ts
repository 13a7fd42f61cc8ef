/**
 * Turns a notes file into a chapter's pages:
 *
 *   npm run import-notes -- FILE.md [--chapter N] [--lang id|en] [--dry-run] [--force]
 *
 * See "Importing a chapter's notes" in the README for the notes format and the rules; the work is
 * done by `scripts/import-notes/run.ts` and the pure modules it calls in `src/lib/`.
 */
import { run } from './import-notes/run.ts';

// `npm run` starts scripts in the package root; INIT_CWD is where the author typed the command.
const result = run(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
for (const line of result.stdout) process.stdout.write(`${line}\n`);
for (const line of result.stderr) process.stderr.write(`${line}\n`);
process.exitCode = result.code;
