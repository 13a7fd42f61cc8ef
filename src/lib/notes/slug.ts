/**
 * File names (and so URLs) for imported question pages. A URL is shared, cited and bookmarked, so
 * it has to be short, readable and ASCII, and it must come out the same every time the same
 * question is imported: the rule below depends on nothing but the question's number and text.
 *
 * The rule, `NN-words`:
 * 1. `NN` is the question number, zero-padded to two digits, so pages sort in question order in
 *    a directory listing and two questions can never share a slug.
 * 2. The text is folded to ASCII: accents dropped (`é` → `e`), a few letters spelled out (`ß` →
 *    `ss`), `×` read as `x` (so `3×3` stays `3x3`); other symbols separate words.
 * 3. It is lower-cased and split into words; question words and fillers in English and
 *    Indonesian (`what`, `the`, `apa`, `yang`, …, see {@link STOP_WORDS}) are dropped.
 * 4. The first words are kept while there are at most {@link MAX_WORDS} of them and they fit in
 *    {@link MAX_LENGTH} characters, joined with `-`.
 * 5. If no word is left, the slug is `NN-question`.
 *
 * The notes can override the words with `{#my-slug}` at the end of the question heading.
 */

/** At most this many words follow the number. */
export const MAX_WORDS = 4;

/** The words after the number fit in this many characters (hyphens included). */
export const MAX_LENGTH = 32;

/**
 * Words that carry no meaning in a URL: question words, articles, prepositions, conjunctions and
 * auxiliaries, in English and Indonesian (the notes mix both). Kept short and explicit because
 * changing it changes every future slug.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	// English
	'a',
	'about',
	'an',
	'and',
	'any',
	'are',
	'as',
	'at',
	'be',
	'been',
	'between',
	'but',
	'by',
	'can',
	'could',
	'did',
	'do',
	'does',
	'for',
	'from',
	'has',
	'have',
	'how',
	'if',
	'in',
	'into',
	'is',
	'it',
	'its',
	'of',
	'on',
	'or',
	'over',
	'should',
	'so',
	'some',
	'than',
	'that',
	'the',
	'their',
	'there',
	'these',
	'they',
	'this',
	'those',
	'to',
	'was',
	'we',
	'were',
	'what',
	'when',
	'where',
	'which',
	'who',
	'why',
	'will',
	'with',
	'would',
	'you',
	'your',
	// Indonesian
	'adalah',
	'agar',
	'akan',
	'antara',
	'apa',
	'apakah',
	'atau',
	'bagaimana',
	'berapa',
	'bila',
	'bisa',
	'dalam',
	'dan',
	'dapat',
	'dari',
	'dengan',
	'di',
	'dibanding',
	'dibandingkan',
	'ini',
	'itu',
	'jika',
	'juga',
	'kalau',
	'kapan',
	'ke',
	'kenapa',
	'mengapa',
	'oleh',
	'pada',
	'para',
	'saat',
	'sebagai',
	'sebuah',
	'serta',
	'sudah',
	'supaya',
	'telah',
	'tentang',
	'terhadap',
	'tersebut',
	'untuk',
	'yang',
]);

/** Letters that Unicode decomposition does not reduce to ASCII, spelled the usual way. */
const SPELLED: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
	'×': 'x',
};

/**
 * Folds text to lower-case ASCII words. Exported because the override syntax and tests need the
 * same folding as {@link questionSlug}.
 */
export function asciiWords(text: string): string[] {
	const folded = [...text.toLowerCase()]
		.map((ch) => SPELLED[ch] ?? ch)
		.join('')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Whether a slug is already in the form this module produces: lower-case ASCII words and `-`. */
export function isSlug(value: string): boolean {
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** The question number as the slug prefix: two digits at least, so that names sort in order. */
function numberPrefix(number: number): string {
	return String(number).padStart(2, '0');
}

/** Picks the leading words that fit the limits (see the module comment, step 4). */
function fit(words: readonly string[]): string[] {
	const kept: string[] = [];
	let length = 0;
	for (const word of words) {
		const added = (kept.length > 0 ? 1 : 0) + word.length;
		if (kept.length === MAX_WORDS || length + added > MAX_LENGTH) break;
		kept.push(word);
		length += added;
	}
	// A single word longer than the limit is cut rather than lost.
	if (kept.length === 0 && words[0]) kept.push(words[0].slice(0, MAX_LENGTH));
	return kept;
}

/**
 * The slug of a question page, `NN-words` (see the module comment for the rule). With `override`
 * (the `{#…}` of the heading) its words replace the ones derived from the text; a leading number
 * in the override is dropped, since the prefix is always the question's own number.
 */
export function questionSlug(number: number, text: string, override?: string): string {
	const prefix = numberPrefix(number);
	if (override !== undefined) {
		const words = asciiWords(override);
		if (words[0] !== undefined && /^\d+$/.test(words[0]) && Number(words[0]) === number) {
			words.shift();
		}
		if (words.length > 0) return `${prefix}-${words.join('-')}`;
	}
	const words = fit(asciiWords(text).filter((w) => !STOP_WORDS.has(w)));
	return `${prefix}-${words.length > 0 ? words.join('-') : 'question'}`;
}
