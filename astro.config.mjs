// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeTableAlign from './src/lib/markdown/rehype-table-align.ts';
import rehypeTableRegion from './src/lib/markdown/rehype-table-region.ts';
import rehypeFocusableMath from './src/lib/markdown/rehype-focusable-math.ts';
import rehypeUnindexedMathml from './src/lib/markdown/rehype-unindexed-mathml.ts';
import rehypeDeferLayout from './src/lib/markdown/rehype-defer-layout.ts';
import rehypeGlossaryLinks from './src/lib/markdown/rehype-glossary-links.ts';
import { readContentPages } from './src/integrations/content-pages.ts';
import { widgetDirective } from './src/integrations/widget-directive.ts';
import { offline } from './src/integrations/offline.ts';
import { buildSidebar } from './src/lib/site/sidebar.ts';
import { normalizeBase } from './src/lib/site/base-path.ts';
import { editLinkBase } from './src/lib/site/edit-link.ts';

/*
 * GitHub Pages serves a project site under a sub-path (https://USER.github.io/REPO/). The deploy
 * workflow passes both values; locally the defaults give http://localhost:4321/.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH);

/** "Edit this page" links go to the repository the deploy workflow names (none when unset). */
const editBase = editLinkBase(process.env.REPOSITORY_URL, process.env.REPOSITORY_BRANCH);

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
	site,
	base,
	markdown: {
		// Astro 7's default processor (Sätteri) runs no remark/rehype plugins, and KaTeX needs them.
		processor: unified({
			remarkPlugins: [remarkMath],
			// The glossary links come last: they skip formulas, so KaTeX must have rendered them.
			rehypePlugins: [
				rehypeKatex,
				rehypeUnindexedMathml,
				rehypeFocusableMath,
				rehypeTableAlign,
				rehypeTableRegion,
				[rehypeGlossaryLinks, { base }],
				rehypeDeferLayout,
			],
		}),
	},
	vite: {
		build: {
			// Astro inlines page scripts and stylesheets under 4 kB into every page's HTML. On a question
			// page that meant Starlight's tabs script and a widget's stylesheet (~1–1.3 kB gzipped
			// each) repeated in every page, whose HTML budget is tight. Under 1 kB they are still
			// inlined; bigger ones are served as files, fetched once and cached across pages.
			assetsInlineLimit: 1024,
			rolldownOptions: {
				treeshake: {
					// `src/lib/` is pure TypeScript without side effects. Saying so lets the bundler leave
					// out engine modules a widget imports through the barrel but never calls, so each
					// page ships only the engine code its own widgets use.
					moduleSideEffects: [
						{ test: /\/src\/lib\/.*\.ts$/, sideEffects: false },
						{ test: /.*/, sideEffects: true },
					],
				},
			},
		},
	},
	integrations: [
		starlight({
			title: 'CNN Notes',
			description:
				'Catatan belajar interaktif dua bahasa untuk Bab 14 (Convolutional Neural Networks) buku Hands-On Machine Learning.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Bahasa Indonesia', lang: 'id' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar: buildSidebar(readContentPages(contentDir)),
			markdown: { processedDirs: ['./content/'] },
			// A student's exact word counts well above the longer words it is the start of, or the
			// words sharing its stem: "FCN" ranks the FCN page above one full of "FCN-32s", and
			// Indonesian "berbagi" (sharing) above pages that only say "membagi" (divide), both
			// stemmed to "bagi" (Starlight's default is 9, which let longer words crowd out short ones).
			// A page's subjects, the glossary terms of its title, short answer and headings, are
			// indexed as metadata (`src/lib/content/search-aliases.ts`) and a match there adds to the
			// page's score: "berbagi parameter" finds question 1, which teaches it, although every page
			// uses "bagi".
			pagefind: { ranking: { termSimilarity: 5, metaWeights: { subjects: 5 } } },
			// Dates come from git through `src/route-data.ts`, because the pages live in `content/`.
			lastUpdated: true,
			routeMiddleware: './src/route-data.ts',
			...(editBase ? { editLink: { baseUrl: editBase } } : {}),
			disable404Route: true,
			customCss: [
				'./src/styles/katex.css',
				'./src/styles/site.css',
				'./src/styles/glossary.css',
				'./src/styles/print.css',
			],
			components: {
				Head: './src/components/Head.astro',
				Header: './src/components/Header.astro',
				Search: './src/components/Search.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
				LanguageSelect: './src/components/LanguageSelect.astro',
				// Starlight's social links, then "Save for offline" (issue 16), in the header and mobile menu.
				SocialIcons: './src/components/SocialIcons.astro',
				// Starlight's markup and look, with a lighter scroll spy (src/components/toc-scroll-spy.ts).
				TableOfContents: './src/components/TableOfContents.astro',
				MobileTableOfContents: './src/components/MobileTableOfContents.astro',
			},
		}),
		preact(),
		widgetDirective(),
		// Last: its build-end hook precaches what the others wrote, Starlight's Pagefind index included.
		offline(),
	],
});
