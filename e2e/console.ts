import type { Page } from '@playwright/test';

/**
 * Collects what a page reports as going wrong: console errors and warnings, uncaught exceptions,
 * failed requests and HTTP error responses. Tests assert the list is empty, so the message names
 * every problem at once instead of the first.
 */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (msg) => {
		// The site registers its service worker after load (issue 16); the specs that do not test it
		// block it (playwright.config.ts), and Playwright says so in the console. That warning is the
		// test harness's own, not the site's.
		if (msg.text() === 'Service Worker registration blocked by Playwright') return;
		if (msg.type() === 'error' || msg.type() === 'warning') {
			problems.push(`console ${msg.type()}: ${msg.text()}`);
		}
	});
	page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
	page.on('requestfailed', (req) => {
		const error = req.failure()?.errorText;
		// The browser drops the tab icon's fetch when a test reloads or navigates while it is on its
		// way: nothing a reader sees, and it made tests that reload fail now and then.
		if (error === 'net::ERR_ABORTED' && new URL(req.url()).pathname.endsWith('/favicon.svg'))
			return;
		problems.push(`failed request: ${req.url()} (${error})`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	return problems;
}
