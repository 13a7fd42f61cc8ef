import { BYTES_PER_UNIT, formatBytes, type ByteUnit } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * Byte figures as the calculator prints them: one decimal from 10 units up (565.6 MB, as the
 * book), two below (3.61 MB), so that small parts such as the weights stay readable next to
 * large ones.
 */
export function bytesIn(bytes: number, lang: Lang, unit: ByteUnit): string {
	const value = bytes / BYTES_PER_UNIT[unit];
	return formatBytes(bytes, lang, unit, { maximumFractionDigits: value < 10 ? 2 : 1 });
}

/** Decimal megabytes, the book's unit. */
export const mb = (bytes: number, lang: Lang) => bytesIn(bytes, lang, 'MB');

/** Binary mebibytes, the unit of `nvidia-smi` and PyTorch. */
export const mib = (bytes: number, lang: Lang) => bytesIn(bytes, lang, 'MiB');
