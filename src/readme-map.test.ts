import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * README's "Where things live" is how a newcomer finds their way, so it must name what is really
 * in the tree: every path it lists exists, and every folder of `src/` and `src/lib/` is listed.
 * The widgets' own README lists every widget folder.
 */
const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The paths of README's map, each joined to its parent by indentation (two spaces a level). */
function mapPaths(readme: string): string[] {
	const section = readme.split('## Where things live')[1] ?? '';
	const block = section.split('```')[1] ?? '';
	const parents: string[] = [];
	const paths: string[] = [];
	for (const line of block.split('\n')) {
		const match = /^( *)(\S.*?)(?: {2,}|$)/.exec(line);
		if (match?.[1] === undefined || match[1].length >= 20) continue;
		const level = match[1].length / 2;
		for (const name of (match[2] ?? '').split(' ')) {
			const path = (parents.slice(0, level).join('') + name).replace(/\/$/, '');
			paths.push(path);
			if (name.endsWith('/')) parents[level] = name;
		}
	}
	return paths;
}

const folders = (dir: string) =>
	readdirSync(join(root, dir), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `${dir}/${entry.name}`);

describe("README's map of the code", () => {
	const paths = mapPaths(read('README.md'));

	test('lists only paths that exist', () => {
		expect(paths.length).toBeGreaterThan(20);
		expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
	});

	test('lists every folder of src/ and src/lib/', () => {
		const expected = [...folders('src'), ...folders('src/lib')];
		expect(expected.filter((folder) => !paths.includes(folder))).toEqual([]);
	});
});

test("the widgets' README lists every widget folder", () => {
	const readme = read('src/widgets/README.md');
	const missing = folders('src/widgets')
		.map((folder) => folder.slice('src/widgets/'.length))
		.filter((name) => !readme.includes(`\`${name}/\``));
	expect(missing).toEqual([]);
});
