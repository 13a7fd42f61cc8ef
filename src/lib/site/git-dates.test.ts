import { describe, expect, test } from 'vitest';
import { newestCommitDates } from './git-dates.ts';

describe('newestCommitDates', () => {
	const log = [
		't:1764979200',
		'',
		'content/ch14/01-cnn-vs-dense.mdx',
		'content/en/ch14/01-cnn-vs-dense.mdx',
		't:1764892800',
		'',
		'content/ch14/01-cnn-vs-dense.mdx',
		'content/ch14/02-parameters-and-memory.mdx',
		'',
	].join('\n');

	test('gives each file the date of the newest commit that touched it', () => {
		const dates = newestCommitDates(log);
		expect(dates.get('content/ch14/01-cnn-vs-dense.mdx')?.toISOString()).toBe(
			'2025-12-06T00:00:00.000Z',
		);
		expect(dates.get('content/ch14/02-parameters-and-memory.mdx')?.toISOString()).toBe(
			'2025-12-05T00:00:00.000Z',
		);
	});

	test('lists only files that appear in the log', () => {
		expect([...newestCommitDates(log).keys()]).toHaveLength(3);
		expect(newestCommitDates('').size).toBe(0);
	});

	test('ignores paths before the first date line', () => {
		expect(newestCommitDates('stray.mdx\nt:1\nx.mdx').has('stray.mdx')).toBe(false);
	});
});
