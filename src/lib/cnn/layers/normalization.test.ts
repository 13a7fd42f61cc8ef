import { expect, test } from 'vitest';
import { row } from '../testing.ts';

test('keras counts 4 values per channel, 2 of them non-trainable', () => {
	const r = row([56, 56, 64], { type: 'batchNorm' }, 'keras');
	expect(r.outputShape).toEqual([56, 56, 64]);
	expect([r.params, r.trainableParams, r.nonTrainableParams]).toEqual([256, 128, 128]);
	expect(r.macs).toBe(0);
});

test('pytorch counts 2 per channel: running statistics are buffers', () => {
	const r = row([56, 56, 64], { type: 'batchNorm' }, 'pytorch');
	expect([r.params, r.trainableParams, r.nonTrainableParams]).toEqual([128, 128, 0]);
});

test('center and scale can be switched off one at a time', () => {
	expect(row([10], { type: 'batchNorm', center: false }).trainableParams).toBe(10);
	expect(row([10], { type: 'batchNorm', center: false, scale: false }).params).toBe(20);
});

test('batch norm after a dense layer normalises its features', () => {
	expect(row([100], { type: 'batchNorm' }).params).toBe(400);
});
