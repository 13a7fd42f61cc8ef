import type { REFERENCES } from '../../lib/content/references.ts';
import type { PaperId } from './network.ts';

/** The site's table of cited works (`src/lib/content/references.ts`). */
export type References = typeof REFERENCES;

/**
 * The table of references, on the server only. The table is shared by every page and weighs
 * 1.6 kB gzipped, more than this widget can add to its page; the browser loads it when a reader
 * picks another network (`loadReferences`), and until then keeps the citation the server wrote.
 */
export const SERVER_REFERENCES: References | undefined = import.meta.env.SSR
	? (await import('../../lib/content/references.ts')).REFERENCES
	: undefined;

/** Fetches the table of references in the browser, for the citation of a newly picked network. */
export async function loadReferences(): Promise<References> {
	return (await import('../../lib/content/references.ts')).REFERENCES;
}

const escape = (text: string | number) =>
	String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A citation as HTML: authors (year), linked title. */
export function citationHtml(refs: References, id: PaperId): string {
	const r = refs[id];
	return `${escape(r.authors)} (${r.year}). <a href="${escape(r.url)}">${escape(r.title)}</a>.`;
}

/**
 * The paper of a network, from the table of references. It is set as HTML so that hydration,
 * which never rewrites `dangerouslySetInnerHTML`, keeps the server's citation while the browser
 * has no table yet (`refs` undefined, empty HTML); once the table is loaded it renders normally.
 */
export function Paper(props: { id: PaperId; refs: References | undefined; class?: string }) {
	return (
		<dd
			class={props.class}
			dangerouslySetInnerHTML={{ __html: props.refs ? citationHtml(props.refs, props.id) : '' }}
		/>
	);
}
