import type { ComponentChildren } from 'preact';

/**
 * A box that scrolls sideways when its table or diagram is wider than a phone, instead of widening
 * the page. Because it can scroll it must be reachable by keyboard (`tabIndex=0`), and a focusable
 * region needs a name, so every widget uses this one element: a labelled `<section>` (which is a
 * region landmark, the native form of `role="region"`).
 */
export function ScrollRegion(props: {
	label: string;
	class?: string;
	children: ComponentChildren;
}) {
	return (
		// eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must take focus, or a keyboard cannot scroll it (axe: scrollable-region-focusable)
		<section class={`cnn-scroll ${props.class ?? ''}`} tabIndex={0} aria-label={props.label}>
			{props.children}
		</section>
	);
}
