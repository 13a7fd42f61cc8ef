import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BASE, DIST, ROOT } from '../../e2e/site.ts';

/** A running preview of the built site, and how to stop it. */
export interface Preview {
	/** The site's root URL, base path included, e.g. `http://localhost:4330/cnn-notes/`. */
	url: string;
	origin: string;
	stop: () => Promise<void>;
}

/** Resolves when nothing listens on `port`, and rejects otherwise. */
function assertPortFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer()
			.once('error', () =>
				reject(
					new Error(`Port ${port} is in use; stop whatever serves it before running the gates.`),
				),
			)
			.once('listening', () => probe.close(() => resolve()))
			.listen(port, '127.0.0.1');
	});
}

/**
 * Serves `dist/` with `astro preview` under the test base path, as the end-to-end tests do, and
 * waits until it answers. The gates measure the site as a browser receives it (gzip included),
 * not as files on disk.
 *
 * The port must be free: `astro preview` quietly moves to the next port when one is taken, and
 * the gates would then measure whatever old server still answers there. The server runs in its
 * own process group, so stopping it stops every process it started.
 */
export async function startPreview(port: number): Promise<Preview> {
	await assertPortFree(port);
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const child = spawn(
		process.execPath,
		[astro, 'preview', '--port', String(port), '--outDir', DIST, '--ignore-lock'],
		{
			cwd: ROOT,
			env: { ...process.env, BASE_PATH: BASE },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		},
	);
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null || child.pid === undefined) {
				resolve();
				return;
			}
			child.once('exit', () => resolve());
			process.kill(-child.pid, 'SIGTERM');
		});
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
			await stop();
			throw new Error(`astro preview did not start on port ${port}:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { url, origin, stop };
}
