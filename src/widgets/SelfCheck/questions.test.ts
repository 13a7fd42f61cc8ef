import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lib/i18n/lang.ts';
import { gradeNumber } from '../../lib/content/self-check.ts';
import { SELF_CHECKS } from './questions/index.ts';
import { formatAnswer, type NumberItem, type SelfCheckItem } from './types.ts';

const sets = Object.values(SELF_CHECKS);
const item = (page: string, id: string): SelfCheckItem => {
	const found = SELF_CHECKS[page]?.items.find((i) => i.id === id);
	if (!found) throw new Error(`no item ${page}#${id}`);
	return found;
};
const numberItem = (page: string, id: string): NumberItem => {
	const found = item(page, id);
	if (found.kind !== 'number') throw new Error(`${page}#${id} is not numeric`);
	return found;
};
const key = (page: string, id: string) => numberItem(page, id).answer;
const grade = (page: string, id: string, typed: string, lang: 'id' | 'en') => {
	const i = numberItem(page, id);
	return gradeNumber(typed, { value: i.answer, tolerance: i.tolerance }, lang, i.unit?.[lang]);
};

describe('the self-check items', () => {
	it('cover every chapter 14 question page', () => {
		const pages = readdirSync(new URL('../../../content/ch14/', import.meta.url))
			.filter((f) => /^\d\d-.*\.mdx$/.test(f))
			.map((f) => `ch14/${f.replace(/\.mdx$/, '')}`);
		expect(Object.keys(SELF_CHECKS).sort()).toEqual(pages.sort());
	});

	it('have 3 to 5 items per page, with unique, stable-looking IDs', () => {
		for (const set of sets) {
			expect(set.items.length, set.page).toBeGreaterThanOrEqual(3);
			expect(set.items.length, set.page).toBeLessThanOrEqual(5);
			const ids = set.items.map((i) => i.id);
			expect(new Set(ids).size, set.page).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		}
	});

	it('mix numeric and multiple-choice questions on every page', () => {
		for (const set of sets) {
			const kinds = new Set(set.items.map((i) => i.kind));
			expect([...kinds].sort(), set.page).toEqual(['choice', 'number']);
		}
	});

	it('have exactly one right option, and a reason for every option', () => {
		for (const set of sets)
			for (const i of set.items) {
				if (i.kind !== 'choice') continue;
				expect(i.options.filter((o) => o.correct).length, `${set.page}#${i.id}`).toBe(1);
				expect(i.options.length).toBeGreaterThanOrEqual(3);
				expect(i.options.length).toBeLessThanOrEqual(5);
				for (const o of i.options)
					for (const lang of LANGS) {
						expect(o.text[lang].trim(), `${set.page}#${i.id}`).not.toBe('');
						expect(o.why[lang].trim(), `${set.page}#${i.id}`).not.toBe('');
					}
			}
	});

	it('do not teach that the right option is always in the same place', () => {
		const places = sets.flatMap((set) =>
			set.items.flatMap((i) =>
				i.kind === 'choice' ? [i.options.findIndex((o) => o.correct)] : [],
			),
		);
		expect(new Set(places).size).toBeGreaterThanOrEqual(3);
		expect(places.filter((p) => p === 0).length).toBeLessThan(places.length / 2);
	});

	it('print no broken numbers in any text', () => {
		for (const set of sets)
			for (const i of set.items)
				for (const lang of LANGS) {
					const texts =
						i.kind === 'number'
							? [i.question[lang], i.explanation[lang], formatAnswer(i, lang)]
							: [i.question[lang], ...i.options.flatMap((o) => [o.text[lang], o.why[lang]])];
					for (const t of texts)
						expect(t, `${set.page}#${i.id}`).not.toMatch(/NaN|undefined|—|Infinity/);
				}
	});

	it('show the working down to the answer in each numeric explanation, in both languages', () => {
		for (const set of sets)
			for (const i of set.items) {
				if (i.kind !== 'number') continue;
				expect(Number.isFinite(i.answer) && i.answer > 0, `${set.page}#${i.id}`).toBe(true);
				for (const lang of LANGS) {
					const shown = formatAnswer(i, lang).replace(/\u00a0.*$/, '');
					expect(i.explanation[lang], `${set.page}#${i.id} [${lang}]`).toContain(shown);
				}
			}
	});
});

describe('the answer keys, computed by the engine', () => {
	it('give question 2 the book’s three figures', () => {
		expect(key('ch14/02-parameters-and-memory', 'params')).toBe(903_400);
		expect(key('ch14/02-parameters-and-memory', 'predict')).toBe(12_613_600 / 1e6);
		expect(key('ch14/02-parameters-and-memory', 'train')).toBe(565_613_600 / 1e6);
	});

	it('give the parameter counts the pages work out', () => {
		expect(key('ch14/01-cnn-vs-dense', 'dense-params')).toBe(18_000_100);
		expect(key('ch14/01-cnn-vs-dense', 'conv-params')).toBe(2_800);
		expect(key('ch14/04-max-pooling-vs-strided-conv', 'conv-params')).toBe(360_200);
		expect(key('ch14/06-architecture-innovations', 'separable')).toBe(17_536);
		expect(key('ch14/07-fully-convolutional-networks', 'first-dense')).toBe(102_764_544);
	});

	it('give the sizes, operations and memory the pages work out', () => {
		expect(key('ch14/03-out-of-gpu-memory', 'batch-25')).toBeCloseTo(284.6, 1);
		expect(key('ch14/03-out-of-gpu-memory', 'float16')).toBeCloseTo(282.8, 1);
		expect(key('ch14/04-max-pooling-vs-strided-conv', 'pool-output')).toBe(190_000);
		expect(key('ch14/04-max-pooling-vs-strided-conv', 'conv-macs')).toBe(342_000_000);
		expect(key('ch14/05-local-response-normalization', 'strong-map')).toBeCloseTo(51.15, 2);
		expect(key('ch14/05-local-response-normalization', 'far-map')).toBeCloseTo(11.38, 2);
		expect(key('ch14/07-fully-convolutional-networks', 'grid')).toBe(8);
		expect(key('ch14/08-semantic-segmentation', 'transposed')).toBe(14);
		expect(key('ch14/08-semantic-segmentation', 'mean-iou')).toBeCloseTo(0.45, 10);
	});

	it('accept the figures as the pages print them, in both formats', () => {
		const q2 = 'ch14/02-parameters-and-memory';
		for (const lang of LANGS) {
			for (const typed of ['903.400', '903,400', '903400'])
				expect(grade(q2, 'params', typed, lang)).toBe('correct');
			for (const typed of ['12,6', '12.6', '12,6 MB'])
				expect(grade(q2, 'predict', typed, lang)).toBe('correct');
			// The page's 565.6 MB, "about 566 MB", and the book's own rounding, 564.6 MB.
			for (const typed of ['565,6', '565.6', '566', '564,6'])
				expect(grade(q2, 'train', typed, lang)).toBe('correct');
		}
	});

	it('mark the notes’ figures wrong', () => {
		const q2 = 'ch14/02-parameters-and-memory';
		expect(grade(q2, 'predict', '3,44', 'id')).toBe('wrong');
		expect(grade(q2, 'predict', '3.61', 'en')).toBe('wrong');
		expect(grade(q2, 'train', '172', 'en')).toBe('wrong');
		expect(grade(q2, 'train', '526', 'en')).toBe('wrong');
	});
});
