/**
 * How every diagram of the site sizes itself: as wide as the content column, from `MIN_SCALE` of
 * its natural size (below that its scroll box scrolls sideways instead, so text of 12 user units
 * never renders below about 10 pixels on a 360-pixel phone) up to `MAX_SCALE` of it (12 units then
 * read at about 15 pixels, next to the page's 16-pixel text, without a small figure growing into
 * a poster). The value is an inline style so that the server's markup already has the final size
 * (no layout shift).
 */
export const MIN_SCALE = 0.85;

/** How far a diagram may grow past its natural size to fill its column. */
export const MAX_SCALE = 1.25;

/** The inline style of a diagram whose natural width is `width` user units. */
export function svgStyle(width: number): string {
	return `width:100%;max-width:${Math.round(width * MAX_SCALE)}px;min-width:${Math.round(width * MIN_SCALE)}px;height:auto`;
}
