/**
 * The page-weight budgets and the arithmetic of checking them, kept free of I/O so the rules can
 * be unit-tested and read in one place. Sizes are gzip -9 bytes; 1 kB = 1,000 bytes.
 */

/** Budgets per page, in gzipped bytes. */
export const BUDGETS = {
	/**
	 * The HTML document itself. 34 kB since the widgets took one shape (issue 12): each island now
	 * receives its first result and its words, in the page's language, as props in the HTML, where
	 * before they travelled in its JavaScript (question 6: +2.8 kB of HTML, -2.0 kB of widget
	 * JavaScript), and the formulas keep KaTeX's TeX annotation (question 6: +0.6 kB). 34.5 kB
	 * since the widgets hydrate with `client:widget` (issue 13): Astro inlines a directive into
	 * every page with a widget, and this one also records what the reader does before hydration so
	 * it is not lost (0.8 kB of script, +0.2 kB gzipped on question 6 against `client:visible`,
	 * which was then 2 bytes under 34 kB; the replay itself is fetched only when needed). The
	 * Lighthouse gate still grades what a reader on a slow phone feels. 39 kB since question 6
	 * covers EfficientNet as the third edition asks (issue 14): its section, correction box, worked
	 * table, self-check question and the explorer's seventh network add 4 kB to the chapter's
	 * longest page (38.6 kB); every other page stays under 30 kB. 40 kB since every question page
	 * tells search its subjects (issue 13: "berbagi parameter" finds question 1) and the search box
	 * is built and focused even when search opens early (two inline lines in the search override):
	 * question 6 reached 39,001 bytes on a fresh clone; other pages stay under 35 kB.
	 */
	html: 40_000,
	/** Every stylesheet the page loads, KaTeX's included. Starlight's own is about 20 kB. */
	css: 28_000,
	/**
	 * JavaScript Starlight itself ships: its scripts, the Pagefind UI it loads once the page is
	 * idle (25.8 kB of it), and Expressive Code's copy button on pages with code. Measured at
	 * 32.3 kB at most (exercises 10 and 11), since the site stopped swapping Starlight's search
	 * script for one that loaded Pagefind's UI only when search opened.
	 */
	starlightJs: 33_000,
	/** JavaScript beyond Starlight's on a page with widgets: Preact, the renderer, widgets, engine. */
	widgetJs: 30_000,
} as const;

/** What one page loads before any interaction, in gzipped bytes. */
export interface PageWeight {
	page: string;
	html: number;
	css: number;
	starlightJs: number;
	widgetJs: number;
	/**
	 * Widgets on the page: `<astro-island>` elements (Preact widgets) plus elements marked
	 * `data-widget` (widgets built without a framework, such as the self-check and the overview's
	 * progress marks). 0 means the page has no widget.
	 */
	widgets: number;
}

/** One budget a page exceeds, named so a report says which page and which rule. */
export interface Excess {
	page: string;
	rule: string;
	actual: number;
	limit: number;
}

/** Lists every budget a page exceeds; an empty list means the page passes. */
export function checkWeight(w: PageWeight): Excess[] {
	const out: Excess[] = [];
	const over = (rule: string, actual: number, limit: number) => {
		if (actual > limit) out.push({ page: w.page, rule, actual, limit });
	};
	over('HTML (gzip)', w.html, BUDGETS.html);
	over('CSS (gzip)', w.css, BUDGETS.css);
	over('Starlight JavaScript (gzip)', w.starlightJs, BUDGETS.starlightJs);
	// A page without a widget must load no widget code at all: no Preact, no engine.
	over(
		w.widgets === 0 ? 'widget JavaScript on a page without widgets' : 'widget JavaScript (gzip)',
		w.widgetJs,
		w.widgets === 0 ? 0 : BUDGETS.widgetJs,
	);
	return out;
}

const kB = (n: number) => (n / 1000).toFixed(1);

/** A fixed-width table of every page's weights, marking each cell over its budget with `!`. */
export function weightTable(rows: readonly PageWeight[]): string {
	const header = ['Page', 'HTML', 'CSS', 'Starlight JS', 'Widget JS', 'Widgets'];
	const cell = (v: number, limit: number) => `${kB(v)}${v > limit ? ' !' : ''}`;
	const body = rows.map((r) => [
		r.page,
		cell(r.html, BUDGETS.html),
		cell(r.css, BUDGETS.css),
		cell(r.starlightJs, BUDGETS.starlightJs),
		cell(r.widgetJs, r.widgets === 0 ? 0 : BUDGETS.widgetJs),
		String(r.widgets),
	]);
	const limits = [
		'budget (kB)',
		kB(BUDGETS.html),
		kB(BUDGETS.css),
		kB(BUDGETS.starlightJs),
		`${kB(BUDGETS.widgetJs)} / 0`,
		'',
	];
	const all = [header, ...body, limits];
	const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	return [
		line(header),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...body.map(line),
		line(limits),
	].join('\n');
}

/**
 * The component a bundled Astro `<script>` chunk comes from. Astro names the chunk of a
 * component's script after the component, `SelfCheck.astro_astro_type_script_index_0_lang.<hash>.js`
 * for the first `<script>` of `SelfCheck.astro`, so the name is known without a build manifest.
 */
export function scriptComponent(path: string): string | undefined {
	return /(?:^|\/)([^/]+)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.exec(path)?.[1];
}

/**
 * Whether a script chunk is widget code: bundled from the `<script>` of an Astro component in
 * `src/widgets/` (given as component names, e.g. `SelfCheck`). Widgets written without a
 * framework are enhanced by such scripts rather than hydrated as `<astro-island>`s, and their code
 * must count against the widget budget, not Starlight's. A script Astro inlines into the page has
 * no file name and counts as HTML instead.
 */
export function isWidgetScript(path: string, widgetComponents: ReadonlySet<string>): boolean {
	const component = scriptComponent(path);
	return component !== undefined && widgetComponents.has(component);
}
