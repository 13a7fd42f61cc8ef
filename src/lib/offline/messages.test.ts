import { describe, expect, it } from 'vitest';
import { isProgressMessage } from './messages.ts';
import { OFFLINE_STRINGS } from './strings.ts';

describe('isProgressMessage', () => {
	it('accepts the service worker’s progress report', () => {
		expect(isProgressMessage({ type: 'offline-progress', done: 10, total: 100 })).toBe(true);
	});

	it('ignores anything else a page may be sent', () => {
		expect(isProgressMessage(null)).toBe(false);
		expect(isProgressMessage('offline-progress')).toBe(false);
		expect(isProgressMessage({ type: 'offline-progress', done: '10', total: 100 })).toBe(false);
		expect(isProgressMessage({ type: 'SKIP_WAITING' })).toBe(false);
	});
});

describe('OFFLINE_STRINGS', () => {
	it('has every placeholder in both languages', () => {
		for (const t of Object.values(OFFLINE_STRINGS)) {
			expect(t.confirm).toContain('{size}');
			expect(t.saving).toContain('{percent}');
		}
	});
});
