import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './e2e/browser.ts';
import { BASE, DIST } from './e2e/site.ts';

const PORT = Number(process.env.PORT ?? 4329);
const executablePath = systemChromium();

/**
 * End-to-end tests run against the production build (`npm run build:test`, built under a non-root
 * base path) served by `astro preview`, the way GitHub Pages will serve it.
 */
export default defineConfig({
	testDir: './e2e',
	// Two suites over the same build: `e2e` checks behaviour, `quality` holds the gates that
	// `npm run check:quality` runs (accessibility, no-JS reading, console/security, search weight).
	projects: [
		{ name: 'e2e', testMatch: '**/*.spec.ts', testIgnore: 'quality/**' },
		{ name: 'quality', testMatch: 'quality/**/*.spec.ts' },
	],
	fullyParallel: true,
	...(process.env.CI ? { workers: 2 } : {}),
	// On CI, a test that fails is run once more and reported as flaky if it then passes: the
	// widgets' keyboard and link tests race a loaded 2-CPU runner's frame timing. Locally, never.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'off',
		// The built site registers a service worker after load (issue 16). It would answer requests
		// the tests route, count or fail, so it is blocked; e2e/offline.spec.ts allows it.
		serviceWorkers: 'block',
		...devices['Desktop Chrome'],
		launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
	},
	webServer: {
		// --ignore-lock: several test runs (and a developer's own preview) may serve at once.
		command: `npx astro preview --port ${PORT} --outDir ${DIST} --ignore-lock`,
		url: `http://localhost:${PORT}${BASE}`,
		env: { BASE_PATH: BASE },
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
