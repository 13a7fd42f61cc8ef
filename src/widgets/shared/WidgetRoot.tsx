import type { ComponentChildren } from 'preact';

/**
 * The outer box of every interactive widget. It carries the shared frame (`cnn-widget`) and the
 * one rule all islands follow: the engine's code starts downloading at the reader's first focus
 * or touch inside the widget (`useOnDemand`), not on page load. One component, so no widget can
 * forget either event.
 */
export function WidgetRoot(props: {
	/** The widget's own classes, after `cnn-widget`. */
	class: string;
	/** Attributes of the box: its id, a `lang`, a data attribute tests read. */
	attrs?: { id?: string; lang?: string; 'data-calc'?: string };
	/** Starts loading the engine; called at every focus and touch (the loader loads once). */
	load: () => unknown;
	children: ComponentChildren;
}) {
	const start = () => void props.load();
	return (
		<div
			class={`cnn-widget ${props.class}`}
			{...props.attrs}
			onFocusIn={start}
			onPointerDown={start}
		>
			{props.children}
		</div>
	);
}
