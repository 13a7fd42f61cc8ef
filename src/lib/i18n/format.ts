import { LOCALE_TAGS, type Lang } from './lang.ts';

/** Options accepted by {@link formatNumber}; a subset of `Intl.NumberFormatOptions` we rely on. */
export interface NumberFormatOptions {
	/** Digits after the decimal separator at most (default 0 for integers, 2 otherwise). */
	maximumFractionDigits?: number | undefined;
	/** Digits after the decimal separator at least (default 0). */
	minimumFractionDigits?: number | undefined;
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(LOCALE_TAGS[lang], { ...options, useGrouping: true });
		cache.set(key, f);
	}
	return f;
}

/**
 * Formats a number the way readers of `lang` write it: Indonesian `903.400` and `3,6`, English
 * `903,400` and `3.6`. Every number on the site goes through here, so the server-rendered HTML and
 * the hydrated widgets can never disagree, and a non-finite value shows as an em dash rather than
 * `NaN` or `Infinity`.
 */
export function formatNumber(value: number, lang: Lang, options: NumberFormatOptions = {}): string {
	if (!Number.isFinite(value)) return '—';
	const max = options.maximumFractionDigits ?? (Number.isInteger(value) ? 0 : 2);
	const min = Math.min(options.minimumFractionDigits ?? 0, max);
	return formatter(lang, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
}

/** Decimal (10⁶) and binary (2²⁰) megabytes: the book speaks in MB, `nvidia-smi` and PyTorch in MiB. */
export type ByteUnit = 'MB' | 'MiB' | 'GB' | 'GiB' | 'kB' | 'KiB';

/** Bytes per {@link ByteUnit}, so that conversions live in one place. */
export const BYTES_PER_UNIT: Record<ByteUnit, number> = {
	kB: 1e3,
	MB: 1e6,
	GB: 1e9,
	KiB: 2 ** 10,
	MiB: 2 ** 20,
	GiB: 2 ** 30,
};

/**
 * Formats a byte count in a given unit with the unit attached (`3,6 MB`, `3.45 MiB`), using the
 * same locale rules as {@link formatNumber}. The non-breaking space keeps number and unit together
 * when a narrow phone wraps the line.
 */
export function formatBytes(
	bytes: number,
	lang: Lang,
	unit: ByteUnit = 'MB',
	options: NumberFormatOptions = { maximumFractionDigits: 1 },
): string {
	return `${formatNumber(bytes / BYTES_PER_UNIT[unit], lang, options)}\u00a0${unit}`;
}
