import { expect, test } from 'vitest';
import { createRandom, shuffle } from './random.ts';

test('the same seed gives the same stream, another seed another one', () => {
	const a = createRandom(42);
	const b = createRandom(42);
	const c = createRandom(43);
	const first = Array.from({ length: 5 }, () => a.next());
	expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
	expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
});

test('uniform draws stay in [0, 1) with mean near 1/2, normals have mean 0 and variance 1', () => {
	const random = createRandom(7);
	const n = 20_000;
	let sum = 0;
	let normalSum = 0;
	let squares = 0;
	for (let i = 0; i < n; i++) {
		const u = random.next();
		expect(u >= 0 && u < 1).toBe(true);
		sum += u;
		const z = random.normal();
		normalSum += z;
		squares += z * z;
	}
	expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
	expect(Math.abs(normalSum / n)).toBeLessThan(0.03);
	expect(Math.abs(squares / n - 1)).toBeLessThan(0.05);
});

test('integers cover [0, n) and nothing else', () => {
	const random = createRandom(3);
	const seen = new Set(Array.from({ length: 500 }, () => random.int(6)));
	expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
});

test('a shuffle is a permutation, reproducible from its seed', () => {
	const items = Array.from({ length: 50 }, (_, i) => i);
	const once = shuffle([...items], createRandom(1));
	expect(once).not.toEqual(items);
	expect([...once].sort((x, y) => x - y)).toEqual(items);
	expect(shuffle(Int32Array.from(items), createRandom(1))).toEqual(Int32Array.from(once));
});
