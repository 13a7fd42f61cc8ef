/**
 * Lighthouse's CPU slowdown, calibrated to the machine's speed at the moment of a run.
 *
 * With simulated throttling, Lighthouse records a page load at the machine's full speed and then
 * multiplies each main-thread task by `cpuSlowdownMultiplier`. A fixed slowdown therefore grades
 * a slower phone whenever the host is slower. Lighthouse's documentation (docs/throttling.md)
 * suggests choosing the slowdown from its benchmark index, a loop of plain JavaScript; on this
 * project's machines that index does not track the time a page load takes (see
 * `layout-benchmark.ts`), so the slowdown here follows a benchmark of page-load work instead:
 * building a document and laying it out, in the same browser, just before each run.
 *
 * The target phone is pinned to Lighthouse's default: 4× this machine, idle, as measured when the
 * gate was set up, when its benchmark index had a median of about 1,800, near the 1,533 at which
 * Lighthouse's calculator gives its default 4×. A run on a host twice as fast is slowed
 * twice as much, so every run grades that same phone.
 */

/** Lighthouse's default CPU slowdown for mobile runs. */
export const DEFAULT_SLOWDOWN = 4;

/**
 * The layout benchmark's time, in milliseconds, on the reference machine: this project's 2-core
 * machine with nothing else running. The median of 16 per-page measurements taken by the gate on
 * 6 December 2026 (54–93 ms; its Lighthouse benchmark index meanwhile 1,304–2,091).
 */
export const REFERENCE_LAYOUT_MS = 60;

/** The benchmark's time on the phone every run emulates. */
export const TARGET_LAYOUT_MS = REFERENCE_LAYOUT_MS * DEFAULT_SLOWDOWN;

/**
 * The CPU slowdown that makes a host which ran the layout benchmark in `layoutMs` emulate the
 * target phone: 4× on the reference machine, more on a faster host, never below 1× (a host slower
 * than the phone is graded as it is). Rejects a time that is not a positive finite number, so a
 * failed benchmark can never produce a silently unthrottled run.
 */
export function calibratedSlowdown(layoutMs: number): number {
	if (!Number.isFinite(layoutMs) || layoutMs <= 0) {
		throw new Error(`The layout benchmark gave no usable time (${layoutMs} ms)`);
	}
	return Math.max(1, TARGET_LAYOUT_MS / layoutMs);
}
