/**
 * Fills `{name}` placeholders in a sentence of a widget's strings table. The table reaches the
 * island as a prop, in the page's language only, and props cannot carry functions, so sentences
 * with numbers in them are templates. An unknown placeholder is left as it is rather than
 * printing "undefined", so a typo shows on the page instead of hiding.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole,
	);
}
