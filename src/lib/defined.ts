/**
 * `value`, or a thrown error that names what was missing. Under `noUncheckedIndexedAccess` an index,
 * a `Map#get` or a `find` is typed as possibly `undefined` even where the code knows it is there;
 * this states that knowledge in one place and, if it is ever wrong, fails at the lookup with the
 * name of the thing looked up, rather than as a `NaN` or a `TypeError` three steps later (which a
 * non-null assertion `!` would give).
 */
export function defined<T>(value: T | null | undefined, what: string): T {
	if (value === undefined || value === null) throw new Error(`missing ${what}`);
	return value;
}
