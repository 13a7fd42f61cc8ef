import { useCallback, useState } from 'preact/hooks';
import { useOnDemand } from '../shared/useOnDemand.ts';
import type { LinkCodec } from './url.ts';
import { useLinkState, type LinkState } from './useLinkState.ts';

/**
 * What every mode of the calculator shares: its state mirrored in the page URL, its engine
 * module loaded on the reader's first interaction, and the fields whose text is currently bad.
 */
export interface ModeState<S, E> extends LinkState<S> {
	/** The mode's engine module, once it has loaded. */
	readonly engine: E | undefined;
	/** Starts loading the engine (once) and resolves to it. */
	readonly load: () => Promise<E>;
	/** IDs of the fields whose text is not a valid entry; the figures are stale while any is. */
	readonly invalid: ReadonlySet<string>;
	/** A field's `onValidity`: records whether its text is bad. */
	readonly validity: (id: string) => (bad: boolean) => void;
	/** Forgets the bad entries of the fields `keep` rejects (a removed layer, a replaced model). */
	readonly forget: (keep: (id: string) => boolean) => void;
}

/**
 * A mode's state, engine and field validity (see {@link ModeState}).
 *
 * The island first renders the figures its `.astro` wrapper computed at build time for `initial`,
 * and downloads no engine until the reader focuses or touches the widget ({@link ModeFrame}). A
 * change waits for the engine: `update` applies it once the engine has loaded, in order, so the
 * state never differs from `initial` without the engine there to compute its figures, and
 * nothing typed or clicked while the engine loads is lost. A link's state is read the same way:
 * the codec (`loadCodec`, a mode's `*-link.ts`) is loaded after the engine. The CNN lab's model
 * uses this too, under its own query parameter (`key`, `lab`).
 */
export function useMode<S, E>(
	initial: S,
	loadEngine: () => Promise<E>,
	loadCodec: () => Promise<{ codec: LinkCodec<S> }>,
	onLoad?: (state: S, engine: E) => void,
	key?: string,
): ModeState<S, E> {
	const [engine, load] = useOnDemand(loadEngine);
	const link = useLinkState<S>(
		initial,
		() => load().then(async () => (await loadCodec()).codec),
		onLoad && ((state) => void load().then((e) => onLoad(state, e))),
		key,
	);
	const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
	const validity = useCallback(
		(id: string) => (bad: boolean) =>
			setInvalid((prev) => {
				if (prev.has(id) === bad) return prev;
				const next = new Set(prev);
				if (bad) next.add(id);
				else next.delete(id);
				return next;
			}),
		[],
	);
	const forget = useCallback(
		(keep: (id: string) => boolean) => setInvalid((prev) => new Set([...prev].filter(keep))),
		[],
	);
	return {
		...link,
		update: (change) => {
			load().then(
				() => link.update(change),
				() => undefined, // offline: nothing can be computed, and the figures stay as they are
			);
		},
		engine,
		load,
		invalid,
		validity,
		forget,
	};
}
