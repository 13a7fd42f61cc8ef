/**
 * What question 3's memory mode does only after a reader acts, as one module loaded on first use:
 * the link codec (at the first change, or for a link opened with a state) and the preset loader.
 */
export { codec } from './gpu-link.ts';
export { loadPreset } from './load-preset.ts';
