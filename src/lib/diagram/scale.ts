/**
 * How every diagram of the site sizes itself: as wide as the content column up to its natural
 * size, and never below `MIN_SCALE` of it, where its scroll box scrolls sideways instead. Text of
 * 12 user units then never renders below about 10 pixels, even on a 360-pixel phone. The value is
 * an inline style so that the server's markup already has the final size (no layout shift).
 */
export const MIN_SCALE = 0.85;

/** The inline style of a diagram whose natural width is `width` user units. */
export function svgStyle(width: number): string {
	return `width:100%;max-width:${width}px;min-width:${Math.round(width * MIN_SCALE)}px;height:auto`;
}
