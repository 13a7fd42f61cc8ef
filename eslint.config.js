// @ts-check
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint for the whole repository, run by `npm run lint` (and so by `npm test`) with no warning
 * allowed: ESLint's recommended rules, typescript-eslint's strictest type-aware sets, Astro's
 * rules, jsx-a11y's strict accessibility rules for the Preact islands and the Astro templates, and
 * a reason required on every `eslint-disable` comment. Prettier owns formatting, so its config
 * comes last and switches off every stylistic rule that would argue with it.
 */
export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'public/',
			'.tmp/',
		],
	},
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	tseslint.configs.stylisticTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// Numbers in messages, ids and SVG paths are the site's everyday template text.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `onClick={() => setOpen(true)}`: an arrow that forwards a void call is the Preact idiom.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
			// `{ v: _v, ...state }` is how the code drops a key from a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// `process.env.X || fallback`, `dataset.y || '{}'`: an empty string means unset there.
			'@typescript-eslint/prefer-nullish-coalescing': [
				'error',
				{ ignorePrimitives: { string: true } },
			],
		},
	},
	astro.configs.recommended,
	{
		// Astro's jsx-a11y set names its rules `astro/jsx-a11y/*`; they are meant for templates.
		files: ['**/*.astro'],
		rules: astro.configs['jsx-a11y-strict'].find((c) => c.plugins?.['jsx-a11y'])?.rules ?? {},
	},
	{ ...jsxA11y.flatConfigs.strict, files: ['**/*.tsx'] },
	{
		// An Astro file is not part of the TypeScript program, so type-aware rules cannot see into
		// its frontmatter or its `<script>` blocks; the syntax rules still run there.
		...tseslint.configs.disableTypeChecked,
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
	},
	{
		files: ['src/lib/notes/**'],
		rules: {
			// The notes importer counts and repairs code points on purpose: mojibake turns one code
			// point into two or three, whatever the graphemes around it.
			'@typescript-eslint/no-misused-spread': ['error', { allow: ['string'] }],
		},
	},
	{ files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
	comments.recommended,
	{ rules: { '@eslint-community/eslint-comments/require-description': 'error' } },
	prettier,
);
