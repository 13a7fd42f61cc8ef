/**
 * Normalises the `BASE_PATH` a deploy passes in (`cnn-notes`, `/cnn-notes`, `/cnn-notes/`) to the
 * `/cnn-notes/` form Astro expects, so that a workflow can pass the bare repository name and a
 * developer can leave it unset for `/`.
 */
export function normalizeBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Joins the site's base path and a site-relative path, because a hand-written `/ch14/` would point
 * outside the site once it is served from a sub-path.
 */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return b + path.replace(/^\/+/, '');
}
