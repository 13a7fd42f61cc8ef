import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { BASE } from './site.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

/** A static server of a built site whose folder can be swapped while it runs. */
export interface SwappableSite {
	origin: string;
	/** Serves another built site from now on, at the same origin (a new deploy). */
	serve: (dir: string) => void;
	stop: () => Promise<void>;
}

/**
 * Serves a built site under the test base path from a folder that a test can swap for another:
 * the same origin first serves one deploy, then the next, as GitHub Pages does. (`astro preview`
 * serves one folder for its whole life.) Files are sent as they are, with `no-cache`, so the
 * browser asks again each time, as it does of GitHub Pages once its ten minutes are up.
 */
export async function startSwappableSite(dir: string): Promise<SwappableSite> {
	let root = dir;
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(BASE)) {
			res.writeHead(404).end();
			return;
		}
		let file = normalize(join(root, path.slice(BASE.length)));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			createReadStream(join(root, '404.html')).pipe(res);
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://localhost:${port}`,
		serve: (next) => {
			root = next;
		},
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
