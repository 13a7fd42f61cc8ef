import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ExistingPage } from '../../src/lib/notes/import.ts';

/**
 * Reads what `content/` already holds for a chapter, for the importer's plan: the folder names
 * (to reuse a chapter's existing folder) and each page's text, title and `sidebar.order` (to
 * reuse file names and to tell an unchanged page from an edited one).
 */

/** The sub-folders of `dir` (none when it does not exist), sorted. */
export function folderNames(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => e.name)
		.sort();
}

/**
 * The pages (`.md`/`.mdx`, not starting with `_` or `.`) directly in `dir`, sorted by name. A page
 * whose frontmatter cannot be parsed is still listed, untitled, so that it counts as existing.
 */
export function readPages(dir: string): ExistingPage[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && !/^[_.]/.test(e.name))
		.map((e) => e.name)
		.sort()
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			let title = '';
			let order: number | undefined;
			try {
				const { frontmatter } = parseFrontmatter(text);
				title = String(frontmatter.title ?? '');
				const sidebar = (frontmatter.sidebar ?? {}) as Record<string, unknown>;
				order = typeof sidebar.order === 'number' ? sidebar.order : undefined;
			} catch {
				// Unreadable frontmatter: the page exists, but matches no question and no title.
			}
			return { name, text, title, order };
		});
}
