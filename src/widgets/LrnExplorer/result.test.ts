import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { batchNormValue } from '../../lib/normalization/batch-norm.ts';
import { ALEXNET_LRN, lrn, lrnWindow } from '../../lib/normalization/lrn.ts';
import { lrnResult } from './result.ts';
import { BN_CHANNEL, lrnPreset } from './state.ts';

describe('one frame of the LRN explorer', () => {
	test('the outputs are the engine’s LRN, and each term ends in its output', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 250 }), { minLength: 8, maxLength: 16 }),
				fc.integer({ min: 1, max: 15 }),
				(values, n) => {
					const params = { ...ALEXNET_LRN, n };
					const result = lrnResult(values, params);
					expect(result.outputs).toEqual(lrn(values, params));
					expect(result.terms.map((term) => term.value)).toEqual(result.outputs);
					result.terms.forEach((term, i) =>
						expect(term).toMatchObject(lrnWindow(i, values.length, result.radius)),
					);
				},
			),
			{ numRuns: 50 },
		);
	});

	test('an even n of 6 has radius 3, so a full window holds 7 maps, not 6', () => {
		const result = lrnResult(lrnPreset('strong', 8), { ...ALEXNET_LRN, n: 6 });
		expect(result.radius).toBe(3);
		expect(result.span).toBe(7);
		expect(result.terms[3]).toMatchObject({ low: 0, high: 6 });
	});

	test('batch normalization rescales each map with its own statistics, whatever its neighbours', () => {
		const result = lrnResult([20, 20, 200, 20], ALEXNET_LRN);
		expect(result.normalized).toEqual([20, 20, 200, 20].map((x) => batchNormValue(x, BN_CHANNEL)));
		expect(result.normalized[0]).toBe(result.normalized[1]);
		expect(result.batchNorm.channel).toBe(BN_CHANNEL);
	});

	test('it is plain data, so an island prop carries it unchanged', () => {
		const result = lrnResult(lrnPreset('strong', 8), ALEXNET_LRN);
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});
});
