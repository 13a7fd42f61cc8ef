import { describe, expect, test } from 'vitest';
import { isWarning } from './build-warnings.ts';

describe('isWarning', () => {
	test('counts a warning Astro prints, with or without colours', () => {
		expect(
			isWarning('06:36:21 [WARN] [content] The collection "i18n" does not exist or is empty.'),
		).toBe(true);
		expect(
			isWarning('06:09:45 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics'),
		).toBe(true);
	});

	test('counts a warning Node prints', () => {
		expect(isWarning('(node:123) Warning: Closing file descriptor 21 on garbage collection')).toBe(
			true,
		);
	});

	test('lets ordinary progress lines through', () => {
		for (const line of [
			'06:37:03 [build] Complete!',
			'06:37:03 [starlight:pagefind] Found 23 HTML files.',
			'  ▶ src/pages/index.astro',
		]) {
			expect(isWarning(line)).toBe(false);
		}
	});
});
