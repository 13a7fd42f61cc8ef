/**
 * The animation's clock as plain data: speeds and the step arithmetic the play, pause and step
 * controls share. Step k means k output cells are computed (0 to total); the highlighted window is
 * the one of cell k − 1.
 */

/** The speeds the reader can choose. */
export type Speed = 'slow' | 'medium' | 'fast';

/** Speeds in menu order. */
export const SPEEDS: readonly Speed[] = ['slow', 'medium', 'fast'];

/** Milliseconds per step at each speed. */
export const STEP_MS: Record<Speed, number> = { slow: 1600, medium: 900, fast: 350 };

/** The step after a move by `delta`, kept within 0…total. */
export function moveStep(step: number, delta: number, total: number): number {
	return Math.min(total, Math.max(0, step + delta));
}

/**
 * Where Play starts: from the current step, or from the beginning once the output is complete,
 * so that Play after the end replays instead of doing nothing.
 */
export function playFrom(step: number, total: number): number {
	return step >= total ? 0 : step;
}
