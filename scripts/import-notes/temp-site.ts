import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './run.ts';

/**
 * A throw-away copy of the site, for tests and benchmarks that import notes and build: they must
 * never write into the real `content/`, which other people are editing. The copy lives inside the
 * repository, in the git-ignored `.cache/`, so that module resolution walks up to the
 * repository's own `node_modules` (a symlinked `node_modules` confuses Astro's resolver).
 */

/** Where temporary sites go; git-ignored. */
export const CACHE_DIR = join(REPO_ROOT, '.cache');

/** What a site is built from: everything else (node_modules, dist, tests) stays behind. */
const SITE_FILES = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'content',
	'public',
];

/**
 * Builds share one lock with every other build on the machine, so that timings are not two builds
 * fighting over two CPUs (the project's convention: `flock /tmp/astro-build.lock npx astro build`).
 */
const BUILD_LOCK = '/tmp/astro-build.lock';
const FLOCK = ['/usr/bin/flock', '/bin/flock'].find((p) => existsSync(p));

/** Astro's command-line entry, run with this Node (no `npx`), so that stopping a child stops it. */
const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

/** Copies the site into a new folder `.cache/<prefix>-XXXXXX` and returns its path. */
export function copySite(prefix: string): string {
	mkdirSync(CACHE_DIR, { recursive: true });
	const root = mkdtempSync(join(CACHE_DIR, `${prefix}-`));
	for (const name of SITE_FILES) {
		cpSync(join(REPO_ROOT, name), join(root, name), { recursive: true });
	}
	return root;
}

/** Deletes a temporary site made by {@link copySite}. */
export function removeSite(root: string): void {
	if (!root.startsWith(`${CACHE_DIR}/`)) throw new Error(`not a temporary site: ${root}`);
	rmSync(root, { recursive: true, force: true });
}

/** The outcome of {@link buildSite}. */
export interface BuildResult {
	/** Wall-clock time of the build itself, from taking the lock to the end. */
	ms: number;
	/** Time spent waiting for another build to release the lock. */
	waitedMs: number;
	log: string;
}

/**
 * Runs `astro build --root <root>` under the build lock, with `BASE_PATH` set when given, and
 * times it from the moment the lock is taken. Rejects with the build's output when it fails.
 */
export function buildSite(root: string, options: { base?: string } = {}): Promise<BuildResult> {
	const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
	const build = `exec ${[process.execPath, ASTRO_BIN, 'build', '--root', root].map(quote).join(' ')}`;
	const script = `echo __LOCKED__; ${build}`;
	const [command, args] = FLOCK
		? [FLOCK, [BUILD_LOCK, 'sh', '-c', script]]
		: ['sh', ['-c', script]];
	const env = { ...process.env, ...(options.base ? { BASE_PATH: options.base } : {}) };
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		let locked: number | undefined;
		child.stdout.on('data', (chunk: Buffer) => {
			if (locked === undefined && chunk.toString().includes('__LOCKED__')) {
				locked = performance.now();
			}
			log += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) => {
			const end = performance.now();
			const from = locked ?? started;
			if (code === 0) resolve({ ms: end - from, waitedMs: from - started, log });
			else reject(new Error(`astro build failed (exit ${code}):\n${log.slice(-4000)}`));
		});
	});
}

/** A running `astro preview` of a temporary site. */
export interface PreviewServer {
	/** The site's root URL, base path included. */
	url: string;
	port: number;
	stop: () => Promise<void>;
}

/** Whether something accepts connections on the port, on either loopback address. */
async function portInUse(port: number): Promise<boolean> {
	const probe = (host: string) =>
		new Promise<boolean>((resolve) => {
			const socket = connect({ port, host });
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
	const [ipv4, ipv6] = await Promise.all([probe('127.0.0.1'), probe('::1')]);
	return ipv4 || ipv6;
}

/**
 * Serves a built temporary site with `astro preview` on the first free port of `ports` and waits
 * until it answers. `localhost` may reach another server on the same port through the other
 * loopback address, so the server is only trusted once it serves a file unique to this site.
 */
export async function previewSite(
	root: string,
	ports: readonly number[],
	base = '/',
): Promise<PreviewServer> {
	let port: number | undefined;
	for (const candidate of ports) {
		if (!(await portInUse(candidate))) {
			port = candidate;
			break;
		}
	}
	if (port === undefined)
		throw new Error(`no free port for astro preview among ${ports.join(', ')}`);
	const marker = `temp-site-${process.pid}-${Date.now()}.txt`;
	writeFileSync(join(root, 'dist', marker), marker);
	const child = spawn(
		process.execPath,
		[ASTRO_BIN, 'preview', '--root', root, '--port', String(port), '--ignore-lock'],
		{ cwd: REPO_ROOT, env: { ...process.env, BASE_PATH: base }, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	// A test runner that dies must not leave the server running.
	const orphanGuard = () => child.kill();
	process.once('exit', orphanGuard);
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	const stop = () =>
		new Promise<void>((resolve) => {
			process.off('exit', orphanGuard);
			if (child.exitCode !== null || child.signalCode !== null) {
				resolve();
				return;
			}
			child.once('exit', () => resolve());
			child.kill();
		});
	const url = `http://localhost:${port}${base}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			const response = await fetch(`${url}${marker}`);
			if (response.ok && (await response.text()) === marker) break;
		} catch {
			// not up yet
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`astro preview of ${root} did not start on port ${port}:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { url, port, stop };
}
