import { describe, expect, test } from 'vitest';
import { checkPage, computed, given, printEntry, quoted, type FigureTable } from './table.ts';

const TABLE: FigureTable = [
	given('the input', [200, 300]),
	computed('total parameters', () => 903_400),
	computed('inference memory', () => 12.6136, { digits: 1, unit: 'MB' }),
	quoted('the notes’ weights-only figure, truncated', '3.44', () => 3.4461, {
		digits: 2,
		round: 'down',
		unit: 'MB',
	}),
];

const ID = [
	'Input 200×300, total **903.400** parameter, sekitar 12,6 MB.',
	'',
	'<Correction claim="~3.44 MB untuk 1 instance">',
	'',
	'3,44 MB hanya menghitung bobot.',
	'',
	'</Correction>',
].join('\n');
const EN = ID.replace('903.400', '903,400')
	.replace('12,6', '12.6')
	.replace('3,44 MB hanya menghitung bobot', '3.44 MB counts only the weights');

describe('checkPage', () => {
	test('passes a page whose every figure is in its table, in either language', () => {
		expect(checkPage(ID, 'id', 'id.mdx', TABLE)).toEqual([]);
		expect(checkPage(EN, 'en', 'en.mdx', TABLE)).toEqual([]);
	});

	test('names the line of a figure the table does not account for', () => {
		const page = `${ID}\n\nDan 1.500.000 nilai.`;
		expect(checkPage(page, 'id', 'id.mdx', TABLE)).toEqual([
			'id.mdx:9: “1.500.000” is in neither the figure table nor the givens',
		]);
	});

	test('reports a figure that disagrees with the engine from both sides', () => {
		const page = ID.replace('12,6 MB', '12,7 MB');
		expect(checkPage(page, 'id', 'id.mdx', TABLE)).toEqual([
			'id.mdx:1: “12,7 MB” is in neither the figure table nor the givens',
			'id.mdx: “12,6 MB” (inference memory) is not on the page; the page and the engine disagree; nearest figure: “12,7 MB” at line 1',
		]);
	});

	test('does not accept a number in the other language’s format', () => {
		const page = ID.replace('12,6 MB', '12.6 MB');
		expect(checkPage(page, 'id', 'id.mdx', TABLE)[0]).toBe(
			'id.mdx:1: “12.6 MB” is in neither the figure table nor the givens, and is not a well-formed number in id',
		);
		// 903,400 reads as 903.4 in Indonesian: well formed, but not the table's figure.
		expect(checkPage(ID.replace('903.400', '903,400'), 'id', 'id.mdx', TABLE)[0]).toBe(
			'id.mdx:1: “903,400” is in neither the figure table nor the givens',
		);
	});

	test('does not accept the right number with the wrong unit', () => {
		const page = ID.replace('12,6 MB', '12,6 MiB');
		expect(checkPage(page, 'id', 'id.mdx', TABLE)).toContain(
			'id.mdx:1: “12,6 MiB” is in neither the figure table nor the givens',
		);
	});

	test('holds the notes’ quoted figure to their own arithmetic', () => {
		const table = [
			...TABLE.slice(0, 3),
			quoted('weights only', '3.44', () => 3.4461, { digits: 2, unit: 'MB' }),
		];
		expect(checkPage(ID, 'id', 'id.mdx', table)).toContain(
			'id.mdx: the notes write “3.44 MB”, but their own arithmetic gives “3.45 MB” (weights only)',
		);
	});

	test('does not let a computed figure stand for the notes’ words', () => {
		const table = [
			...TABLE.slice(0, 3),
			computed('weights only', () => 3.4461, { digits: 2, round: 'down', unit: 'MB' }),
		];
		expect(checkPage(EN, 'en', 'en.mdx', table)).toEqual([
			'en.mdx:3: “3.44 MB” (quoted from the notes) is in neither the figure table nor the givens',
		]);
	});

	test('reports a given that is no longer on the page', () => {
		const page = ID.replace('Input 200×300, ', '');
		expect(checkPage(page, 'id', 'id.mdx', TABLE)).toEqual([
			'id.mdx: “200×300” (the input) is not on the page',
		]);
	});

	test('pins a number below the figure threshold when the table lists it', () => {
		const table = [...TABLE, computed('LeNet-5’s C1', () => 156)];
		expect(checkPage(`${ID}\n\nC1: 156.`, 'id', 'id.mdx', table)).toEqual([]);
		expect(checkPage(`${ID}\n\nC1: 165.`, 'id', 'id.mdx', table)).toEqual([
			'id.mdx: “156” (LeNet-5’s C1) is not on the page; the page and the engine disagree',
		]);
	});
});

describe('printEntry', () => {
	test('prints numbers and shapes in each language', () => {
		expect(
			printEntry(
				computed('x', () => 3_613_600),
				'id',
			),
		).toBe('3.613.600');
		expect(printEntry(given('x', [1, 1, 4096]), 'en')).toBe('1×1×4,096');
	});
});
