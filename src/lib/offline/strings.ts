import type { Lang } from '../i18n/lang.ts';

/**
 * The words of offline reading: the menu's "Save for offline" and the new-version notice. They
 * reach the browser in the menu's script (both languages, a few hundred bytes), which loads only
 * when the reader opens the menu's button or the site has been saved before.
 */
export interface OfflineStrings {
	save: string;
	download: string;
	close: string;
	/** `{size}` is the download's size, e.g. `5,2 MB`. */
	confirm: string;
	/** `{percent}` is how far saving has got. */
	saving: string;
	saved: string;
	failed: string;
	unsupported: string;
	updateReady: string;
	reload: string;
}

/** The strings, keyed by language. */
export const OFFLINE_STRINGS: Record<Lang, OfflineStrings> = {
	id: {
		save: 'Simpan untuk luring',
		download: 'Unduh',
		close: 'Tutup',
		confirm: 'Semua halaman kedua bahasa, pencarian, dan kode alat interaktif: {size}.',
		saving: 'Menyimpan… {percent} %',
		saved: 'Tersimpan: situs ini bisa dibaca tanpa internet.',
		failed: 'Gagal menyimpan; coba lagi',
		unsupported: 'Peramban ini tidak bisa menyimpan situs',
		updateReady: 'Versi baru siap.',
		reload: 'Muat ulang',
	},
	en: {
		save: 'Save for offline',
		download: 'Download',
		close: 'Close',
		confirm: 'Every page in both languages, search and the widgets’ code: {size}.',
		saving: 'Saving… {percent}%',
		saved: 'Saved: this site can be read without internet.',
		failed: 'Saving failed; try again',
		unsupported: 'This browser cannot save the site',
		updateReady: 'A new version is ready.',
		reload: 'Reload',
	},
};
