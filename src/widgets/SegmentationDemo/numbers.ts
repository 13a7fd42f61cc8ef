import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * How the segmentation demo prints its scores, in one place so the maps' captions, the table and
 * the sentences agree: shares and accuracies as percentages with one decimal (`76.2%`, `76,2%`),
 * IoU values with two decimals (`0.34`, `0,34`).
 */

/** A share (0 to 1) as a percentage with one decimal. */
export function percent(share: number, lang: Lang): string {
	return `${formatNumber(100 * share, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** An IoU or mean IoU (0 to 1) with two decimals. */
export function score(value: number, lang: Lang): string {
	return formatNumber(value, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
