/**
 * Makes sure the end-to-end tests have a Chromium to drive before `npm test` reaches them. A
 * system Chromium (see `e2e/browser.ts`) is used as is; otherwise Playwright's own build is
 * downloaded once, which is what a developer's laptop or GitHub's runners want.
 */
import { spawnSync } from 'node:child_process';
import { systemChromium } from '../e2e/browser.ts';

const found = systemChromium();
if (found) {
	console.log(`Using the system Chromium at ${found}.`);
} else {
	console.log('No system Chromium found; installing Playwright’s Chromium…');
	const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(
			'Could not install Chromium. Install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.',
		);
		process.exit(1);
	}
}
