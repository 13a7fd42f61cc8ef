import type { Element } from 'hast';

/**
 * Whether an element has any of the given classes. hast keeps `class` as a `className` array (or
 * nothing), and the site's rehype plugins each needed the same check; one place keeps them from
 * drifting (e.g. one forgetting that the property may be missing).
 */
export function hasClass(el: Element, ...names: string[]): boolean {
	const cls = el.properties.className;
	return Array.isArray(cls) && cls.some((c) => names.includes(c));
}

/** Adds a class to an element, keeping the ones it has. */
export function addClass(el: Element, name: string): void {
	const cls = el.properties.className;
	el.properties.className = Array.isArray(cls) ? [...cls, name] : [name];
}
