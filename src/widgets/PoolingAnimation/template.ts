/**
 * Fills `{name}` placeholders in a sentence of the strings table. The table reaches the island as
 * a prop (one language only), and props cannot carry functions, so sentences with numbers in them
 * are templates. An unknown placeholder is left as it is rather than printing "undefined".
 *
 * The segmentation demo uses it too; it belongs in `src/lib/i18n/` beside the number formats,
 * with the calculator's copy, once that room takes it.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole,
	);
}
