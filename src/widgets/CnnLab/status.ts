/**
 * Where the lab stands: idle (the reference run shows), loading the worker, downloading the data,
 * building the model, training, paused, done, or stopped for a reason the status line gives.
 */
export type Phase =
	| 'idle'
	| 'loading'
	| 'downloading'
	| 'preparing'
	| 'training'
	| 'paused'
	| 'done'
	| 'invalid'
	| 'refused'
	| 'failed'
	| 'diverged';

/** How often, at most, training progress is announced to a screen reader between epochs. */
export const ANNOUNCE_EVERY_MS = 5000;

/**
 * Whether a progress report should be announced: at most every `ANNOUNCE_EVERY_MS`, so a screen
 * reader hears the run's progress without a sentence per batch. Epochs, pauses and the end are
 * announced when they happen, whatever this says.
 */
export function announceDue(lastAnnounced: number, now: number): boolean {
	return now - lastAnnounced >= ANNOUNCE_EVERY_MS;
}

/** Phases in which the Train button would start a second run over the first: it is disabled. */
export function isBusy(phase: Phase): boolean {
	return (
		phase === 'loading' || phase === 'downloading' || phase === 'preparing' || phase === 'training'
	);
}
