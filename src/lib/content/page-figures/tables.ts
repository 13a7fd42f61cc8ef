import { CH14_FIGURES } from './ch14.ts';
import { LAB_FIGURES } from './ch14-09.ts';
import type { FigureTable } from './table.ts';

/**
 * Every page's figure table, by page slug (`ch14/02-parameters-and-memory`). A new chapter adds its
 * tables here; `pages.test.ts` fails for a question page that has none.
 */
export const FIGURE_TABLES: Readonly<Record<string, FigureTable>> = {
	...CH14_FIGURES,
	'ch14/09-lab-fashion-mnist': LAB_FIGURES,
};
