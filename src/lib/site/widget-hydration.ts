/**
 * The decisions of the widgets' `client:widget` directive (`src/widgets/shared/widget-directive.ts`),
 * as plain data so they can be tested without a browser: whether the page URL carries a widget's
 * state, which island a link scrolls to, which of the reader's actions before hydration are
 * replayed and in what order, and how a control the reader touched is found again afterwards.
 *
 * Why replay at all: an island's server HTML has real controls, so a reader on a slow connection
 * can type into one before the island's JavaScript has arrived. Preact's hydration leaves the
 * typed text on screen but starts from the server's state, and its next render writes that state
 * back over the text; a click on a button that had no handler yet does nothing. The directive
 * records those actions and, once the island has hydrated, plays them again through real events.
 */

/** A form control or button of an island, described as the directive reads it from the DOM. */
export interface ControlInfo {
	/** The element's name in lower case: `input`, `select`, `textarea` or `button`. */
	readonly tag: string;
	/** An input's or button's `type` (lower case); empty for the other elements. */
	readonly type: string;
	readonly id: string;
	readonly name: string;
	/** The `value` attribute; it tells a group's radios and checkboxes apart. */
	readonly value: string;
}

/** A control as it was when the reader touched it: its description and its place in the island. */
export interface WantedControl extends ControlInfo {
	/** Its position among the island's elements of the same tag, in document order. */
	readonly index: number;
}

/** What the directive does with a reader's action on a control before hydration. */
export type Capture = 'value' | 'click' | undefined;

/** Input types whose value cannot or must not be replayed, or that are buttons, not values. */
const NOT_VALUES = new Set(['hidden', 'file', 'password', 'button', 'submit', 'reset', 'image']);

/**
 * Whether an action on a control is replayed after hydration: its value (text fields, number
 * fields, sliders, checkboxes, radios, menus, text areas) or its click (a button outside a form).
 *
 * A button inside a form is left out: the browser already acts on it (it submits or resets the
 * form) without the island, so replaying its click would do it twice. A button outside a form
 * does nothing before hydration, so its click is replayed once the island can handle it: the
 * reader asked for that action, and late is better than never. A click on a link, a `<summary>`
 * or a label is not a button click either: the browser handles those natively (a label's click
 * reaches its control, whose change is recorded as a value).
 */
export function captureKind(control: Pick<ControlInfo, 'tag' | 'type'>, inForm: boolean): Capture {
	if (control.tag === 'select' || control.tag === 'textarea') return 'value';
	if (control.tag === 'input') return NOT_VALUES.has(control.type) ? undefined : 'value';
	if (control.tag === 'button') return inForm ? undefined : 'click';
	return undefined;
}

/** The events a value change fires, in the order browsers fire them. */
export type ValueEvent = 'input' | 'change';

/** One recorded action; `control` is the directive's handle for the element (its list index). */
export type Logged =
	| { readonly kind: 'value'; readonly control: number; readonly event: ValueEvent }
	| { readonly kind: 'click'; readonly control: number };

/** One replayed action: a control's final value with the events to announce it, or a click. */
export type Step =
	| { readonly kind: 'value'; readonly control: number; readonly events: readonly ValueEvent[] }
	| { readonly kind: 'click'; readonly control: number };

/**
 * The order in which the reader's actions are replayed. Each control's value is set once, to what
 * the reader left in it (the directive reads it just before hydration), at the place of the
 * reader's last change to it, announced by the events that change fired (`input`, then `change`
 * if the reader also committed it). Clicks keep their place and their number: three clicks on
 * "step forward" step three times. So "typed a number, then pressed Reset" ends reset, and
 * "pressed Reset, then typed" ends with the typed number, as the reader meant.
 */
export function replayPlan(log: readonly Logged[]): Step[] {
	const events = new Map<number, Set<ValueEvent>>();
	const last = new Map<number, number>();
	log.forEach((entry, i) => {
		if (entry.kind !== 'value') return;
		const seen = events.get(entry.control) ?? new Set<ValueEvent>();
		seen.add(entry.event);
		events.set(entry.control, seen);
		last.set(entry.control, i);
	});
	const steps: Step[] = [];
	log.forEach((entry, i) => {
		if (entry.kind === 'click') steps.push(entry);
		else if (last.get(entry.control) === i) {
			const seen = events.get(entry.control);
			const order = (['input', 'change'] as const).filter((event) => seen?.has(event));
			steps.push({ kind: 'value', control: entry.control, events: order });
		}
	});
	return steps;
}

