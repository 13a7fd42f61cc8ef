import type { Element, ElementContent, Root, Text } from 'hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { locate } from '../site/content-paths.ts';
import { hasClass } from './hast-class.ts';
import { GLOSSARY, glossaryHref, type GlossaryEntry } from '../content/glossary.ts';
import type { Lang } from '../i18n/lang.ts';
import { createTermMatcher, type TermMatcher } from '../content/term-matcher.ts';

/** The class of a link to the glossary, so the site can style it apart from ordinary links. */
export const GLOSSARY_LINK_CLASS = 'gloss';

/** Options of {@link rehypeGlossaryLinks}. */
export interface GlossaryLinksOptions {
	/** The site's base path (`/cnn-notes/`), which every link must start with. */
	base?: string;
	/** The terms to link; the site's glossary unless a test passes its own. */
	entries?: readonly GlossaryEntry[];
}

/** Elements whose text is never linked: not running prose, or already a link, code or formula. */
const SKIPPED_TAGS = new Set([
	'a',
	'button',
	'code',
	'figure',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'kbd',
	'math',
	'pre',
	'samp',
	'script',
	'style',
	'svg',
	'table',
]);
const SKIPPED_CLASSES = ['katex', 'katex-display', 'expressive-code'];

/** Elements that hold running prose: a term is linked only inside one of them. */
const PROSE_TAGS = new Set(['p', 'li']);

/**
 * The language of a question page, read from its file path (`content/ch14/01-x.mdx` is the
 * default language, `content/en/ch14/01-x.mdx` English), or undefined for any other file: the
 * glossary, overviews and the home page get no links.
 */
export function questionPageLang(path: string | undefined): Lang | undefined {
	const match = /(?:^|\/)content\/((?:[a-z]{2}\/)?ch\d+\/\d+-[^/]+\.mdx?)$/.exec(
		(path ?? '').replaceAll('\\', '/'),
	);
	return match?.[1] ? locate(match[1]).lang : undefined;
}

function isSkipped(el: Element): boolean {
	if (SKIPPED_TAGS.has(el.tagName)) return true;
	return hasClass(el, ...SKIPPED_CLASSES);
}

/**
 * Links the first use of each glossary term in the running prose of a tree (paragraphs and list
 * items), in document order, and returns the ids it linked. Headings, links, code, formulas,
 * tables and MDX components (the short answer, corrections, asides and widgets) are left alone:
 * their text is either not prose or not the page's own wording.
 */
export function linkFirstUses(
	tree: Root,
	match: TermMatcher,
	href: (id: string) => string,
): string[] {
	const linked = new Set<string>();

	const split = (node: Text): ElementContent[] | undefined => {
		const parts: ElementContent[] = [];
		let at = 0;
		for (const m of match(node.value)) {
			if (linked.has(m.id)) continue;
			linked.add(m.id);
			if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
			parts.push({
				type: 'element',
				tagName: 'a',
				properties: { href: href(m.id), className: [GLOSSARY_LINK_CLASS] },
				children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
			});
			at = m.end;
		}
		if (at === 0) return undefined;
		if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
		return parts;
	};

	// Inside one prose element (and whatever prose nests in it), split each text node around the
	// terms it uses; formulas, code and MDX components inside it are passed over.
	const linkProse = (prose: Element) => {
		visit(prose, (node, index, parent) => {
			if (node === prose) return CONTINUE;
			if (node.type === 'text') {
				const parts = split(node);
				if (!parts || !parent || index === undefined) return CONTINUE;
				parent.children.splice(index, 1, ...parts);
				return [SKIP, index + parts.length];
			}
			return node.type === 'element' && !isSkipped(node) ? CONTINUE : SKIP;
		});
	};

	// Find the outermost prose elements, in document order. Anything that is not an element (MDX
	// components and expressions, comments, raw HTML) is passed over, as are skipped elements.
	visit(tree, (node) => {
		if (node.type === 'root') return CONTINUE;
		if (node.type !== 'element' || isSkipped(node)) return SKIP;
		if (!PROSE_TAGS.has(node.tagName)) return CONTINUE;
		linkProse(node);
		return SKIP;
	});
	return [...linked];
}

/**
 * A rehype plugin that links the first use of each glossary term on a question page to its entry
 * on the glossary page of the same language, so a reader meeting "peta fitur" or "stride" can
 * look it up in one step. Only the first use is linked, to keep the page readable and light.
 * Register it after the other rehype plugins (KaTeX must already have rendered the formulas it
 * skips), with the base path from `astro.config.mjs`.
 */
export default function rehypeGlossaryLinks(options: GlossaryLinksOptions = {}) {
	const base = options.base ?? '/';
	const entries = options.entries ?? GLOSSARY;
	const matchers: Partial<Record<Lang, TermMatcher>> = {};
	return (tree: Root, file: { path?: string }) => {
		const lang = questionPageLang(file.path);
		if (!lang) return;
		const match = (matchers[lang] ??= createTermMatcher(entries, lang));
		linkFirstUses(tree, match, (id) => glossaryHref(base, lang, id));
	};
}
