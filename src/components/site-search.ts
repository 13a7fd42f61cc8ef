/**
 * Starlight's search box, with one change: Pagefind's search UI (some 26 kB of JavaScript, and
 * the work of building its form) is loaded when the reader opens search, not when the page first
 * becomes idle. Swapped in for the script of Starlight's `Search.astro` by the Vite plugin in
 * `src/integrations/starlight-scripts.ts`; Starlight's markup and styles are unchanged.
 *
 * Why: on these long pages that idle-time setup landed inside the window Lighthouse grades for
 * Total Blocking Time (50–90 ms tasks on a throttled phone). Hovering or focusing the search
 * button starts the download early, so the box is ready by the time a mouse user clicks; the
 * keyboard shortcut opens the dialog at once and focuses the input as soon as it exists.
 *
 * Behaviour kept from Starlight: the button and Ctrl/⌘ K open a modal dialog, a click on a link
 * or outside the dialog closes it, and result URLs follow the site's trailing-slash setting.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

class SiteSearch extends HTMLElement {
	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
		const dialog = this.querySelector('dialog');
		const dialogFrame = this.querySelector('.dialog-frame');
		if (!openBtn || !closeBtn || !dialog || !dialogFrame) return;

		let translations: unknown = {};
		try {
			translations = JSON.parse(this.dataset.translations || '{}');
		} catch {
			// Starlight's own strings are used.
		}
		const strip = this.dataset.stripTrailingSlash !== undefined;
		const formatURL = (path: string) => (strip ? path.replace(/(.)\/(#.*)?$/, '$1$2') : path);

		let ready: Promise<void> | undefined;
		const loadUi = () => {
			if (import.meta.env.DEV) return Promise.resolve();
			ready ??= import('@pagefind/default-ui').then(({ PagefindUI }) => {
				new PagefindUI({
					...pagefindUserConfig,
					element: '#starlight__search',
					baseUrl: import.meta.env.BASE_URL,
					bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
					showImages: false,
					translations,
					showSubResults: true,
					processResult: (result: { url: string; sub_results: { url: string }[] }) => {
						result.url = formatURL(result.url);
						result.sub_results = result.sub_results.map((sub) => ({
							...sub,
							url: formatURL(sub.url),
						}));
					},
				});
			});
			return ready;
		};

		const onClick = (event: MouseEvent) => {
			const target = event.target as Node | null;
			const isLink = target !== null && 'href' in target;
			if (isLink || (target && document.body.contains(target) && !dialogFrame.contains(target))) {
				closeModal();
			}
		};
		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick);
			void loadUi().then(() => {
				if (dialog.open) this.querySelector('input')?.focus();
			});
		};
		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		const preload = () => void loadUi();
		openBtn.addEventListener('pointerenter', preload, { once: true });
		openBtn.addEventListener('focus', preload, { once: true });
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				e.preventDefault();
			}
		});
	}
}

customElements.define('site-search', SiteSearch);
