import { describe, expect, test } from 'vitest';
import { editLinkBase } from './edit-link.ts';

describe('editLinkBase', () => {
	test('points at the branch of the repository the deploy names', () => {
		expect(editLinkBase('https://github.com/octocat/cnn-notes', 'main')).toBe(
			'https://github.com/octocat/cnn-notes/edit/main/',
		);
		expect(editLinkBase('https://github.com/octocat/cnn-notes/', 'draft')).toBe(
			'https://github.com/octocat/cnn-notes/edit/draft/',
		);
	});

	test('falls back to main when the branch is not given', () => {
		expect(editLinkBase('https://github.com/octocat/cnn-notes', undefined)).toBe(
			'https://github.com/octocat/cnn-notes/edit/main/',
		);
	});

	test('gives no link when no repository is set, as in local and test builds', () => {
		expect(editLinkBase(undefined, 'main')).toBeUndefined();
		expect(editLinkBase('  ', undefined)).toBeUndefined();
	});

	test('refuses a value that is not a repository address instead of publishing broken links', () => {
		expect(() => editLinkBase('octocat/cnn-notes', 'main')).toThrow(/REPOSITORY_URL/);
	});
});
