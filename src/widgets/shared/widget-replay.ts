import {
	captureKind,
	caretAfterReplay,
	matchControl,
	mayScroll,
	replayPlan,
	scrollTarget,
	type ControlInfo,
	type Logged,
	type WantedControl,
} from '../../lib/site/widget-hydration.ts';
import type { PrepareReplay } from './widget-directive.ts';

/** An element the reader touched: a field, a button, or whatever held focus (an SVG bar, say). */
type Touched = HTMLElement | SVGElement;
/** An element with a value to replay. */
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (el: unknown): el is Field =>
	el instanceof HTMLInputElement ||
	el instanceof HTMLSelectElement ||
	el instanceof HTMLTextAreaElement;
const isTouched = (el: unknown): el is Touched =>
	el instanceof HTMLElement || el instanceof SVGElement;

const infoOf = (el: Element): ControlInfo => ({
	tag: el.localName,
	type: 'type' in el && typeof el.type === 'string' ? el.type : '',
	id: el.id,
	name: el.getAttribute('name') ?? '',
	value: el.getAttribute('value') ?? '',
});

/** One link scroll per page, whichever island with the link's state hydrates first. */
let scrolled = false;

/** Scrolls the page to `island` if the URL's state is meant for it and the reader is not elsewhere. */
function reveal(island: HTMLElement): void {
	if (scrolled) return;
	const { search, hash } = location;
	let hashTarget: Element | null = null;
	try {
		hashTarget =
			hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
	} catch {
		// A malformed escape in the hash names no element.
	}
	const islands = [...document.querySelectorAll('astro-island[client="widget"]')];
	const info = islands.map((el) => {
		const opts = JSON.parse(el.getAttribute('opts') ?? '{}') as { value?: unknown };
		const key = typeof opts.value === 'string' ? opts.value : undefined;
		return { key, holdsHashTarget: hashTarget !== null && el.contains(hashTarget) };
	});
	if (islands[scrollTarget(info, search, hash)] !== island) return;
	const navigation = performance.getEntriesByType('navigation')[0];
	const focused = document.activeElement;
	const allowed = mayScroll({
		navigation: navigation instanceof PerformanceNavigationTiming ? navigation.type : undefined,
		pageScrolled: scrollY > 0,
		hashTarget: hashTarget === null ? 'none' : island.contains(hashTarget) ? 'inside' : 'outside',
		focusElsewhere: focused !== null && focused !== document.body && !island.contains(focused),
	});
	if (!allowed) return;
	scrolled = true;
	const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
	// The island is `display: contents` and has no box; its widget root has.
	island.firstElementChild?.scrollIntoView({
		block: 'start',
		behavior: reduce ? 'instant' : 'smooth',
	});
}

/**
 * The replay of `client:widget` (`widget-directive.ts`), loaded only when an island has something
 * to replay or a link to follow. Called after the island's code has loaded and just before Preact
 * hydrates it, it reads what the reader left in the server HTML; the function it returns runs
 * after hydration and:
 *
 * 1. tells the island about the focus or touch it missed (`focus` and `focusin` on the focused
 *    element, or `focusin` on the widget root), since widgets start loading their engine then
 *    (`useOnDemand`) and track the focused cell or bar; not a `pointerdown`, which could start a
 *    drag;
 * 2. replays the reader's values and clicks in their order (`replayPlan`), each value set from
 *    what the reader left and announced with the events the reader fired, letting Preact render
 *    between steps so each handler sees the state the previous one left;
 * 3. keeps the focus on the control the reader was in, with the caret where they left it;
 * 4. for a link with the island's state, scrolls to it (`mayScroll` says when not to).
 *
 * The decisions are pure and tested in `src/lib/site/widget-hydration.ts`; this only touches the
 * DOM.
 */
const prepareReplay: PrepareReplay = (island, events, fromLink) => {
	/** The elements the reader touched; an element's handle is its index here. */
	const touched: Touched[] = [];
	const handle = (el: Touched) => {
		const i = touched.indexOf(el);
		return i >= 0 ? i : touched.push(el) - 1;
	};
	const log: Logged[] = [];
	for (const event of events) {
		const isClick = event.type === 'click';
		if (!isClick && event.type !== 'input' && event.type !== 'change') continue;
		const target = event.target instanceof Element ? event.target : null;
		const el = isClick ? target?.closest('button') : target;
		if (!isTouched(el) || !island.contains(el)) continue;
		const kind = captureKind(infoOf(el), 'form' in el && el.form !== null);
		if (isClick && kind === 'click') log.push({ kind, control: handle(el) });
		if (!isClick && kind === 'value') {
			log.push({ kind, control: handle(el), event: event.type });
		}
	}

	const focused = document.activeElement;
	const focus = isTouched(focused) && island.contains(focused) ? focused : undefined;
	const focusHandle = focus ? handle(focus) : -1;
	const selection =
		(focus instanceof HTMLInputElement || focus instanceof HTMLTextAreaElement) &&
		focus.selectionStart !== null
			? { text: focus.value, start: focus.selectionStart, end: focus.selectionEnd ?? 0 }
			: undefined;
	const saved = touched.map((el) => ({
		value: isField(el) ? el.value : '',
		checked: el instanceof HTMLInputElement && el.checked,
		wanted: {
			...infoOf(el),
			index: [...island.querySelectorAll(el.localName)].indexOf(el),
		} satisfies WantedControl,
	}));
	/** A touched element after hydration: the same one, unless Preact replaced it. */
	const now = (i: number): Touched | undefined => {
		const el = touched[i];
		const was = saved[i];
		if (!el || !was) return undefined;
		if (el.isConnected && island.contains(el)) return el;
		const candidates = [...island.querySelectorAll<Touched>(was.wanted.tag)];
		return candidates[matchControl(was.wanted, candidates.map(infoOf))];
	};

	return async () => {
		if (events.length > 0) {
			const focusedNow = now(focusHandle);
			// The focused element's own `focus` handler missed it too (a grid's active cell, say).
			focusedNow?.dispatchEvent(new FocusEvent('focus'));
			(focusedNow ?? island.firstElementChild)?.dispatchEvent(
				new FocusEvent('focusin', { bubbles: true }),
			);
		}
		for (const step of replayPlan(log)) {
			const el = now(step.control);
			const was = saved[step.control];
			if (step.kind === 'click' && el instanceof HTMLElement) el.click();
			if (step.kind === 'value' && isField(el) && was) {
				// From what was saved, not from the element: a render since hydration may have
				// written the island's own state over a field not replayed yet.
				if (el.value !== was.value) el.value = was.value;
				if (el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type)) {
					el.checked = was.checked;
				}
				for (const type of step.events) el.dispatchEvent(new Event(type, { bubbles: true }));
			}
			// Preact renders in a microtask; let it, before the next handler runs.
			await Promise.resolve();
		}
		const target = now(focusHandle);
		if (target) {
			if (document.activeElement !== target) target.focus({ preventScroll: true });
			if (
				selection &&
				(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
			) {
				try {
					target.setSelectionRange(...caretAfterReplay(selection, target.value));
				} catch {
					// This kind of field has no caret.
				}
			}
		}
		if (fromLink) reveal(island);
	};
};

export default prepareReplay;
