import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang.ts';
import { SNIPPETS, snippetsFor, type SnippetId } from './index.ts';

const ids = Object.keys(SNIPPETS) as SnippetId[];
/** The exercises that ask for a program rather than an answer. */
const HANDS_ON: ReadonlySet<SnippetId> = new Set(['ch14-09', 'ch14-10', 'ch14-11']);

/** The code of a snippet without its comments: what Python actually runs. */
const withoutComments = (code: string) => code.split('\n').map((l) => l.replace(/\s*#.*$/, ''));

describe('the snippets of every question page', () => {
	it('cover the eight questions of chapter 14 and the hands-on exercises 9, 10 and 11', () => {
		expect(ids).toEqual([
			'ch14-01',
			'ch14-02',
			'ch14-03',
			'ch14-04',
			'ch14-05',
			'ch14-06',
			'ch14-07',
			'ch14-08',
			'ch14-09',
			'ch14-10',
			'ch14-11',
		]);
	});

	for (const id of ids) {
		describe(id, () => {
			it('differ between the two languages only in their comments', () => {
				const [id1, en] = [snippetsFor(id, 'id'), snippetsFor(id, 'en')];
				expect(withoutComments(id1.keras)).toEqual(withoutComments(en.keras));
				expect(withoutComments(id1.pytorch)).toEqual(withoutComments(en.pytorch));
				// The stated outputs are comments too, and they never depend on the language.
				const outputs = (code: string) =>
					code
						.split('\n')
						.filter((l) => /^# [\d\s()[\],.]+$/.test(l.replace(/torch\.Size|None/g, '')));
				expect(outputs(id1.keras)).toEqual(outputs(en.keras));
				expect(outputs(id1.pytorch)).toEqual(outputs(en.pytorch));
			});

			for (const lang of LANGS) {
				it(`import their framework and stay short and tidy (${lang})`, () => {
					const { keras, pytorch } = snippetsFor(id, lang);
					expect(keras).toMatch(/^import (keras|math|numpy)/m);
					expect(keras).toMatch(/^import keras$/m);
					expect(pytorch).toMatch(/^from torch import nn$/m);
					for (const code of [keras, pytorch]) {
						expect(code.endsWith('\n')).toBe(true);
						const rows = code.trimEnd().split('\n');
						// A hands-on exercise's snippet is a whole (short) training script.
						expect(rows.length).toBeLessThanOrEqual(HANDS_ON.has(id) ? 60 : 40);
						for (const row of rows) {
							expect(row.length, row).toBeLessThanOrEqual(88);
							expect(row, 'no trailing spaces or tabs').not.toMatch(/\s$|\t/);
						}
					}
				});
			}
		});
	}
});
