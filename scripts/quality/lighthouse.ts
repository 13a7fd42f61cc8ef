/**
 * Lighthouse gate, with the `lighthouse` package driving the same Chromium as the other tests,
 * in its default mobile emulation (Moto G Power screen, simulated slow 4G and 4× CPU slowdown).
 * Pages: the home page, the chapter overview and every question page that has a widget, in the
 * default language (the English pages have the same markup). Each page runs three times; the
 * median of each figure is graded:
 *
 * - Accessibility, Best Practices and SEO: 100; Performance: at least 98;
 * - Total Blocking Time at most 50 ms; Cumulative Layout Shift at most 0.01.
 *
 * Cache-lifetime audits are skipped: GitHub Pages sends a fixed `Cache-Control: max-age=600`
 * that the site cannot change. Each line also prints Lighthouse's benchmark index of the machine
 * (`BI`, the median over the runs): the CPU slowdown is a fixed 4×, so a slower or busier machine
 * measures a slower phone, and the index says how fast the machine was when a figure was taken.
 * Run alone: `npm run check:quality -- lighthouse`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../../e2e/browser.ts';
import { DIST, sitePages } from '../../e2e/site.ts';
import { startPreview } from './server.ts';

/** The thresholds, in one place. */
export const LIGHTHOUSE_TARGETS = {
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	performance: 98,
	totalBlockingTimeMs: 50,
	cumulativeLayoutShift: 0.01,
} as const;

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One run's figures. Scores are 0–100. */
interface RunFigures {
	scores: Record<(typeof CATEGORIES)[number], number>;
	tbt: number;
	cls: number;
	/** Lighthouse's measure of the machine's CPU speed during the run. */
	benchmarkIndex: number;
	/** Audits that lost points, for the report. */
	failing: string[];
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The pages to grade: home, overview, and question pages that have at least one widget. */
export function lighthousePages(): string[] {
	if (process.env.LIGHTHOUSE_PAGES) return process.env.LIGHTHOUSE_PAGES.split(',');
	return sitePages()
		.filter((p) => p.lang === 'id')
		.filter((p) => {
			if (p.slug === '' || !p.slug.includes('/')) return true;
			const html = readFileSync(join(DIST, p.path.replace(/^\/[^/]+\//, ''), 'index.html'), 'utf8');
			return html.includes('<astro-island');
		})
		.map((p) => p.path);
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
		for (const path of lighthousePages()) {
			const runs: RunFigures[] = [];
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(
					`${preview.origin}${path}`,
					{ port: chrome.port, output: 'json', logLevel: 'error' },
					{
						extends: 'lighthouse:default',
						settings: {
							onlyCategories: [...CATEGORIES],
							// Screenshots grade nothing and cost time on every run.
							disableFullPageScreenshot: true,
							skipAudits: [
								'uses-long-cache-ttl',
								'cache-insight',
								'screenshot-thumbnails',
								'final-screenshot',
							],
						},
					},
				);
				const lhr = result?.lhr;
				if (!lhr) throw new Error(`Lighthouse returned no result for ${path}`);
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
					failing,
				});
			}
			const s = (c: (typeof CATEGORIES)[number]) => median(runs.map((r) => r.scores[c]));
			const tbt = median(runs.map((r) => r.tbt));
			const cls = median(runs.map((r) => r.cls));
			const benchmarkIndex = median(runs.map((r) => r.benchmarkIndex));
			console.log(
				`${path.padEnd(48)} perf ${s('performance')}  a11y ${s('accessibility')}  bp ${s('best-practices')}  seo ${s('seo')}  TBT ${Math.round(tbt)} ms  CLS ${cls.toFixed(3)}  BI ${Math.round(benchmarkIndex)}`,
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
			if (!(tbt <= LIGHTHOUSE_TARGETS.totalBlockingTimeMs))
				fail(
					`Total Blocking Time ${Math.round(tbt)} ms > ${LIGHTHOUSE_TARGETS.totalBlockingTimeMs} ms`,
				);
			if (!(cls <= LIGHTHOUSE_TARGETS.cumulativeLayoutShift))
				fail(
					`Cumulative Layout Shift ${cls.toFixed(3)} > ${LIGHTHOUSE_TARGETS.cumulativeLayoutShift}`,
				);
		}
	} finally {
		await chrome.kill();
		await preview.stop();
	}
	return failures;
}