/**
 * Where a control the reader touched is after hydration, among the island's elements of its tag
 * (`candidates`, in document order); -1 if it is gone. Preact's hydration normally keeps the
 * server's elements, and the directive then uses the same element without asking; this is for
 * the case where it replaced them. By id first (every widget field has one); then by name (a
 * radio or checkbox also by value), for controls without an id; last by position, when the
 * element there is still of the same kind.
 */
export function matchControl(wanted: WantedControl, candidates: readonly ControlInfo[]): number {
	const sameKind = (c: ControlInfo) => c.tag === wanted.tag && c.type === wanted.type;
	if (wanted.id !== '') {
		const byId = candidates.findIndex((c) => c.tag === wanted.tag && c.id === wanted.id);
		if (byId >= 0) return byId;
	}
	if (wanted.name !== '') {
		const grouped = wanted.type === 'radio' || wanted.type === 'checkbox';
		const byName = candidates.findIndex(
			(c) => sameKind(c) && c.name === wanted.name && (!grouped || c.value === wanted.value),
		);
		if (byName >= 0) return byName;
	}
	const there = candidates[wanted.index];
	return there && sameKind(there) ? wanted.index : -1;
}

/**
 * Whether a page URL carries state for the widget whose key is `key`: a query parameter of that
 * name (`?calc=…`, what the calculator's "copy link" writes), or a hash naming it (`#calc` or
 * `#calc=…`). A widget without a key (`client:widget` alone: `true`) never does.
 */
export function carriesState(key: unknown, search: string, hash: string): boolean {
	if (typeof key !== 'string' || key === '') return false;
	return new URLSearchParams(search).has(key) || hash.slice(1).split('=')[0] === key;
}

/** An island of the page, for {@link scrollTarget}: its key and whether the hash points inside it. */
export interface IslandInfo {
	readonly key: string | undefined;
	/** Whether the element the URL's hash names is inside this island. */
	readonly holdsHashTarget: boolean;
}

/**
 * Which island a link with state scrolls to (its index in document order), or -1 for none: the
 * one the hash points into, if it carries state, else the first that carries state. Several
 * islands can share a key (two calculators on one page); they all restore the state, but the
 * page can only be scrolled to one of them.
 */
export function scrollTarget(islands: readonly IslandInfo[], search: string, hash: string): number {
	const carrying = islands.flatMap((island, i) =>
		carriesState(island.key, search, hash) ? [i] : [],
	);
	return carrying.find((i) => islands[i]?.holdsHashTarget) ?? carrying[0] ?? -1;
}

/** What {@link mayScroll} weighs: the page as the reader has it when the island has hydrated. */
export interface ScrollContext {
	/** How the page was reached (`PerformanceNavigationTiming.type`), if the browser says. */
	readonly navigation: string | undefined;
	/** Whether the page is already scrolled. */
	readonly pageScrolled: boolean;
	/** Where the element the URL's hash names is, relative to the island. */
	readonly hashTarget: 'none' | 'inside' | 'outside';
	/** Whether the reader has focused something outside the island. */
	readonly focusElsewhere: boolean;
}

/**
 * Whether a link's widget may scroll the page to itself once hydrated. Not after a reload or a
 * step back (the browser gives the reader back their own place), not when the reader has focused
 * something else or scrolled the page themselves while the widget loaded, and not when the link's
 * hash names another place on the page (the browser went there, as the link asked). A hash inside
 * the widget is no obstacle: the page may have scrolled to it before the widget grew.
 */
export function mayScroll(context: ScrollContext): boolean {
	if (context.navigation === 'reload' || context.navigation === 'back_forward') return false;
	if (context.focusElsewhere || context.hashTarget === 'outside') return false;
	return context.hashTarget === 'inside' || !context.pageScrolled;
}

/**
 * Where the caret goes in a text field the reader was typing in, once the island has hydrated and
 * the text has been replayed: where the reader left it if the text is still what they typed, else
 * at the end (the island reformatted or refused it, and the end is where typing continues).
 */
export function caretAfterReplay(
	before: { readonly text: string; readonly start: number; readonly end: number },
	text: string,
): readonly [number, number] {
	if (text !== before.text) return [text.length, text.length];
	const clamp = (n: number) => Math.min(Math.max(n, 0), text.length);
	return [clamp(before.start), clamp(before.end)];
}
