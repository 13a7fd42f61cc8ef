import type { SelfCheckSet } from '../types.ts';
import { CH14_01 } from './ch14-01.ts';
import { CH14_02 } from './ch14-02.ts';
import { CH14_03 } from './ch14-03.ts';
import { CH14_04 } from './ch14-04.ts';
import { CH14_05 } from './ch14-05.ts';
import { CH14_06 } from './ch14-06.ts';
import { CH14_07 } from './ch14-07.ts';
import { CH14_08 } from './ch14-08.ts';
import { CH14_09 } from './ch14-09.ts';
import { CH14_10 } from './ch14-10.ts';
import { CH14_11 } from './ch14-11.ts';

/**
 * Every page's self-check, by page slug (without language). The page component and the chapter
 * overview both read it, so the overview's "n questions" and the page's items cannot disagree.
 * A chapter added later adds its files here; a page without an entry simply has no self-check.
 */
export const SELF_CHECKS: Readonly<Record<string, SelfCheckSet>> = Object.fromEntries(
	[
		CH14_01,
		CH14_02,
		CH14_03,
		CH14_04,
		CH14_05,
		CH14_06,
		CH14_07,
		CH14_08,
		CH14_09,
		CH14_10,
		CH14_11,
	].map((set) => [set.page, set]),
);
