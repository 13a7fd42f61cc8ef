/**
 * The printable chapter's script (`PrintChapter.astro`): on request, downloads each of the
 * chapter's pages, takes its title and its content, and appends them in order to this page, with
 * the stylesheets they need. Every id in a page, and every reference to one, is prefixed with the
 * page's number so ids stay unique (`prefixIdRefs`). Scripts are dropped: the widgets print the
 * figure or table their server rendered, which is what paper can show.
 */
import { fill } from '../lib/i18n/fill.ts';
import { prefixIdRefs } from '../lib/site/print-ids.ts';

interface PageLink {
	title: string;
	href: string;
}

interface Strings {
	loading: string;
	ready: string;
	failed: string;
	retry: string;
}

/** Adds a page's stylesheets that this document lacks, and waits until they have loaded. */
async function adoptStyles(from: Document): Promise<void> {
	const loads: Promise<unknown>[] = [];
	for (const link of from.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
		const href = link.getAttribute('href');
		if (!href || document.head.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`))
			continue;
		const copy = document.createElement('link');
		copy.rel = 'stylesheet';
		copy.href = href;
		loads.push(
			new Promise((resolve) => {
				copy.addEventListener('load', resolve, { once: true });
				copy.addEventListener('error', resolve, { once: true });
			}),
		);
		document.head.append(copy);
	}
	const present = new Set([...document.head.querySelectorAll('style')].map((s) => s.textContent));
	for (const style of from.head.querySelectorAll('style')) {
		if (present.has(style.textContent)) continue;
		document.head.append(document.importNode(style, true));
		present.add(style.textContent);
	}
	await Promise.all(loads);
}

/** Prefixes every id under `root`, and every attribute that refers to one. */
function prefixIds(root: Element, prefix: string): void {
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const attr of [...el.attributes]) {
			const value =
				attr.name === 'id' ? `${prefix}${attr.value}` : prefixIdRefs(attr.name, attr.value, prefix);
			if (value !== attr.value) el.setAttribute(attr.name, value);
		}
	}
}

/** One page as an article of the chapter: its title, then its content without scripts. */
function toArticle(from: Document, page: PageLink, n: number): HTMLElement {
	const prefix = `p${n}-`;
	const article = document.createElement('article');
	article.className = 'print-chapter__page';
	const heading = document.createElement('h2');
	heading.id = `${prefix}title`;
	heading.textContent = from.querySelector('h1#_top, h1')?.textContent.trim() ?? page.title;
	article.setAttribute('aria-labelledby', heading.id);
	article.append(heading);
	const content = from.querySelector('.sl-markdown-content');
	if (content) {
		for (const script of content.querySelectorAll('script, noscript')) script.remove();
		prefixIds(content, prefix);
		article.append(...[...content.childNodes].map((node) => document.importNode(node, true)));
	}
	return article;
}

class PrintChapter extends HTMLElement {
	connectedCallback() {
		const pages = JSON.parse(this.dataset.pages ?? '[]') as PageLink[];
		const t = JSON.parse(this.dataset.strings ?? '{}') as Strings;
		// Only this element's own controls: the gathered pages bring widgets with their own.
		const controls = ':scope > .print-chapter__controls';
		const prepare = this.querySelector<HTMLButtonElement>(`${controls} [data-prepare]`);
		const print = this.querySelector<HTMLButtonElement>(`${controls} [data-print]`);
		const progress = this.querySelector<HTMLProgressElement>(`${controls} progress`);
		const status = this.querySelector(`${controls} [data-status]`);
		const chapter = this.querySelector(':scope > [data-chapter]');
		if (!prepare || !print || !progress || !status || !chapter) return;
		prepare.hidden = false;
		prepare.classList.add('print-chapter__primary');
		let gathered = 0;

		const gather = async () => {
			prepare.disabled = true;
			progress.hidden = false;
			const parser = new DOMParser();
			for (; gathered < pages.length; gathered++) {
				const page = pages[gathered];
				if (!page) break;
				status.textContent = fill(t.loading, { done: gathered + 1, total: pages.length });
				try {
					const response = await fetch(page.href);
					if (!response.ok) throw new Error(`${response.status}`);
					const doc = parser.parseFromString(await response.text(), 'text/html');
					await adoptStyles(doc);
					chapter.append(toArticle(doc, page, gathered + 1));
					progress.value = gathered + 1;
				} catch {
					status.textContent = fill(t.failed, { title: page.title });
					prepare.textContent = t.retry;
					prepare.disabled = false;
					return;
				}
			}
			prepare.hidden = true;
			progress.hidden = true;
			print.hidden = false;
			print.classList.add('print-chapter__primary');
			status.textContent = fill(t.ready, { total: pages.length });
			print.focus();
		};

		prepare.addEventListener('click', () => void gather());
		print.addEventListener('click', () => {
			window.print();
		});
	}
}

customElements.define('print-chapter', PrintChapter);
