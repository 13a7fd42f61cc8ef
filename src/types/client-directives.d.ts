/**
 * The site's own hydration directive, registered by `src/integrations/widget-directive.ts`:
 * `client:widget` (hydrate when seen or first touched) or `client:widget="calc"` (also at once
 * when the page URL carries `?calc=`, the widget's state).
 */
declare module 'astro' {
	interface AstroClientDirectives {
		'client:widget'?: string | boolean;
	}
}

export {};
