import type { Element, ElementContent } from 'hast';

/**
 * Builders of hast trees for the rehype plugins' tests, so that every test writes its input the
 * same short way (`h('table', [h('caption', [text('…')])])`) instead of defining its own.
 */

/** A text node. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** An element with its children and, optionally, its properties. */
export const h = (
	tagName: string,
	children: ElementContent[] = [],
	properties: Element['properties'] = {},
): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
