import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

/*
 * The engine runs in widgets, so it must stay small and portable. These tests read the source:
 * what `index.ts` pulls into a bundle, and what the engine's files are allowed to touch.
 */

const here = import.meta.dirname;

/** Every file reachable from `entry` through static imports. */
function reachable(entry: string): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		for (const [, path] of source.matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gms)) {
			if (path?.startsWith('.')) visit(resolve(dirname(file), path));
		}
	};
	visit(entry);
	return seen;
}

function engineFiles(dir = here): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return engineFiles(path);
		return entry.name.endsWith('.ts') &&
			!entry.name.endsWith('.test.ts') &&
			entry.name !== 'testing.ts'
			? [path]
			: [];
	});
}

test('importing the public API does not pull in any preset', () => {
	const files = [...reachable(join(here, 'index.ts'))].map((file) => relative(here, file));
	expect(files.filter((file) => file.startsWith('presets'))).toEqual([]);
	expect(files).toContain('summary.ts');
});

test('read.ts, which islands import up front, reaches only the engine’s types and defined()', () => {
	const files = [...reachable(join(here, 'read.ts'))].map((file) => relative(here, file));
	expect(files.sort()).toEqual(['../defined.ts', 'read.ts', 'types.ts']);
});

test('engine files import only each other and the shared formatter, never Node or a package', () => {
	for (const file of engineFiles()) {
		const source = readFileSync(file, 'utf8');
		for (const [, path] of source.matchAll(/from '([^']+)'|import\('([^']+)'\)/g)) {
			expect(path?.startsWith('.') ?? true, `${relative(here, file)} imports ${path}`).toBe(true);
		}
	}
});

test('engine files use no DOM or Node globals', () => {
	for (const file of engineFiles()) {
		const code = readFileSync(file, 'utf8')
			.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') // comments
			.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''"); // strings
		expect(code, relative(here, file)).not.toMatch(/\b(document|window|process|Buffer|require)\b/);
	}
});
