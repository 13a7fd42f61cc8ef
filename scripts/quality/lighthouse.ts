/**
 * Lighthouse gate, with the `lighthouse` package driving the same Chromium as the other tests,
 * in its default mobile emulation (Moto G Power screen, simulated slow 4G), over gzip as GitHub
 * Pages serves the site (`astro preview` compresses; the gate checks that it did). Every page of
 * both languages runs five times; the median of each figure is graded:
 *
 * - Accessibility, Best Practices and SEO: 100; Performance: at least 98;
 * - Cumulative Layout Shift at most 0.01.
 *
 * Total Blocking Time is printed, not graded on its own: it is part of the Performance score, and
 * alone it swings with single runs far more than the score does.
 *
 * The CPU slowdown is calibrated on every run (`cpu-calibration.ts`): each run is gathered once,
 * at the machine's full speed, and then audited with the slowdown calibrated to the benchmark
 * index measured in that same run. A busy or slow moment of the machine thus still grades the
 * same phone instead of a slower one. Each page's line prints the median benchmark index (`BI`)
 * and slowdown (`CPU`) beside its figures, and every run's Performance score.
 *
 * Cache-lifetime audits are skipped: GitHub Pages sends a fixed `Cache-Control: max-age=600`
 * that the site cannot change. Run alone: `npm run check:quality -- lighthouse`; set
 * `LIGHTHOUSE_PAGES` (comma-separated paths) to grade only some pages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../../e2e/browser.ts';
import { sitePages } from '../../e2e/site.ts';
import { calibratedSlowdown, DEFAULT_SLOWDOWN } from './cpu-calibration.ts';
import { startPreview } from './server.ts';

/** The thresholds, in one place. */
export const LIGHTHOUSE_TARGETS = {
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	performance: 98,
	cumulativeLayoutShift: 0.01,
} as const;

