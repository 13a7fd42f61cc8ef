/**
 * HTML gate: every built page must have no html-validate errors. It starts from html-validate's
 * `recommended` rules; the exceptions below are each limited to what the site cannot change, and
 * say why. Run alone: `npm run check:quality -- html`.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { join } from 'node:path';
import { builtHtmlFiles, DIST } from '../../e2e/site.ts';

/** The rules, documented: each exception names the markup it exists for. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Expressive Code (Starlight's code blocks) renders each code line as a <div> inside <code>,
			// and wraps its copy button's feedback in a <div> inside <button>. Browsers render this as
			// intended; only these two parents are widened, every other content model stays strict.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
			// Astro writes one `<style>astro-island{display:contents}</style>` into the content, right
			// before a page's first widget. Only that element is allowed there.
			div: { permittedContent: ['@flow', 'dt', 'dd', 'style'] },
		},
	],
	rules: {
		// KaTeX positions every glyph with inline styles, and Starlight passes CSS custom properties
		// inline (e.g. the language picker's width). Neither can be moved to a stylesheet.
		'no-inline-style': 'off',
		// Astro writes void elements as `<meta />`; both spellings are valid HTML.
		'void-style': 'off',
		// Starlight's own buttons (menu, search, theme) sit outside any form, where the default
		// `type="submit"` has no effect. Our widgets set `type="button"` anyway.
		'no-implicit-button-type': 'off',
		// A question page's title is the exam question itself; cutting it to 70 characters would
		// lose the question. The meta description gives search engines the short version.
		'long-title': 'off',
		// Starlight renders the table of contents twice (for narrow and wide screens, one hidden by
		// CSS) and an unnamed right-sidebar <aside>. Landmark names are checked on the rendered page,
		// which knows what is hidden, by axe's landmark-unique rule in the accessibility gate.
		'unique-landmark': 'off',
		// Expressive Code names its copy button with a `title` attribute, which html-validate does not
		// count as text. Accessible names are checked where they are computed, on the rendered page,
		// by axe's button-name rule in the accessibility gate.
		'text-content': 'off',
		// Starlight's tabs (the question pages' Keras/PyTorch code) mark their list items
		// `role="presentation"`, which ARIA 1.2 keeps as an exact synonym of `role="none"`. The markup
		// is Starlight's, so only this spelling preference is relaxed.
		'presentation-role-style': 'off',
		// Starlight's skip link targets `id="_top"`; HTML5 allows any id without spaces.
		'valid-id': ['error', { relaxed: true }],
	},
};

/** Runs the gate; resolves to one line per error, naming the page, position and rule. */
export async function htmlGate(): Promise<string[]> {
	const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
	const errors: string[] = [];
	for (const file of builtHtmlFiles()) {
		const report = await validator.validateFile(join(DIST, file));
		for (const result of report.results) {
			for (const m of result.messages) {
				if (m.severity >= 2) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
	}
	console.log(`html-validate: ${builtHtmlFiles().length} pages, ${errors.length} errors`);
	return errors;
}
