/**
 * Attributes that name other elements by id: ARIA relations, labels, table headers, form lists.
 * Their value is a space-separated list of ids.
 */
export const ID_LIST_ATTRIBUTES = [
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
	'aria-activedescendant',
	'aria-details',
	'aria-errormessage',
	'for',
	'headers',
	'list',
	'form',
] as const;

/**
 * The value of an attribute once every id it refers to carries `prefix`: an id list
 * (`aria-labelledby="a b"`), a fragment link (`href="#a"`), or an SVG reference
 * (`fill="url(#a)"`). Other values come back unchanged.
 *
 * Why: the printable chapter gathers ten pages into one document, and each page has its own
 * "jawaban-singkat" heading, its own figure ids and its own SVG markers. Prefixing every id of a
 * page, and every reference to one, keeps ids unique and each page's links, labels and markers
 * pointing inside that page.
 */
export function prefixIdRefs(name: string, value: string, prefix: string): string {
	if ((ID_LIST_ATTRIBUTES as readonly string[]).includes(name)) {
		return value
			.split(/\s+/)
			.filter(Boolean)
			.map((id) => `${prefix}${id}`)
			.join(' ');
	}
	if ((name === 'href' || name === 'xlink:href') && value.startsWith('#') && value.length > 1) {
		return `#${prefix}${value.slice(1)}`;
	}
	return value.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (_, quote: string, id: string) => {
		return `url(${quote}#${prefix}${id}${quote})`;
	});
}
