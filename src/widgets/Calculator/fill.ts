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
