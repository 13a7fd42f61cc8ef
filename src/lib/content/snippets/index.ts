import type { Lang } from '../../i18n/lang.ts';
import { cnnVsDenseCode } from './ch14-01.ts';
import { parametersAndMemoryCode } from './ch14-02.ts';
import { outOfGpuMemoryCode } from './ch14-03.ts';
import { maxPoolingVsStridedConvCode } from './ch14-04.ts';
import { localResponseNormalizationCode } from './ch14-05.ts';
import { architectureInnovationsCode } from './ch14-06.ts';
import { fullyConvolutionalCode } from './ch14-07.ts';
import { semanticSegmentationCode } from './ch14-08.ts';
import { labCode } from './ch14-09.ts';
import { transferLearningCode } from './ch14-10.ts';
import { styleTransferCode } from './ch14-11.ts';
import type { Snippets } from './python.ts';

/**
 * The "Code" section of every question page, by question. A page names its snippets with one
 * short id (`<CodeTabs id="ch14-02" />`), so the MDX stays free of code and numbers, and both
 * languages of a page are guaranteed to show the same snippets. Snippets are built at build time
 * only: no engine code reaches the browser for them.
 */
export const SNIPPETS = {
	'ch14-01': cnnVsDenseCode,
	'ch14-02': parametersAndMemoryCode,
	'ch14-03': outOfGpuMemoryCode,
	'ch14-04': maxPoolingVsStridedConvCode,
	'ch14-05': localResponseNormalizationCode,
	'ch14-06': architectureInnovationsCode,
	'ch14-07': fullyConvolutionalCode,
	'ch14-08': semanticSegmentationCode,
	'ch14-09': labCode,
	'ch14-10': transferLearningCode,
	'ch14-11': styleTransferCode,
} as const satisfies Record<string, (lang: Lang) => Snippets>;

/** A question whose page has a "Code" section. */
export type SnippetId = keyof typeof SNIPPETS;

/** The Keras and PyTorch snippets of one question, with comments in the page's language. */
export function snippetsFor(id: SnippetId, lang: Lang): Snippets {
	return SNIPPETS[id](lang);
}

export type { Snippets } from './python.ts';
