import { describe, expect, test } from 'vitest';
import { BUDGETS, checkWeight, weightTable, type PageWeight } from './budget.ts';

const light: PageWeight = {
	page: '/a/',
	html: 9_000,
	css: 20_000,
	starlightJs: 30_000,
	widgetJs: 0,
	islands: 0,
};

describe('checkWeight', () => {
	test('passes a page within every budget', () => {
		expect(checkWeight(light)).toEqual([]);
	});

	test('names the page and the rule of each excess', () => {
		const heavy = { ...light, html: BUDGETS.html + 1, css: BUDGETS.css + 1 };
		expect(checkWeight(heavy).map((e) => e.rule)).toEqual(['HTML (gzip)', 'CSS (gzip)']);
		expect(checkWeight(heavy)[0]).toMatchObject({ page: '/a/', actual: 30_001, limit: 30_000 });
	});

	test('allows no widget JavaScript at all on a page without widgets', () => {
		expect(checkWeight({ ...light, widgetJs: 1 })).toEqual([
			{ page: '/a/', rule: 'widget JavaScript on a page without widgets', actual: 1, limit: 0 },
		]);
	});

	test('allows up to the widget budget on a page with widgets, and no more', () => {
		expect(checkWeight({ ...light, islands: 2, widgetJs: BUDGETS.widgetJs })).toEqual([]);
		expect(checkWeight({ ...light, islands: 2, widgetJs: BUDGETS.widgetJs + 1 })).toHaveLength(1);
	});
});

describe('weightTable', () => {
	test('prints one row per page in kB and marks excesses', () => {
		const table = weightTable([light, { ...light, page: '/b/', css: 29_000 }]);
		expect(table).toContain('/a/');
		expect(table).toMatch(/\/b\/\s+9\.0\s+29\.0 !/);
		expect(table.split('\n')).toHaveLength(5);
	});
});
