/**
 * Which lines of a build's output are warnings. Astro prints its own and Vite's as `[WARN]`;
 * Node prints deprecations and other process warnings as `Warning:`. Colour codes are ignored.
 */
export function isWarning(line: string): boolean {
	// eslint-disable-next-line no-control-regex -- the escape character starts the colour codes removed here
	const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
	return plain.includes('[WARN]') || /\bWarning:/.test(plain);
}
