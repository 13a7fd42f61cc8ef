/**
 * The menu's "Save for offline" dialog and the new-version notice (issue 16). Loaded by
 * `SocialIcons.astro` when the reader presses the menu's button, or after `load` on a visit to a
 * site saved before; never on a first visit before the reader interacts.
 *
 * - `open()`: a dialog that says how much saving downloads (`offline.json`, written by the build)
 *   before it starts, then shows the service worker's progress reports, then "saved".
 * - `watch()`: registers the worker again through Workbox's window library, which checks for a new
 *   deploy; when one has installed and waits, a notice (a live region) offers to reload, and the
 *   reload activates it (`SKIP_WAITING`, then the page reloads once the new worker controls it).
 */
import { Workbox } from 'workbox-window';
import { fill } from '../lib/i18n/fill.ts';
import { formatBytes } from '../lib/i18n/format.ts';
import { toLang } from '../lib/i18n/lang.ts';
import { isProgressMessage } from '../lib/offline/messages.ts';
import { percentDone, type OfflineSummary } from '../lib/offline/precache.ts';
import { OFFLINE_STRINGS } from '../lib/offline/strings.ts';

const lang = toLang(document.documentElement.lang);
const t = OFFLINE_STRINGS[lang];
const base = import.meta.env.BASE_URL;

const STYLE = `@layer site {
.offline-dialog { margin: auto; max-width: min(28rem, calc(100vw - 2rem)); padding: 1rem 1.25rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.5rem; background: var(--sl-color-bg); color: var(--sl-color-text); }
.offline-dialog::backdrop { background: rgb(0 0 0 / 0.4); }
.offline-dialog h2 { margin: 0 0 0.5rem; font-size: var(--sl-text-h4); }
.offline-dialog progress { width: 100%; }
.offline-dialog .offline-actions { display: flex; gap: 0.75rem; justify-content: flex-end; margin-top: 1rem; }
.offline-dialog button, .offline-update button { padding: 0.35rem 0.9rem; border: 1px solid var(--sl-color-gray-4); border-radius: 0.25rem; background: var(--sl-color-gray-6); color: var(--sl-color-white); font: inherit; cursor: pointer; }
.offline-dialog button[data-primary], .offline-update button { border-color: var(--sl-color-text-accent); background: var(--sl-color-text-accent); color: var(--sl-color-black); font-weight: 600; }
.offline-update:not(:empty) { position: fixed; inset-inline-end: 1rem; bottom: 1rem; z-index: 100; display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; max-width: calc(100vw - 2rem); padding: 0.75rem 1rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.5rem; background: var(--sl-color-bg-nav); color: var(--sl-color-white); box-shadow: var(--sl-shadow-md); }
.offline-update p { margin: 0; }
}`;

let styled = false;
function style(): void {
	if (styled) return;
	styled = true;
	const el = document.createElement('style');
	el.textContent = STYLE;
	document.head.append(el);
}

let workbox: Workbox | undefined;
/** Workbox's window helper, registered once: it reports a waiting update and the takeover. */
function register(): Workbox {
	if (workbox) return workbox;
	const wb = new Workbox(`${base}sw.js`, { scope: base });
	wb.addEventListener('waiting', () => {
		showUpdate(wb);
	});
	wb.addEventListener('controlling', (event) => {
		// Only a new version taking over reloads; the first one taking charge of this page does not.
		if (event.isUpdate) location.reload();
	});
	void wb.register().catch(() => {
		setStatus(t.failed);
	});
	// A page left open for a long time checks for a new deploy when the reader comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void wb.update();
	});
	workbox = wb;
	return wb;
}

let notice: HTMLElement | undefined;
/** The live region the new-version notice appears in; created empty, so it is announced. */
function updateRegion(): HTMLElement {
	if (notice) return notice;
	style();
	notice = document.createElement('div');
	notice.className = 'offline-update';
	notice.setAttribute('role', 'status');
	document.body.append(notice);
	return notice;
}

