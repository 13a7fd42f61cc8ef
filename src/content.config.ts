import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { CONTENT_PATTERN } from './integrations/content-pages.ts';

/**
 * The pages live in `content/` at the top of the repository (the author's layout), not in
 * Starlight's default `src/content/docs/`, so the `docs` collection is declared here with a
 * `glob()` loader. Entry IDs keep the folder structure (`en/ch14/01-cnn-vs-dense`), which is what
 * Starlight's i18n routing reads the locale from.
 *
 * One field is added to Starlight's frontmatter: `widget`, the name of the interactive tool a
 * question page offers, in the page's language. The chapter overview lists it beside the question.
 *
 * The `i18n` collection is Starlight's place for overriding its UI strings. The site needs none
 * (Starlight's Indonesian and English are complete), but Starlight reads the collection on every
 * build and Astro warns when it is missing or empty, so it holds one entry without keys
 * (`src/content/i18n/id.json`, `{}`), which changes no string.
 */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content', pattern: CONTENT_PATTERN }),
		schema: docsSchema({
			extend: z.object({
				/** The interactive tool the page offers, e.g. "Parameter and memory calculator". */
				widget: z.string().optional(),
			}),
		}),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
