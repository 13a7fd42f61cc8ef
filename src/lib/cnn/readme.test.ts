import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { trySummary } from './summary.ts';

const readme = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8');

/** The JSON examples of the README, with the comments and trailing commas of `jsonc` removed. */
const examples = [...readme.matchAll(/```jsonc?\n([\s\S]*?)```/g)].map(([, body = '']) =>
	body.replace(/\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'),
);

test('the README has model examples', () => {
	expect(examples.length).toBeGreaterThanOrEqual(2);
});

test.each(examples.map((text, i) => [i + 1, text]))(
	'README example %i is a valid model',
	(_i, text) => {
		const result = trySummary(text);
		expect(result.ok ? 'ok' : result.error.message).toBe('ok');
	},
);
