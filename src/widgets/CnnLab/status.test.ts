import { expect, test } from 'vitest';
import { ANNOUNCE_EVERY_MS, announceDue, isBusy } from './status.ts';

test('progress is announced at most every five seconds, not per batch', () => {
	expect(ANNOUNCE_EVERY_MS).toBe(5000);
	expect(announceDue(10_000, 10_250)).toBe(false);
	expect(announceDue(10_000, 15_000)).toBe(true);
});

test('Train is disabled while a run loads or trains, and enabled when it is paused or done', () => {
	expect(isBusy('training')).toBe(true);
	expect(isBusy('downloading')).toBe(true);
	expect(isBusy('paused')).toBe(false);
	expect(isBusy('done')).toBe(false);
	expect(isBusy('failed')).toBe(false);
});
