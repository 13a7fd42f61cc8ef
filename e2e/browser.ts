import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive. Machines without internet access cannot download Playwright's own
 * browser, so a system Chromium is used when one exists (`CHROMIUM_PATH`, or Debian's
 * `/usr/bin/chromium`); anywhere else Playwright's bundled Chromium is used, which
 * `scripts/ensure-browser.ts` installs on first run.
 */
export function systemChromium(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
}

/**
 * Flags for a headless Chromium on a locked-down CI box: no sandbox (CI runs as root), and none of
 * the background services that would try, and fail, to reach Google's servers.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
];
