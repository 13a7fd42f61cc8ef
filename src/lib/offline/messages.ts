/**
 * Messages between the pages and the service worker (`src/service-worker/sw.ts`), typed in one
 * place so both sides read the same shapes.
 */

/** The service worker to a page: how far saving the site for offline reading has got. */
export interface ProgressMessage {
	type: 'offline-progress';
	/** Bytes saved so far, of `total`. */
	done: number;
	total: number;
}

/** A page to a waiting service worker: the reader chose to reload into the new version. */
export interface SkipWaitingMessage {
	type: 'SKIP_WAITING';
}

/** Whether a message event's data is a progress report (anything else is ignored). */
export function isProgressMessage(data: unknown): data is ProgressMessage {
	if (typeof data !== 'object' || data === null) return false;
	const m = data as Partial<ProgressMessage>;
	return m.type === 'offline-progress' && typeof m.done === 'number' && typeof m.total === 'number';
}
