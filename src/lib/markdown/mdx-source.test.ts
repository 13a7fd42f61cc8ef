import { describe, expect, test } from 'vitest';
import { lexMdx, lineAt, lineStarts, type PieceKind } from './mdx-source.ts';

const kinds = (source: string) =>
	lexMdx(source).map((p) => [p.kind, source.slice(p.start, p.end)] as [PieceKind, string]);

describe('lexMdx', () => {
	test('splits off the frontmatter and import lines from the prose', () => {
		const source = "---\ntitle: 'A'\n---\n\nimport X from './x.astro';\n\nText.\n";
		expect(kinds(source).map(([kind]) => kind)).toEqual(['frontmatter', 'text', 'module', 'text']);
	});

	test('reads a fenced code block as one piece with its language, even with tags inside', () => {
		const source = 'Before.\n\n```python\nx = <Foo />\n```\n\nAfter.\n';
		const fence = lexMdx(source).find((p) => p.kind === 'fence');
		expect(fence?.info).toBe('python');
		expect(lexMdx(source).some((p) => p.kind === 'tag')).toBe(false);
	});

	test('tells display maths, inline maths and code spans apart from prose', () => {
		expect(kinds('a $x$ b `c` d\n\n$$\ny\n$$\n').map(([kind]) => kind)).toEqual([
			'text',
			'inlineMath',
			'text',
			'code',
			'text',
			'displayMath',
			'text',
		]);
	});

	test('reads a tag’s string, expression and boolean attributes across lines', () => {
		const tag = lexMdx(
			'<References\n  ids={[\n    "a",\n  ]}\n  client:visible\n  lang="en"\n/>',
		).find((p) => p.kind === 'tag')?.tag;
		expect(tag?.name).toBe('References');
		expect(tag?.selfClosing).toBe(true);
		expect(tag?.attributes.map((a) => [a.name, a.kind])).toEqual([
			['ids', 'expression'],
			['client:visible', 'boolean'],
			['lang', 'string'],
		]);
	});

	test('does not mistake a hard line break before a fence for an escape', () => {
		const pieces = lexMdx('line\\\n```\ncode\n```\n');
		expect(pieces.some((p) => p.kind === 'fence')).toBe(true);
	});

	test('leaves a lone dollar sign in prose', () => {
		expect(kinds('costs $5\n\nthen more').map(([kind]) => kind)).toEqual(['text']);
	});
});

describe('lineAt', () => {
	test('numbers lines from 1', () => {
		const starts = lineStarts('a\nbb\nccc');
		expect([0, 1, 2, 4, 5, 8].map((offset) => lineAt(starts, offset))).toEqual([1, 1, 2, 2, 3, 3]);
	});
});
