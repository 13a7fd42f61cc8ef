import { describe, expect, test } from 'vitest';
import { normalizeBase, withBase } from './base-path.ts';

describe('normalizeBase', () => {
	test('turns any spelling of a repository name into /name/', () => {
		for (const raw of ['cnn-notes', '/cnn-notes', 'cnn-notes/', '/cnn-notes/', ' /cnn-notes// ']) {
			expect(normalizeBase(raw)).toBe('/cnn-notes/');
		}
	});

	test('serves from the root when unset or empty', () => {
		expect(normalizeBase(undefined)).toBe('/');
		expect(normalizeBase('')).toBe('/');
		expect(normalizeBase('/')).toBe('/');
	});
});

describe('withBase', () => {
	test('joins base and path with exactly one slash', () => {
		expect(withBase('/cnn-notes/', '/en/ch14/')).toBe('/cnn-notes/en/ch14/');
		expect(withBase('/cnn-notes', 'ch14/')).toBe('/cnn-notes/ch14/');
		expect(withBase('/', 'ch14/')).toBe('/ch14/');
	});
});
