/**
 * Everything the full mode (question 2) does only after a reader acts, as one module loaded on
 * first use: the link codec (at the first change, or for a link opened with a state), the preset
 * loader, the paste and export tools, and the working behind each count. One module rather than three keeps the
 * widget's own code to one small chunk and one short list of files to preload; the page's first
 * download has none of it.
 */
export { codec } from './full-link.ts';
export { loadPreset } from './load-preset.ts';
export { JsonTools } from './JsonTools.tsx';
export { working } from '../../lib/cnn/working.ts';
