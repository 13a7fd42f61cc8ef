/**
 * The id of an empty element at the end of every page's `<main>` (`src/components/Footer.astro`),
 * which the page's `<link rel="expect" blocking="render">` (`src/components/Head.astro`) waits for:
 * Chromium paints a page once, whole, instead of once per chunk of HTML it has parsed. A long
 * question page painted progressively was styled and laid out four or five times as it arrived,
 * each time after first paint, where every pass counts as blocking time on a phone. Parsing the
 * rest of a page takes milliseconds once its first bytes are in; other browsers ignore the hint.
 * If the element is missing, Chromium paints when parsing ends.
 */
export const RENDER_END_ID = 'page-end';
