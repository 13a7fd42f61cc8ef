import { describe, expect, test } from 'vitest';
import { escapeMdx, yamlString } from './mdx-escape.ts';

describe('escapeMdx', () => {
	test('leaves ordinary Markdown exactly as it is', () => {
		const markdown = [
			'Misal input 3 channel RGB:',
			'',
			'- Layer 1: (3×3×3)×100 + 100 = **2,800**',
			'  - nested _item_ with `code`',
			'1. first',
			'> quoted',
			'RAM 32-bit: ~3.44 MB\\',
			'Mini-batch 50 → ~172 MB & more',
		].join('\n');
		expect(escapeMdx(markdown)).toBe(markdown);
	});

	test('escapes the characters MDX reads as JSX, expressions and maths', () => {
		expect(escapeMdx('a <b> {c} $5 x > y')).toBe('a \\<b\\> \\{c\\} \\$5 x \\> y');
	});

	test('keeps the block-quote and list markers at the start of a line', () => {
		expect(escapeMdx('> - a < b')).toBe('> - a \\< b');
	});

	test('leaves code spans and fenced code blocks untouched', () => {
		expect(escapeMdx('use `x = {1}` and ``a ` <b>`` then {c}')).toBe(
			'use `x = {1}` and ``a ` <b>`` then \\{c\\}',
		);
		const fenced = ['```python', 'mask = x < 0  # {kept}', '```', '{after}'].join('\n');
		expect(escapeMdx(fenced)).toBe(
			['```python', 'mask = x < 0  # {kept}', '```', '\\{after\\}'].join('\n'),
		);
	});

	test('escapes an unclosed backtick run as text', () => {
		expect(escapeMdx('one ` tick {x}')).toBe('one ` tick \\{x\\}');
	});

	test('does not double an escape the author already wrote', () => {
		expect(escapeMdx('\\{ok\\} and C:\\path')).toBe('\\{ok\\} and C:\\path');
	});

	test('stops a line from starting an ES module statement or a directive', () => {
		expect(escapeMdx('import tensorflow as tf')).toBe('&#105;mport tensorflow as tf');
		expect(escapeMdx('export default 1')).toBe('&#101;xport default 1');
		expect(escapeMdx('important point')).toBe('important point');
		expect(escapeMdx('::: note')).toBe('\\::: note');
	});

	test('shows character references as written', () => {
		expect(escapeMdx('&copy; &#169; &#xA9; but R&D stays')).toBe(
			'\\&copy; \\&#169; \\&#xA9; but R&D stays',
		);
	});

	test('turns an autolink, which MDX does not support, into a Markdown link', () => {
		expect(escapeMdx('see <https://arxiv.org/abs/1512.03385>')).toBe(
			'see [https://arxiv.org/abs/1512.03385](https://arxiv.org/abs/1512.03385)',
		);
	});
});

describe('yamlString', () => {
	test('single-quotes a value and doubles its single quotes', () => {
		expect(yamlString('It\'s a "title": #1')).toBe("'It''s a \"title\": #1'");
	});

	test('replaces control characters, which single-quoted YAML cannot hold', () => {
		expect(yamlString('a\tb\u0007c')).toBe("'a b c'");
	});
});
