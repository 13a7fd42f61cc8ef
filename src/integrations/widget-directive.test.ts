import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPLAY_SOURCES } from './widget-directive.ts';

/** The files a module imports by relative path, and theirs, transitively (type imports too). */
function sources(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const text = readFileSync(file, 'utf8');
	for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
		if (spec) sources(resolve(dirname(file), spec), seen);
	}
	return seen;
}

describe('the replay module’s file name', () => {
	test('is hashed from every source the replay module is built from, and only those', () => {
		const [replay] = REPLAY_SOURCES;
		if (replay === undefined) throw new Error('no replay module listed');
		expect([...sources(replay)].sort()).toEqual([...REPLAY_SOURCES].sort());
	});
});
