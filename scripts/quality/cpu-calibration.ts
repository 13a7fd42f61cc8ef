/**
 * Lighthouse's CPU slowdown, calibrated to the machine's speed at the moment of a run.
 *
 * With simulated throttling, Lighthouse records a page load at the machine's full speed and then
 * multiplies each main-thread task by `cpuSlowdownMultiplier`. A fixed 4× therefore grades a
 * slower phone whenever the host is slower: this machine's Lighthouse benchmark index swings from
 * about 700 to 2,800 within a session, and a page's Total Blocking Time swings with it.
 *
 * Lighthouse's documentation (docs/throttling.md, "Calibrating the CPU slowdown") says to choose
 * the multiplier from the benchmark index the run measures. Its calculator puts Lighthouse's
 * default, 4×, at a host of index 1,533: the default mobile run emulates a phone of index
 * 1,533 / 4 ≈ 383. The slowdown here is proportional to the measured index, so that every run,
 * on a fast moment or a slow one, emulates that same phone: a task of `t` ms on a host of index
 * `b` is graded as `t · b / 383` ms, which stays the same when the host's speed changes.
 *
 * (The calculator's own curve is not proportional: it asks for 8.6× at index 2,600, a phone of
 * about 300, and 4.7× at 1,700, about 365; on this machine, whose index moves between those, it
 * would grade a slower phone when the machine happens to be fast.)
 */

/** The host index at which Lighthouse's calculator gives its default 4× slowdown. */
export const REFERENCE_BENCHMARK_INDEX = 1533;
/** Lighthouse's default CPU slowdown for mobile runs. */
export const DEFAULT_SLOWDOWN = 4;
/** The benchmark index of the phone every run emulates (about 383). */
export const TARGET_BENCHMARK_INDEX = REFERENCE_BENCHMARK_INDEX / DEFAULT_SLOWDOWN;

/**
 * The CPU slowdown that makes a host of this benchmark index emulate the target phone: 4× at the
 * reference index, more on a faster host, never below 1× (a host slower than the phone is graded
 * as it is). Rejects an index that is not a positive finite number, so a failed benchmark can
 * never produce a silently unthrottled run.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
		throw new Error(`Lighthouse reported no usable benchmark index (${benchmarkIndex})`);
	}
	return Math.max(1, benchmarkIndex / TARGET_BENCHMARK_INDEX);
}
