import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { CONTENT_PATTERN } from './integrations/content-pages.ts';

/**
 * The pages live in `content/` at the top of the repository (the author's layout), not in
 * Starlight's default `src/content/docs/`, so the `docs` collection is declared here with a
 * `glob()` loader. Entry IDs keep the folder structure (`en/ch14/01-cnn-vs-dense`), which is what
 * Starlight's i18n routing reads the locale from.
 */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content', pattern: CONTENT_PATTERN }),
		schema: docsSchema(),
	}),
};
