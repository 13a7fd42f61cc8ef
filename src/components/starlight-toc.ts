/**
 * A lighter scroll spy for Starlight's table of contents (both the desktop list and the mobile
 * drop-down), swapped in for Starlight's own `starlight-toc` module by the Vite plugin in
 * `src/integrations/starlight-scripts.ts`. Starlight's components, markup and styles are unchanged.
 *
 * Why: Starlight's version finds "the section being read" by observing every block of the page,
 * selected with `:has()` queries that walk the whole document, once per table of contents. On
 * these pages (KaTeX writes some 60 elements per formula, widgets render large figures) that
 * query alone took about 100 ms on a throttled phone, twice, right after load: most of the
 * Total Blocking Time Lighthouse measured. Here the spy looks only at the headings the table of
 * contents links to, and only when the reader scrolls.
 *
 * It keeps the interface Starlight's mobile table of contents builds on: the class name, the
 * `current` setter it overrides, and the `starlight-toc` element name.
 */
export class StarlightTOC extends HTMLElement {
	#current: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');

	set current(link: HTMLAnchorElement) {
		if (link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
	}

	constructor() {
		super();
		const init = () => this.#init();
		// Safari has no requestIdleCallback, whatever the DOM types say.
		if ('requestIdleCallback' in window) window.requestIdleCallback(init);
		else setTimeout(init, 1);
	}

	#init() {
		const sections = [...this.querySelectorAll('a')]
			.map((link) => ({
				link,
				heading: document.getElementById(decodeURIComponent(link.hash.slice(1))),
			}))
			.filter((s): s is { link: HTMLAnchorElement; heading: HTMLElement } => s.heading !== null);
		if (sections.length === 0) return;
		let pending = false;
		const update = () => {
			pending = false;
			// A heading counts as reached once it has scrolled under the header (and, on narrow
			// screens, the "On this page" bar), plus a little breathing room.
			const summary = this.querySelector('summary');
			const offset =
				(document.querySelector('header')?.getBoundingClientRect().height ?? 0) +
				(summary?.getBoundingClientRect().height ?? 0) +
				32;
			let current = sections[0];
			for (const section of sections) {
				if (section.heading.getBoundingClientRect().top > offset) break;
				current = section;
			}
			if (current) this.current = current.link;
		};
		const schedule = () => {
			if (pending) return;
			pending = true;
			requestAnimationFrame(update);
		};
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule, { passive: true });
		if (window.scrollY > 0) schedule();
	}
}

customElements.define('starlight-toc', StarlightTOC);
