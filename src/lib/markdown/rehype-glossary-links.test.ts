import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../content/glossary.ts';
import rehypeGlossaryLinks, {
	GLOSSARY_LINK_CLASS,
	questionPageLang,
} from './rehype-glossary-links.ts';
import { text } from './hast-testing.ts';

const entry = (id: string, en: string[], idAliases: string[]): GlossaryEntry => ({
	id,
	term: { en: en[0] ?? id, id: idAliases[0] ?? id },
	aliases: { en, id: idAliases },
	definition: { en: 'x.', id: 'x.' },
});
const entries = [
	entry('feature-map', ['feature map', 'feature maps'], ['peta fitur']),
	entry('stride', ['stride'], ['stride']),
	entry('pooling', ['pooling'], ['pooling']),
];

const el = (tagName: string, children: ElementContent[], className?: string[]): Element => ({
	type: 'element',
	tagName,
	properties: className ? { className } : {},
	children,
});
const mdx = (name: string, children: ElementContent[]) =>
	({ type: 'mdxJsxFlowElement', name, attributes: [], children }) as unknown as RootContent;

const run = (children: RootContent[], path: string, base = '/cnn-notes/'): Root => {
	const tree: Root = { type: 'root', children };
	rehypeGlossaryLinks({ base, entries })(tree, { path });
	return tree;
};

/** The links the plugin made, as [href, text] pairs, in document order. */
function links(node: Root | RootContent): [string, string][] {
	if (node.type === 'element' && node.properties.className?.toString() === GLOSSARY_LINK_CLASS) {
		const first = node.children[0];
		return [[String(node.properties.href), first?.type === 'text' ? first.value : '']];
	}
	return 'children' in node ? node.children.flatMap((c) => links(c)) : [];
}

const QUESTION_ID = '/repo/content/ch14/01-cnn-vs-dense.mdx';
const QUESTION_EN = '/repo/content/en/ch14/01-cnn-vs-dense.mdx';

describe('questionPageLang', () => {
	test('knows a question page and its language from the path', () => {
		expect(questionPageLang(QUESTION_ID)).toBe('id');
		expect(questionPageLang(QUESTION_EN)).toBe('en');
		expect(questionPageLang('C:\\repo\\content\\en\\ch14\\02-x.mdx')).toBe('en');
	});

	test('leaves out overviews, the glossary, the home page and files outside content/', () => {
		for (const path of [
			'/repo/content/ch14/index.mdx',
			'/repo/content/en/ch14/index.mdx',
			'/repo/content/glossary.mdx',
			'/repo/content/en/glossary.mdx',
			'/repo/content/index.mdx',
			'/repo/src/pages/ch14/01-x.mdx',
			undefined,
		]) {
			expect(questionPageLang(path), String(path)).toBeUndefined();
		}
	});
});

describe('rehypeGlossaryLinks', () => {
	test('links only the first use of each term, to the glossary of the page’s language', () => {
		const tree = run(
			[
				el('p', [text('A feature map, then a stride. Feature maps again.')]),
				el('ul', [el('li', [text('stride and pooling')])]),
			],
			QUESTION_EN,
		);
		expect(links(tree)).toEqual([
			['/cnn-notes/en/glossary/#feature-map', 'feature map'],
			['/cnn-notes/en/glossary/#stride', 'stride'],
			['/cnn-notes/en/glossary/#pooling', 'pooling'],
		]);
		const p = tree.children[0] as Element;
		expect(
			p.children.map((c) => (c.type === 'text' ? c.value : `[${(c as Element).tagName}]`)),
		).toEqual(['A ', '[a]', '[span]', ', then a ', '[a]', '. Feature maps again.']);
	});

	test('indexes, hidden after a first use, the spellings of the term the page lacks', () => {
		const tree = run([el('p', [text('A feature map, then a stride. Feature maps.')])], QUESTION_EN);
		const p = tree.children[0] as Element;
		const span = p.children[2] as Element;
		expect(span.tagName).toBe('span');
		expect(span.properties).toEqual({ hidden: true });
		expect(span.children).toEqual([text(' (peta fitur)')]);
		// "stride" is spelt the same in both languages and is on the page: nothing to add.
		expect(p.children.filter((c) => c.type === 'element')).toHaveLength(3);
	});

	test('weights every spelling of the page’s title and heading terms above a passing mention', () => {
		const tree: Root = {
			type: 'root',
			children: [
				el('h2', [text('Why stride')]),
				el('p', [text('Feature maps: a feature map, then a stride and pooling.')]),
			],
		};
		const file = { path: QUESTION_EN, data: { astro: { frontmatter: { title: 'Pooling?' } } } };
		rehypeGlossaryLinks({ base: '/', entries })(tree, file);
		const spans = (tree.children[1] as Element).children.filter(
			(c): c is Element => c.type === 'element' && c.tagName === 'span',
		);
		expect(spans.map((s) => [s.properties.dataPagefindWeight, s.children])).toEqual([
			[undefined, [text(' (peta fitur)')]],
			['3', [text(' (stride)')]],
			['7', [text(' (pooling)')]],
		]);
	});

	test('links Indonesian pages to the glossary at the root, under the base path', () => {
		const tree = run([el('p', [text('Peta fitur dengan stride 2.')])], QUESTION_ID, '/');
		expect(links(tree)).toEqual([
			['/glossary/#feature-map', 'Peta fitur'],
			['/glossary/#stride', 'stride'],
		]);
	});

	test('skips headings, links, code, formulas, tables and MDX components', () => {
		const tree = run(
			[
				el('h2', [text('Feature map')]),
				mdx('ShortAnswer', [el('p', [text('feature map')])]),
				el('p', [
					el('a', [text('feature map')]),
					el('code', [text('feature map')]),
					el('span', [text('feature map')], ['katex']),
				]),
				el('table', [el('tr', [el('td', [text('feature map')])])]),
				el('p', [el('strong', [text('The feature map')])]),
			],
			QUESTION_EN,
		);
		expect(links(tree)).toEqual([['/cnn-notes/en/glossary/#feature-map', 'feature map']]);
		const last = tree.children[4] as Element;
		expect((last.children[0] as Element).tagName).toBe('strong');
	});

	test('ignores text outside paragraphs and list items', () => {
		const tree = run([el('div', [text('feature map')]), text('stride')], QUESTION_EN);
		expect(links(tree)).toEqual([]);
	});

	test('leaves every page other than a question page untouched', () => {
		const tree = run([el('p', [text('feature map')])], '/repo/content/en/glossary.mdx');
		expect(links(tree)).toEqual([]);
	});

	test('gives Pagefind the page’s subjects, in both languages, and no term it only mentions', () => {
		const tree = run(
			[el('h2', [text('Feature maps')]), el('p', [text('A feature map, then a stride.')])],
			QUESTION_EN,
		);
		const meta = tree.children.at(-1) as Element;
		expect(meta.properties.hidden).toBe(true);
		expect(meta.children).toEqual([]);
		const [field, value] = String(meta.properties.dataPagefindMeta).split(':');
		expect(field).toBe('subjects');
		expect(value?.split(' / ').sort()).toEqual(['feature map', 'feature maps', 'peta fitur']);
	});

	test('gives no subjects to a page whose headings name no glossary term', () => {
		const tree = run([el('p', [text('A feature map.')])], QUESTION_ID);
		const metas = tree.children.filter(
			(c) => c.type === 'element' && c.properties.dataPagefindMeta !== undefined,
		);
		expect(metas).toEqual([]);
	});
});
