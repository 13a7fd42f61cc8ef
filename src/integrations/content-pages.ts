import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { PageInfo } from '../lib/site/sidebar.ts';

/**
 * Files in `content/` that are not pages: anything whose name or folder starts with `_` (such as
 * `content/_sources/`, the author's raw notes). The same rule is given to the collection's `glob()`
 * loader in `src/content.config.ts`, so the sidebar and the collection never disagree.
 */
export const CONTENT_PATTERN = ['**/*.{md,mdx}', '!**/_*/**', '!**/_*'];

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.name.startsWith('_') || entry.name.startsWith('.')) return [];
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return walk(full);
		return /\.mdx?$/.test(entry.name) ? [full] : [];
	});
}

/**
 * Reads the title and sidebar fields of every page under `contentDir`. It runs in Node when
 * `astro.config.mjs` is evaluated, before the content layer exists, which is why it parses
 * frontmatter itself instead of calling `getCollection()`.
 */
export function readContentPages(contentDir: string): PageInfo[] {
	return walk(contentDir)
		.sort()
		.map((file) => {
			const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
			const sidebar = (frontmatter.sidebar ?? {}) as Record<string, unknown>;
			return {
				path: relative(contentDir, file).split(sep).join('/'),
				title: String(frontmatter.title ?? ''),
				order: typeof sidebar.order === 'number' ? sidebar.order : undefined,
				hidden: sidebar.hidden === true,
			};
		});
}
