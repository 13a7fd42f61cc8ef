/**
 * Whether a value is one of a fixed list (a preset ID, a layer type, a language), narrowing it to
 * the list's type. Links, pasted JSON and URL segments arrive as `unknown` or `string`; every list
 * of choices is checked this one way instead of each module casting its list to compare.
 */
export function isOneOf<T>(value: unknown, list: readonly T[]): value is T {
	return (list as readonly unknown[]).includes(value);
}