const RUNS = 5;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One run's figures. Scores are 0–100. */
interface RunFigures {
	scores: Record<(typeof CATEGORIES)[number], number>;
	tbt: number;
	cls: number;
	/** Lighthouse's measure of the machine's CPU speed during the run. */
	benchmarkIndex: number;
	/** The CPU slowdown the run was graded with, calibrated to `benchmarkIndex`. */
	slowdown: number;
	/** Audits that lost points, for the report. */
	failing: string[];
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The pages to grade: every page of the site, in both languages. */
export function lighthousePages(): string[] {
	if (process.env.LIGHTHOUSE_PAGES) return process.env.LIGHTHOUSE_PAGES.split(',');
	return sitePages().map((p) => p.path);
}

/** The same configuration for gathering and auditing, but for the calibrated CPU slowdown. */
function configFor(cpuSlowdownMultiplier: number): Config {
	return {
		extends: 'lighthouse:default',
		settings: {
			onlyCategories: [...CATEGORIES],
			// Lighthouse's default simulated slow 4G network stays as it is (settings merge deeply).
			throttlingMethod: 'simulate',
			throttling: { cpuSlowdownMultiplier },
			// Screenshots grade nothing and cost time on every run.
			disableFullPageScreenshot: true,
			skipAudits: [
				'uses-long-cache-ttl',
				'cache-insight',
				'screenshot-thumbnails',
				'final-screenshot',
			],
		},
	};
}

/**
 * One calibrated Lighthouse run: gather the page at full speed (Lighthouse's `gatherMode`), read the
 * benchmark index measured during that gathering, then audit the saved artifacts (`auditMode`) with
 * the CPU slowdown calibrated to it. Lighthouse refuses to audit with settings other than those
 * the artifacts were gathered with, so the saved settings are updated to the calibrated slowdown;
 * with simulated throttling the slowdown is only applied when auditing, never while gathering.
 */
async function calibratedRun(url: string, port: number): Promise<Result> {
	const dir = mkdtempSync(join(tmpdir(), 'cnn-notes-lighthouse-'));
	try {
		const base: Flags = { port, logLevel: 'error', output: 'json' };
		await lighthouse(url, { ...base, gatherMode: dir }, configFor(DEFAULT_SLOWDOWN));
		const file = join(dir, 'artifacts.json');
		const artifacts = JSON.parse(readFileSync(file, 'utf8')) as {
			BenchmarkIndex: number;
			settings: { throttling: { cpuSlowdownMultiplier: number } };
		};
		const slowdown = calibratedSlowdown(artifacts.BenchmarkIndex);
		artifacts.settings.throttling.cpuSlowdownMultiplier = slowdown;
		writeFileSync(file, JSON.stringify(artifacts));
		const result = await lighthouse(url, { ...base, auditMode: dir }, configFor(slowdown));
		if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
		return result.lhr;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Throws unless the server sends pages gzipped, as GitHub Pages does. */
async function assertGzip(url: string): Promise<void> {
	const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
	const encoding = response.headers.get('content-encoding');
	if (encoding !== 'gzip') {
		throw new Error(`The preview server sent ${url} with Content-Encoding ${encoding}, not gzip`);
	}
}

/** Runs the gate; resolves to one line per failed target, naming the page. */
export async function lighthouseGate(port = 4332): Promise<string[]> {
	const preview = await startPreview(port);
	const chrome = await chromeLauncher.launch({
		chromePath: systemChromium() ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	const failures: string[] = [];
	try {
		await assertGzip(preview.url);
		for (const path of lighthousePages()) {
			const runs: RunFigures[] = [];
			for (let i = 0; i < RUNS; i++) {
				const lhr = await calibratedRun(`${preview.origin}${path}`, chrome.port);
				const scores = Object.fromEntries(
					CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
				) as RunFigures['scores'];
				const failing = Object.values(lhr.audits)
					.filter(
						(a) =>
							a.score !== null &&
							a.score < 1 &&
							a.scoreDisplayMode !== 'informative' &&
							a.scoreDisplayMode !== 'manual',
					)
					.map((a) => `${a.id} (${a.displayValue ?? a.score})`);
				runs.push({
					scores,
					tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
					cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
					benchmarkIndex: lhr.environment.benchmarkIndex,
					slowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
					failing,
				});
			}
			const s = (c: (typeof CATEGORIES)[number]) => median(runs.map((r) => r.scores[c]));
			const tbt = median(runs.map((r) => r.tbt));
			const cls = median(runs.map((r) => r.cls));
			const benchmarkIndex = median(runs.map((r) => r.benchmarkIndex));
			const slowdown = median(runs.map((r) => r.slowdown));
			console.log(
				`${path.padEnd(48)} perf ${s('performance')}  a11y ${s('accessibility')}  bp ${s('best-practices')}  seo ${s('seo')}  TBT ${Math.round(tbt)} ms  CLS ${cls.toFixed(3)}  BI ${Math.round(benchmarkIndex)}  CPU ${slowdown.toFixed(1)}×  (perf of each run: ${runs.map((r) => r.scores.performance).join(' ')})`,
			);
			const fail = (what: string) => {
				const audits = [...new Set(runs.flatMap((r) => r.failing))].join(', ');
				failures.push(`${path}: ${what}${audits ? ` — audits below 100%: ${audits}` : ''}`);
			};
			for (const c of ['accessibility', 'best-practices', 'seo'] as const) {
				if (s(c) < LIGHTHOUSE_TARGETS[c]) fail(`${c} ${s(c)} < ${LIGHTHOUSE_TARGETS[c]}`);
			}
			if (s('performance') < LIGHTHOUSE_TARGETS.performance)
				fail(`performance ${s('performance')} < ${LIGHTHOUSE_TARGETS.performance}`);
			if (!(cls <= LIGHTHOUSE_TARGETS.cumulativeLayoutShift))
				fail(
					`Cumulative Layout Shift ${cls.toFixed(3)} > ${LIGHTHOUSE_TARGETS.cumulativeLayoutShift}`,
				);
		}
	} finally {
		chrome.kill();
		await preview.stop();
	}
	return failures;
}
