import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/*
 * The trainer and the data decoder run in a Web Worker, so they must stay portable and small:
 * their files import only each other (and the engine, the formatter), never Node or a package,
 * and use no DOM or Node global.
 */
const lib = join(import.meta.dirname, '..');
const files = ['training', 'fashion-mnist'].flatMap((dir) =>
	readdirSync(join(lib, dir))
		.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'testing.ts')
		.map((name) => join(dir, name)),
);

test('the trainer and the data format import only relative modules', () => {
	expect(files.length).toBeGreaterThan(8);
	for (const file of files) {
		const source = readFileSync(join(lib, file), 'utf8');
		for (const [, path] of source.matchAll(/from '([^']+)'|import\('([^']+)'\)/g))
			expect(path?.startsWith('.') ?? true, `${file} imports ${path}`).toBe(true);
	}
});

test('the trainer and the data format use no DOM or Node globals', () => {
	for (const file of files) {
		const code = readFileSync(join(lib, file), 'utf8')
			.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
			.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");
		expect(code, file).not.toMatch(/\b(document|window|process|Buffer|require)\b/);
	}
});
