/**
 * The scroll spy of the site's table of contents (`TableOfContents.astro`, and the drop-down of
 * `MobileTableOfContents.astro`, which extends it): it marks the link of the section being read
 * with `aria-current="true"`.
 *
 * Why not Starlight's: Starlight's version finds "the section being read" by observing every
 * block of the page, selected with `:has()` queries that walk the whole document, once per table
 * of contents. On these pages (KaTeX writes some 60 elements per formula, widgets render large
 * figures) that query alone took about 100 ms on a throttled phone, twice, right after load: most
 * of the Total Blocking Time Lighthouse measured. Here the spy looks only at the headings the
 * table of contents links to, and only when the reader scrolls. At the top of the page the first
 * link is current, as in Starlight's, without measuring anything.
 */
export class TocScrollSpy extends HTMLElement {
	#current: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');

	/** Marks `link` as the section being read (the mobile table of contents also shows its text). */
	set current(link: HTMLAnchorElement) {
		if (link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
	}

	constructor() {
		super();
		const init = () => {
			this.#init();
		};
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
		const [first] = sections;
		if (!first) return;
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
			let current = first;
			for (const section of sections) {
				if (section.heading.getBoundingClientRect().top > offset) break;
				current = section;
			}
			this.current = current.link;
		};
		const schedule = () => {
			if (pending) return;
			pending = true;
			requestAnimationFrame(update);
		};
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule, { passive: true });
		if (window.scrollY > 0) schedule();
		else this.current = first.link;
	}
}

customElements.define('site-toc', TocScrollSpy);
