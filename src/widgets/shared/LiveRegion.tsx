import type { ComponentChildren } from 'preact';

/**
 * A polite live region: screen readers announce its text whenever it changes, without moving
 * focus. Widgets put the one-line result of each change here ("Total: 903,400 parameters"), so a
 * reader who cannot see the table still hears what moved. It is visually hidden unless `visible`.
 */
export function LiveRegion(props: { children: ComponentChildren; visible?: boolean; id?: string }) {
	return (
		<p
			id={props.id}
			class={props.visible ? 'cnn-live' : 'sr-only'}
			aria-live="polite"
			aria-atomic="true"
		>
			{props.children}
		</p>
	);
}
