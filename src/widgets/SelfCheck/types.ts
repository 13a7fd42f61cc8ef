import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

/**
 * The shape of a page's self-check questions. Every text is a record over both languages, so an
 * item written in one language and forgotten in the other is a type error, and both versions of a
 * page necessarily ask the same questions with the same answer keys.
 */

/** One text in every site language. */
export type Text = Readonly<Record<Lang, string>>;

/** A question answered with a number, graded within a tolerance. */
export interface NumberItem {
	readonly kind: 'number';
	/** Unique on its page; part of the saved progress, so keep it stable once published. */
	readonly id: string;
	readonly question: Text;
	/** The answer key, computed by the engine (never typed in by hand). */
	readonly answer: number;
	/** Relative tolerance (see `NumberKey` in `src/lib/content/self-check.ts`). */
	readonly tolerance: number;
	/** Decimal places the answer is shown with [0 for a whole number, else 2]. */
	readonly digits?: number;
	/** Printed after the field and the answer, e.g. "MB"; also accepted at the end of an entry. */
	readonly unit?: Text;
	/** The working that leads to the answer, with its numbers. */
	readonly explanation: Text;
}

/** One option of a multiple-choice question, with why it is right or wrong. */
export interface ChoiceOption {
	readonly text: Text;
	/** One sentence saying why this option is right or wrong; shown when it is picked. */
	readonly why: Text;
	readonly correct?: true;
}

/** A multiple-choice question with exactly one correct option. */
export interface ChoiceItem {
	readonly kind: 'choice';
	readonly id: string;
	readonly question: Text;
	readonly options: readonly ChoiceOption[];
}

/** One self-check item. */
export type SelfCheckItem = NumberItem | ChoiceItem;

/** The self-check of one question page: 3 to 5 items. */
export interface SelfCheckSet {
	/** The page's slug without language, e.g. `ch14/02-parameters-and-memory`. */
	readonly page: string;
	readonly items: readonly SelfCheckItem[];
}

/**
 * Numbers in question texts, in each language's format (`N.id(903400)` is "903.400",
 * `N.en(12.6136, 1)` is "12.6"), so explanations quote the engine's figures, never retyped ones.
 */
export const N: Readonly<Record<Lang, (value: number, digits?: number) => string>> = {
	id: (value, digits) => formatNumber(value, 'id', { maximumFractionDigits: digits }),
	en: (value, digits) => formatNumber(value, 'en', { maximumFractionDigits: digits }),
};

/** The answer as shown in the explanation, in the page's number format. */
export function formatAnswer(item: NumberItem, lang: Lang): string {
	const digits = item.digits ?? (Number.isInteger(item.answer) ? 0 : 2);
	const unit = item.unit ? `\u00a0${item.unit[lang]}` : '';
	return `${N[lang](item.answer, digits)}${unit}`;
}
