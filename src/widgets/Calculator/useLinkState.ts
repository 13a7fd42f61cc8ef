import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { ProblemStrings } from './strings.ts';
import type { LinkCodec } from './url.ts';

/** The query parameter that carries a mode's state (`?calc=…`); the CNN lab's is `lab`. */
export const URL_KEY = 'calc';

/** What {@link useLinkState} gives a mode. */
export interface LinkState<T> {
	readonly state: T;
	/** Changes the state and, a moment later, the page URL. */
	readonly update: (change: (state: T) => T) => void;
	/** Why the URL's state was refused, in a language, for the visible notice; else undefined. */
	readonly refusal: ((t: ProblemStrings, lang: Lang) => string) | undefined;
	/** Writes the current state into the URL now and resolves to the link, for "copy link". */
	readonly link: () => Promise<string>;
}

/**
 * A mode's state, mirrored in the page URL (`?calc=…`). The server and the first client render
 * use `initial`, so hydration matches; the URL is read only after hydration, in an effect. Writes
 * are debounced: a slider dragged across its range would otherwise call `history.replaceState`
 * hundreds of times, which browsers throttle with a console warning.
 *
 * The codec (base64url JSON, and for the full mode the editor's checks on a model) is loaded by
 * `loadCodec` only when it is needed: when the page was opened with a state in its URL, or at the
 * reader's first change. A page opened plainly and only read never downloads it. If it cannot be
 * loaded (the reader went offline), the URL simply stays as it was and the next change retries.
 * `key` names the query parameter: the calculator's modes share `calc`, the CNN lab has `lab`.
 */
export function useLinkState<T>(
	initial: T,
	loadCodec: () => Promise<LinkCodec<T>>,
	onLoad?: (state: T) => void,
	key: string = URL_KEY,
): LinkState<T> {
	const [state, setState] = useState(initial);
	const [refusal, setRefusal] = useState<LinkState<T>['refusal']>(undefined);
	const latest = useRef(state);
	latest.current = state;
	const dirty = useRef(false);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const codec = useRef<Promise<LinkCodec<T>> | undefined>(undefined);
	const load = () =>
		(codec.current ??= loadCodec().catch((error: unknown) => {
			codec.current = undefined;
			throw error;
		}));

	const write = async () => {
		clearTimeout(timer.current);
		const { encode } = await load();
		const url = new URL(window.location.href);
		url.searchParams.set(key, encode(latest.current));
		window.history.replaceState(window.history.state, '', url);
		return url.href;
	};

	useEffect(() => {
		const text = new URLSearchParams(window.location.search).get(key);
		if (text === null) return;
		load().then(
			({ decode, describe }) => {
				// A reader who changed something while the codec was loading keeps their change.
				if (dirty.current) return;
				const decoded = decode(text);
				if (decoded.ok) {
					setState(decoded.state);
					onLoad?.(decoded.state);
				} else {
					const { problem } = decoded;
					setRefusal(() => (t: ProblemStrings, lang: Lang) => describe(problem, t, lang));
				}
			},
			() => undefined,
		);
	}, []);

	useEffect(() => {
		if (!dirty.current) return;
		load().catch(() => undefined); // start fetching the codec during the debounce
		timer.current = setTimeout(() => void write().catch(() => undefined), 250);
		return () => clearTimeout(timer.current);
	}, [state]);

	return {
		state,
		update: (change) => {
			dirty.current = true;
			setState(change);
		},
		refusal,
		link: write,
	};
}
