/**
 * Runs the quality gates over the built site (`npm run build:test` first):
 *
 *   npm run check:quality                 every gate
 *   npm run check:quality -- weight html  only these
 *
 * Gates: `links` (internal links, anchors, assets), `html` (html-validate), `weight` (gzipped
 * HTML, CSS and JavaScript per page), `browser` (axe in both themes, reading without JavaScript,
 * console and foreign requests, search download size; Playwright's `quality` project) and
 * `lighthouse`. Each prints its own report; a summary at the end names every gate that failed,
 * and the process exits with 1 if any did.
 */
import { spawnSync } from 'node:child_process';
import { htmlGate } from './html.ts';
import { lighthouseGate } from './lighthouse.ts';
import { linksGate } from './links.ts';
import { weightGate } from './weight.ts';
import type { Excess } from './budget.ts';

/** The browser gates live in Playwright's `quality` project, so they share its fixtures and reports. */
function browserGate(): string[] {
	const run = spawnSync('npx', ['playwright', 'test', '--project=quality'], { stdio: 'inherit' });
	return run.status === 0
		? []
		: ['one or more Playwright quality checks failed (see the report above)'];
}

const describeExcess = (e: Excess) => `${e.page}: ${e.rule} ${e.actual} B > ${e.limit} B`;

/**
 * `PORT` moves the preview servers the gates start, so that several checkouts can run their
 * gates at once (the weight gate serves on PORT, Lighthouse on PORT + 1).
 */
const port = process.env.PORT ? Number(process.env.PORT) : undefined;

/** Each gate returns its problems, the ones that start a server or a browser asynchronously. */
const GATES: Record<string, () => string[] | Promise<string[]>> = {
	links: linksGate,
	html: htmlGate,
	weight: async () => (await weightGate(port)).map(describeExcess),
	browser: browserGate,
	lighthouse: () => lighthouseGate(port === undefined ? undefined : port + 1),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in GATES));
if (unknown.length > 0) {
	console.error(`Unknown gate(s): ${unknown.join(', ')}. Gates: ${Object.keys(GATES).join(', ')}.`);
	process.exit(1);
}

const summary: string[] = [];
let failed = false;
for (const [name, gate] of Object.entries(GATES)) {
	if (wanted.length > 0 && !wanted.includes(name)) continue;
	console.log(`\n=== ${name} ===`);
	const started = Date.now();
	const problems = await gate();
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	if (problems.length > 0) {
		failed = true;
		console.log(`\n${name}: ${problems.length} problem(s)`);
		for (const p of problems) console.log(`  ✗ ${p}`);
	}
	summary.push(`${problems.length === 0 ? '✓' : '✗'} ${name.padEnd(10)} ${seconds.padStart(4)} s`);
}
console.log(`\nQuality gates:\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
