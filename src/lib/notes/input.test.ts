import { describe, expect, test } from 'vitest';
import { parseNotes } from './parse.ts';
import { checkNotes, decodeNotesFile } from './input.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeNotesFile', () => {
	test('returns the text of a UTF-8 file, without its byte-order mark', () => {
		expect(decodeNotesFile(bytes('\uFEFF# Bab 1\r\n'), 'a.md')).toEqual({
			ok: true,
			value: '# Bab 1\r\n',
		});
	});

	test('accepts mojibake, which is still valid UTF-8', () => {
		expect(decodeNotesFile(bytes('3Ã—3 â€œsameâ€'), 'a.md').ok).toBe(true);
	});

	test('refuses an empty file, and one with nothing but a BOM and blank lines', () => {
		expect(decodeNotesFile(new Uint8Array(), 'a.md')).toEqual({
			ok: false,
			error: 'a.md is empty',
		});
		expect(decodeNotesFile(bytes('\uFEFF\n \n'), 'a.md')).toEqual({
			ok: false,
			error: 'a.md is empty',
		});
	});

	test('refuses a file with NUL bytes as binary', () => {
		const result = decodeNotesFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'x.png');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(/^x\.png is a binary file/);
	});

	test('refuses bytes that are not UTF-8', () => {
		const result = decodeNotesFile(new Uint8Array([0x41, 0xff, 0xfe, 0x42]), 'a.md');
		expect(!result.ok && result.error).toMatch(/not UTF-8 text/);
	});

	test('refuses text made mostly of control characters', () => {
		const result = decodeNotesFile(bytes('\u0001\u0002\u0003abc'), 'a.md');
		expect(!result.ok && result.error).toMatch(/binary file/);
	});
});

describe('checkNotes', () => {
	const notes = (text: string) => parseNotes(text);

	test('returns the chapter number of the heading, or of --chapter when given', () => {
		const n = notes('# Chapter 10 – ANN\n### 1. Q\n> A\n');
		expect(checkNotes(n, 'a.md')).toEqual({ ok: true, value: 10 });
		expect(checkNotes(n, 'a.md', 11)).toEqual({ ok: true, value: 11 });
	});

	test('refuses notes without questions', () => {
		const result = checkNotes(notes('# Chapter 10 – ANN\n## 1. Not a question\n'), 'a.md');
		expect(result).toEqual({
			ok: false,
			error: 'a.md has no questions (expected headings like "### 1. Question text")',
		});
	});

	test('refuses a question number used twice, naming both lines', () => {
		const result = checkNotes(notes('# Chapter 1 – X\n### 1. A\n---\n### 1. B\n'), 'a.md');
		expect(!result.ok && result.error).toBe(
			'a.md has question 1 twice (lines 2 and 4); number each question once',
		);
	});

	test('asks for --chapter when the heading has no chapter number', () => {
		const result = checkNotes(notes('# Some notes\n### 1. A\n'), 'a.md');
		expect(!result.ok && result.error).toMatch(/no chapter number.*pass --chapter N$/);
		expect(checkNotes(notes('# Some notes\n### 1. A\n'), 'a.md', 3)).toEqual({
			ok: true,
			value: 3,
		});
	});
});