function showUpdate(wb: Workbox): void {
	const region = updateRegion();
	// Filled on the next frame: a live region announces what changes in it, not what it starts with.
	requestAnimationFrame(() => {
		const text = document.createElement('p');
		text.textContent = t.updateReady;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = t.reload;
		button.addEventListener('click', () => {
			button.disabled = true;
			wb.messageSkipWaiting();
		});
		region.replaceChildren(text, button);
	});
}

interface Dialog {
	dialog: HTMLDialogElement;
	status: HTMLElement;
	progress: HTMLProgressElement;
	primary: HTMLButtonElement;
}
let ui: Dialog | undefined;
let onPrimary: (() => void) | undefined;

function dialog(): Dialog {
	if (ui) return ui;
	style();
	const el = document.createElement('dialog');
	el.className = 'offline-dialog';
	el.setAttribute('aria-labelledby', 'offline-dialog-title');
	const title = document.createElement('h2');
	title.id = 'offline-dialog-title';
	title.textContent = t.save;
	const status = document.createElement('p');
	status.setAttribute('role', 'status');
	const progress = document.createElement('progress');
	progress.max = 100;
	progress.hidden = true;
	progress.setAttribute('aria-labelledby', 'offline-dialog-title');
	const primary = document.createElement('button');
	primary.type = 'button';
	primary.dataset.primary = '';
	primary.hidden = true;
	primary.addEventListener('click', () => onPrimary?.());
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = t.close;
	close.addEventListener('click', () => {
		el.close();
	});
	const actions = document.createElement('div');
	actions.className = 'offline-actions';
	actions.append(primary, close);
	el.append(title, status, progress, actions);
	document.body.append(el);
	ui = { dialog: el, status, progress, primary };
	return ui;
}

function setStatus(text: string): void {
	if (ui) ui.status.textContent = text;
}

function showProgress(percent: number): void {
	const d = dialog();
	d.progress.hidden = false;
	d.progress.value = percent;
	d.primary.hidden = true;
	setStatus(fill(t.saving, { percent }));
}

function showSaved(): void {
	const d = dialog();
	d.progress.hidden = false;
	d.progress.value = 100;
	d.primary.hidden = true;
	setStatus(t.saved);
}

let listening = false;
/** Follows the service worker's progress reports and its arrival, for the dialog. */
function follow(): void {
	if (listening) return;
	listening = true;
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
		if (ui && isProgressMessage(event.data) && ui.status.textContent !== t.saved)
			showProgress(percentDone(event.data.done, event.data.total));
	});
	void navigator.serviceWorker.ready.then(showSaved);
}

/** Opens the dialog: the size first when nothing is saved yet, else progress or "saved". */
export async function open(): Promise<void> {
	const d = dialog();
	if (!d.dialog.open) d.dialog.showModal();
	if (!('serviceWorker' in navigator)) {
		setStatus(t.unsupported);
		return;
	}
	follow();
	const registration = await navigator.serviceWorker.getRegistration(base);
	if (registration?.active && !registration.installing) {
		showSaved();
		register();
		return;
	}
	if (registration) {
		showProgress(0);
		return;
	}
	d.progress.hidden = true;
	d.primary.hidden = true;
	setStatus('…');
	try {
		const response = await fetch(`${base}offline.json`);
		const summary = (await response.json()) as OfflineSummary;
		setStatus(fill(t.confirm, { size: formatBytes(summary.bytes, lang) }));
		d.primary.textContent = t.download;
		d.primary.hidden = false;
		onPrimary = () => {
			onPrimary = undefined;
			showProgress(0);
			register();
		};
		d.primary.focus();
	} catch {
		setStatus(t.failed);
	}
}

/** On a visit to a site saved before: checks for a new deploy and offers it when it waits. */
export function watch(): void {
	register();
}
