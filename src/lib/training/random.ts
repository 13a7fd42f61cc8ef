/**
 * A small seeded pseudo-random generator. Training must be reproducible for a given seed (the lab
 * promises it, and the data subset is drawn with it), and `Math.random` cannot be seeded, so every
 * random choice here (initial weights, shuffles, dropout masks, the data subset) goes through one
 * of these.
 */
export interface Random {
	/** A uniform float in [0, 1). */
	next(): number;
	/** A uniform integer in [0, n). */
	int(n: number): number;
	/** A standard normal sample (mean 0, variance 1). */
	normal(): number;
}

/**
 * Mulberry32: 32 bits of state, fast, and good enough for weights and shuffles (it passes
 * gjrand's and PractRand's smaller batteries). The same seed gives the same stream on every
 * JavaScript engine, since it only uses 32-bit integer arithmetic.
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	let spare: number | undefined;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (n) => Math.floor(next() * n),
		normal: () => {
			if (spare !== undefined) {
				const value = spare;
				spare = undefined;
				return value;
			}
			// Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
			const u = 1 - next();
			const v = next();
			const r = Math.sqrt(-2 * Math.log(u));
			spare = r * Math.sin(2 * Math.PI * v);
			return r * Math.cos(2 * Math.PI * v);
		},
	};
}

/** Shuffles `items` in place (Fisher–Yates) with `random`, and returns it. */
export function shuffle<T extends number[] | Int32Array | Uint32Array>(
	items: T,
	random: Random,
): T {
	for (let i = items.length - 1; i > 0; i--) {
		const j = random.int(i + 1);
		const a = items[i];
		const b = items[j];
		if (a === undefined || b === undefined) throw new RangeError(`no item ${i} or ${j} to swap`);
		items[i] = b;
		items[j] = a;
	}
	return items;
}
