import { spawn, type ChildProcess } from 'node:child_process';
import { BASE, DIST, ROOT } from '../../e2e/site.ts';

/** A running preview of the built site, and how to stop it. */
export interface Preview {
	/** The site's root URL, base path included, e.g. `http://localhost:4330/cnn-notes/`. */
	url: string;
	origin: string;
	stop: () => Promise<void>;
}

/**
 * Serves `dist/` with `astro preview` under the test base path, as the end-to-end tests do, and
 * waits until it answers. The gates measure the site as a browser receives it (gzip included),
 * not as files on disk.
 */
export async function startPreview(port: number): Promise<Preview> {
	const child: ChildProcess = spawn(
		'npx',
		['astro', 'preview', '--port', String(port), '--outDir', DIST, '--ignore-lock'],
		{ cwd: ROOT, env: { ...process.env, BASE_PATH: BASE }, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const origin = `http://localhost:${port}`;
	const url = `${origin}${BASE}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			// not up yet
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill();
			throw new Error(`astro preview did not start on port ${port}:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		url,
		origin,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			}),
	};
}
