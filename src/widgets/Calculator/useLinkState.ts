import { useEffect, useRef, useState } from 'preact/hooks';
import { URL_KEY, type Decoded, type LinkProblem } from './url.ts';

/** What {@link useLinkState} gives a mode. */
export interface LinkState<T> {
	readonly state: T;
	/** Changes the state and, a moment later, the page URL. */
	readonly update: (change: (state: T) => T) => void;
	/** Why the URL's state was refused, for the visible notice. */
	readonly problem: LinkProblem | undefined;
	/** Writes the current state into the URL now and returns the link, for "copy link". */
	readonly link: () => string;
}

/**
 * A mode's state, mirrored in the page URL (`?calc=…`). The server and the first client render
 * use `initial`, so hydration matches; the URL is read only after hydration, in an effect. Writes
 * are debounced: a slider dragged across its range would otherwise call `history.replaceState`
 * hundreds of times, which browsers throttle with a console warning.
 */
export function useLinkState<T>(
	initial: T,
	encode: (state: T) => string,
	decode: (text: string) => Decoded<T>,
	onLoad?: (state: T) => void,
): LinkState<T> {
	const [state, setState] = useState(initial);
	const [problem, setProblem] = useState<LinkProblem>();
	const latest = useRef(state);
	latest.current = state;
	const dirty = useRef(false);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

	const write = () => {
		clearTimeout(timer.current);
		const url = new URL(window.location.href);
		url.searchParams.set(URL_KEY, encode(latest.current));
		window.history.replaceState(window.history.state, '', url);
		return url.href;
	};

	useEffect(() => {
		const text = new URLSearchParams(window.location.search).get(URL_KEY);
		if (text === null) return;
		const decoded = decode(text);
		if (decoded.ok) {
			setState(decoded.state);
			onLoad?.(decoded.state);
		} else setProblem(decoded.problem);
	}, []);

	useEffect(() => {
		if (!dirty.current) return;
		timer.current = setTimeout(write, 250);
		return () => clearTimeout(timer.current);
	}, [state]);

	return {
		state,
		update: (change) => {
			dirty.current = true;
			setState(change);
		},
		problem,
		link: write,
	};
}
