/**
 * Fills `{name}` placeholders in a string from the strings table. The table reaches the browser
 * as island props, which cannot carry functions, so sentences with numbers in them are templates.
 * An unknown placeholder is left as it is rather than printing "undefined".
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole,
	);
}

/** A fragment of a sentence as a sentence of its own: capital first letter, final full stop. */
export function sentence(text: string): string {
	const s = text.charAt(0).toUpperCase() + text.slice(1);
	return /[.!?]$/.test(s) ? s : `${s}.`;
}
