import { expect, test } from 'vitest';
import { row } from '../testing.ts';

test('dense counts (inputs + 1) × units', () => {
	const r = row([9216], { type: 'dense', units: 4096 });
	expect(r.outputShape).toEqual([4096]);
	expect(r.params).toBe(37_752_832);
	expect(r.macs).toBe(9216 * 4096);
});

test('dense without bias counts inputs × units', () => {
	expect(row([120], { type: 'dense', units: 84, useBias: false }).params).toBe(10_080);
});

test('dense applies to the last axis of a feature map, like a 1×1 convolution', () => {
	const r = row([7, 7, 64], { type: 'dense', units: 10 });
	expect(r.outputShape).toEqual([7, 7, 10]);
	expect(r.params).toBe(650);
	expect(r.macs).toBe(49 * 64 * 10);
});
