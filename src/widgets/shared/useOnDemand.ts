import { useCallback, useRef, useState } from 'preact/hooks';

/**
 * A module a widget needs only once the reader acts: the engine, a parser, a code generator.
 * The island's first render uses what its `.astro` wrapper computed at build time, so the page
 * downloads none of this until the reader focuses, touches or types into the widget.
 *
 * Returns the module once it has loaded (or `undefined` before), and `load`, which starts the
 * download (once; later calls share the same promise). Call `load` from the widget root's
 * `onFocusIn` and `onPointerDown`, so the module is usually there before the first change, and
 * await it in handlers that cannot go on without it.
 */
export function useOnDemand<T>(importer: () => Promise<T>): [T | undefined, () => Promise<T>] {
	const [module, setModule] = useState<T | undefined>(undefined);
	const pending = useRef<Promise<T> | undefined>(undefined);
	const load = useCallback(() => {
		pending.current ??= importer().then((m) => {
			setModule(() => m);
			return m;
		});
		return pending.current;
		// The importer is a constant `() => import(…)` in every caller, so it never needs to change.
	}, []);
	return [module, load];
}
