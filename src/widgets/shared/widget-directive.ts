import type { ClientDirective } from 'astro';
import { carriesState } from '../../lib/site/widget-hydration.ts';

/**
 * The events recorded before hydration: the first three are the reader's first interaction
 * (they start hydration), the last three are what `widget-replay.ts` plays again afterwards.
 */
const EVENTS = ['focusin', 'pointerdown', 'keydown', 'input', 'change', 'click'];

/** What `widget-replay.ts` exports: it reads the page before hydration, acts after it. */
export type PrepareReplay = (
	island: HTMLElement,
	events: readonly Event[],
	fromLink: boolean,
) => () => Promise<void>;

/**
 * `client:widget`, the hydration directive of every widget island. It hydrates the island:
 *
 * - when it comes into view, as `client:visible` does (its children are observed, since the
 *   island itself is `display: contents`; no root margin);
 * - at once when the page URL carries state for it (`client:widget="calc"`: a `?calc=` query or a
 *   `#calc` hash, `carriesState`), and then scrolls the page to it;
 * - at the reader's first focus, touch or key press inside its server HTML.
 *
 * Until then it records the reader's events in the island; after hydration `widget-replay.ts`
 * replays what they typed, chose and clicked through real events, gives the island the focus it
 * missed, and does the link's scroll. This part is inlined by Astro into every page with a widget,
 * whose HTML has a budget, so it only records; the replay module (`replayUrl`, built and named by
 * `src/integrations/widget-directive.ts`) is fetched only when there is something to replay or a
 * link to follow, never on a plain visit.
 */
export function widgetDirective(replayUrl: string): ClientDirective {
	return (load, { value }, el) => {
		const events: Event[] = [];
		let started = false;
		let replay: Promise<PrepareReplay | undefined> | undefined;
		/** Starts fetching the replay module, alongside the island's own code. */
		const needReplay = () =>
			(replay ??= import(replayUrl).then(
				(module: { default: PrepareReplay }) => module.default,
				// Offline: the island still hydrates, only without the replay.
				() => undefined,
			));
		const start = async (fromLink = false) => {
			if (started) return;
			started = true;
			if (fromLink) void needReplay();
			const hydrate = await load();
			const after = (await replay)?.(el, events, fromLink);
			await hydrate();
			await after?.();
		};
		for (const type of EVENTS) {
			el.addEventListener(
				type,
				(event) => {
					// Once hydrated (Astro drops `ssr`), the island's own handlers take every event.
					if (!el.hasAttribute('ssr')) return;
					events.push(event);
					void needReplay();
					void start();
				},
				true,
			);
		}
		if (carriesState(value, location.search, location.hash)) {
			void start(true);
			return;
		}
		const observer = new IntersectionObserver((entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void start();
		});
		for (const child of el.children) observer.observe(child);
	};
}
