import { describe, expect, it } from 'vitest';
import { isGoodConnection } from './connection.ts';

describe('isGoodConnection', () => {
	it('saves in the background where the browser says nothing about the connection', () => {
		expect(isGoodConnection(undefined)).toBe(true);
		expect(isGoodConnection({})).toBe(true);
	});

	it('saves in the background on 3G and 4G', () => {
		expect(isGoodConnection({ effectiveType: '4g', saveData: false })).toBe(true);
		expect(isGoodConnection({ effectiveType: '3g' })).toBe(true);
	});

	it('waits for the reader on 2G and slow 2G', () => {
		expect(isGoodConnection({ effectiveType: '2g' })).toBe(false);
		expect(isGoodConnection({ effectiveType: 'slow-2g' })).toBe(false);
	});

	it('waits for the reader who asked the browser to save data, whatever the speed', () => {
		expect(isGoodConnection({ effectiveType: '4g', saveData: true })).toBe(false);
	});
});
