import type { Lang } from '../../lib/i18n/lang.ts';
import { editProblemText } from './editable.ts';
import type { EditProblem } from './full-state.ts';
import type { ProblemStrings } from './strings.ts';

/**
 * The calculator's state in the page URL, so a link reproduces it exactly. This module holds
 * what the three modes share; each mode's codec lives in its own `*-link.ts`, so a page loads
 * only its own. The state is JSON,
 * base64url-encoded into one query parameter (`?calc=…`): a query rather than the hash, because
 * the page's own heading links use the hash. Reading is defensive: anything that is not a state
 * this page could have written (too long, truncated, wrong types, a script) is refused with a
 * reason, and the widget falls back to its preset. Nothing read here is ever rendered as HTML.
 *
 * None of this is needed to show a mode, only to read or write a link, so `useLinkState` loads
 * it (with the mode's `*-link.ts`) on first use; the query parameter's name lives there.
 */

/** Longest encoded state accepted; VGG-16, the largest preset, takes under 3,000 characters. */
export const MAX_ENCODED = 12_000;

/** Why a link's state was refused. */
export type LinkProblem =
	| { readonly code: 'too-long' }
	| { readonly code: 'malformed' }
	| { readonly code: 'model'; readonly problem: EditProblem };

/** Why a link was refused, in a language: the reason the visible notice gives. */
export function linkProblemText(problem: LinkProblem, t: ProblemStrings, lang: Lang): string {
	if (problem.code === 'too-long') return t.linkTooLong;
	if (problem.code === 'malformed') return t.linkMalformed;
	return editProblemText(t, lang, problem.problem);
}

/** A mode's link codec: its state to a query value and back (`full-link.ts` and its siblings). */
export interface LinkCodec<T> {
	readonly encode: (state: T) => string;
	readonly decode: (text: string) => Decoded<T>;
	/** Why a link was refused, as the notice says it (`linkProblemText`). */
	readonly describe: (problem: LinkProblem, t: ProblemStrings, lang: Lang) => string;
}

/** A decoded state, or why there is none. */
export type Decoded<T> =
	{ readonly ok: true; readonly state: T } | { readonly ok: false; readonly problem: LinkProblem };

/** JSON text as base64url (UTF-8), safe in a query without escaping. */
export function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of {@link toBase64Url}; undefined for anything that is not valid base64url UTF-8. */
export function fromBase64Url(text: string): string | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** A decoded payload: a JSON object, read field by field by each mode's decoder. */
export type Json = Readonly<Record<string, unknown>>;

/**
 * The JSON object inside an encoded state, or why there is none: too long, not base64url JSON,
 * not an object, another version or another mode's state.
 */
export function readPayload(text: string, mode: string): Decoded<Json> {
	if (text.length > MAX_ENCODED) return { ok: false, problem: { code: 'too-long' } };
	const json = fromBase64Url(text);
	let value: unknown;
	try {
		value = json === undefined ? undefined : JSON.parse(json);
	} catch {
		value = undefined;
	}
	const object = typeof value === 'object' && value !== null && !Array.isArray(value);
	if (!object || (value as Json).v !== 1 || (value as Json).k !== mode) {
		return { ok: false, problem: { code: 'malformed' } };
	}
	return { ok: true, state: value as Json };
}

/** The answer for a payload whose fields are not what the mode writes. */
export const MALFORMED: Decoded<never> = { ok: false, problem: { code: 'malformed' } };

/**
 * A mode's codec from what is particular to it: its name (`k` in the payload), the fields it
 * writes, and how it reads them back from a payload `readPayload` accepted (its version and mode
 * already checked). The envelope (`v: 1`, `k`, base64url JSON, the length limit) and the refusal
 * notice are the same for every mode, so they are written once, here.
 */
export function linkCodec<T>(
	mode: string,
	write: (state: T) => Json,
	read: (payload: Json) => Decoded<T>,
): LinkCodec<T> {
	return {
		encode: (state) => toBase64Url(JSON.stringify({ v: 1, k: mode, ...write(state) })),
		decode: (text) => {
			const payload = readPayload(text, mode);
			return payload.ok ? read(payload.state) : payload;
		},
		describe: linkProblemText,
	};
}

/** Whether a decoded value is an integer within a rule's limits. */
export function int(value: unknown, rule: { min: number; max: number }): value is number {
	return Number.isInteger(value) && (value as number) >= rule.min && (value as number) <= rule.max;
}
