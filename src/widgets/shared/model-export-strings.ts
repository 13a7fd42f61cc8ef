import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * The words of `ModelExport` (copy a model as JSON, Keras or PyTorch code), in both languages.
 * The calculator and the CNN lab show the same exporters, so they say the same thing: the
 * calculator spreads these into its own table, the lab's wrapper passes them to its island.
 * Server-only, like every strings module: an island receives one language's table as a prop.
 */
export interface ModelExportStrings {
	readonly copyJson: string;
	readonly copyKeras: string;
	readonly copyTorch: string;
	readonly exported: string;
	readonly copied: string;
	readonly copyManual: string;
	readonly fixFirst: string;
	/** `{framework}` and `{n}` (already formatted). */
	readonly otherCount: string;
}

/** `ModelExport`'s words in each language. */
export const MODEL_EXPORT_STRINGS: Readonly<Record<Lang, ModelExportStrings>> = {
	en: {
		copyJson: 'Copy as JSON',
		copyKeras: 'Copy as Keras code',
		copyTorch: 'Copy as PyTorch code',
		exported: 'Exported text',
		copied: 'Copied to the clipboard.',
		copyManual: 'Select the text below and copy it.',
		fixFirst: 'Fix the network first: there is nothing valid to export.',
		otherCount:
			'{framework} counts batch normalization differently: this code will report {n} parameters.',
	},
	id: {
		copyJson: 'Salin sebagai JSON',
		copyKeras: 'Salin sebagai kode Keras',
		copyTorch: 'Salin sebagai kode PyTorch',
		exported: 'Teks ekspor',
		copied: 'Disalin ke clipboard.',
		copyManual: 'Pilih teks di bawah lalu salin.',
		fixFirst: 'Perbaiki jaringannya dulu: belum ada yang valid untuk diekspor.',
		otherCount:
			'{framework} menghitung batch normalization secara berbeda: kode ini akan melaporkan {n} parameter.',
	},
};
