import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { locate } from '../site/content-paths.ts';
import { hasClass } from './hast-class.ts';
import { GLOSSARY, glossaryHref, type GlossaryEntry } from '../content/glossary.ts';
import type { Lang } from '../i18n/lang.ts';
import { createTermMatcher, foldAlias, type TermMatcher } from '../content/term-matcher.ts';
import {
	searchAliasElement,
	searchAliases,
	spellings,
	subjectsMetaElement,
	type TermPlace,
} from '../content/search-aliases.ts';

/** The class of a link to the glossary, so the site can style it apart from ordinary links. */
export const GLOSSARY_LINK_CLASS = 'gloss';

/** Options of {@link rehypeGlossaryLinks}. */
export interface GlossaryLinksOptions {
	/** The site's base path (`/cnn-notes/`), which every link must start with. */
	base?: string;
	/** The terms to link; the site's glossary unless a test passes its own. */
	entries?: readonly GlossaryEntry[];
}

/** What the plugin reads of the file being compiled: its path, and the frontmatter Astro parsed. */
interface PageFile {
	path?: string;
	data?: { astro?: { frontmatter?: Record<string, unknown> } };
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
	after: (id: string) => ElementContent[] = () => [],
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
			parts.push(...after(m.id));
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

/** The text of a node and everything in it, MDX components included. */
function textOf(node: Root | RootContent): string {
	const parts: string[] = [];
	visit(node, 'text', (text) => {
		parts.push(text.value);
	});
	return parts.join(' ');
}

/** Whether a node is an MDX component of that name (hast's types know no MDX nodes). */
function isMdxComponent(node: { type: string }, name: string): boolean {
	const type = node.type;
	return (
		(type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') &&
		(node as { name?: string }).name === name
	);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * What a page is about besides its title, as search should weight it: the text of its headings
 * and of its short answer (the `ShortAnswer` MDX component).
 */
export function subjectText(tree: Root): string {
	const parts: string[] = [];
	visit(tree, (node) => {
		const isShortAnswer = isMdxComponent(node, 'ShortAnswer');
		if (isShortAnswer || (node.type === 'element' && HEADINGS.has(node.tagName))) {
			parts.push(textOf(node));
			return SKIP;
		}
		return CONTINUE;
	});
	return parts.join(' ');
}

/**
 * A rehype plugin that links the first use of each glossary term on a question page to its entry
 * on the glossary page of the same language, so a reader meeting "peta fitur" or "stride" can
 * look it up in one step. Only the first use is linked, to keep the page readable and light.
 *
 * The link also carries, for search alone, the term's spellings in both languages that the page
 * lacks (`src/lib/content/search-aliases.ts`): a student typing either language's word finds the
 * page that uses the term, not only the glossary. Where the term is a subject of the page (in its
 * title, short answer or headings), all its spellings are indexed, weighted as the title or the
 * short answer is, so the page that teaches a term ranks above pages that mention it in passing.
 *
 * Register it after the other rehype plugins (KaTeX must already have rendered the formulas it
 * skips), with the base path from `astro.config.mjs`.
 */
export default function rehypeGlossaryLinks(options: GlossaryLinksOptions = {}) {
	const base = options.base ?? '/';
	const entries = options.entries ?? GLOSSARY;
	const matchers: Partial<Record<Lang, TermMatcher>> = {};
	const byId = new Map(entries.map((e) => [e.id, e]));
	return (tree: Root, file: PageFile) => {
		const lang = questionPageLang(file.path);
		if (!lang) return;
		const match = (matchers[lang] ??= createTermMatcher(entries, lang));
		const pageText = foldAlias(textOf(tree));
		const title = file.data?.astro?.frontmatter?.title;
		const inTitle = new Set(match(typeof title === 'string' ? title : '').map((m) => m.id));
		const inSubject = new Set(match(subjectText(tree)).map((m) => m.id));
		const place = (id: string): TermPlace =>
			inTitle.has(id) ? 'title' : inSubject.has(id) ? 'subject' : 'mention';
		linkFirstUses(
			tree,
			match,
			(id) => glossaryHref(base, lang, id),
			(id) => {
				const entry = byId.get(id);
				if (!entry) return [];
				return searchAliasElement(searchAliases(entry, pageText, place(id)), place(id));
			},
		);
		const subjects = [...new Set([...inTitle, ...inSubject])].flatMap((id) => {
			const entry = byId.get(id);
			return entry ? spellings(entry) : [];
		});
		tree.children.push(...subjectsMetaElement([...new Set(subjects)]));
	};
}
