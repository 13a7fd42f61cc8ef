import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A `<details>` whose body needs code that only a reader who opens it uses (the calculator's
 * paste-and-export tools, the working behind each count). The code is loaded by `load` the first
 * time the element opens, so it is not part of the page's first download; until it arrives the
 * body says it is loading.
 *
 * `fallback` is what the server renders inside, for readers without JavaScript: the same content,
 * computed on the server. In the browser the body starts as a loading mark (hydration replaces the
 * fallback, unseen while the element is closed) and is rendered from the loaded module once it
 * opens. An element a reader opened before the widget hydrated is loaded at once.
 */
export function LazyDetails<M>(props: {
	class?: string;
	summary: ComponentChildren;
	load: () => Promise<M>;
	/** Renders the body from the loaded module. */
	children: (module: M) => ComponentChildren;
	fallback?: ComponentChildren;
}) {
	const [loaded, setLoaded] = useState<{ module: M } | undefined>(undefined);
	const ref = useRef<HTMLDetailsElement>(null);
	const pending = useRef(false);
	const open = () => {
		if (loaded || pending.current || !ref.current?.open) return;
		pending.current = true;
		props.load().then(
			(module) => setLoaded({ module }),
			() => (pending.current = false),
		);
	};
	useEffect(open, []);
	let body: ComponentChildren;
	if (loaded) body = props.children(loaded.module);
	else if (import.meta.env.SSR) body = props.fallback;
	// While the module loads, or after it failed to (opening the element again retries).
	else body = <p aria-busy="true">…</p>;
	return (
		<details ref={ref} class={props.class} onToggle={open}>
			<summary>{props.summary}</summary>
			{body}
		</details>
	);
}
