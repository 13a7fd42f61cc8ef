import { describe, expect, test } from 'vitest';
import {
	BUDGETS,
	checkWeight,
	isWidgetScript,
	scriptComponent,
	weightTable,
	type PageWeight,
} from './budget.ts';

const light: PageWeight = {
	page: '/a/',
	html: 9_000,
	css: 20_000,
	starlightJs: 30_000,
	widgetJs: 0,
	widgets: 0,
};

describe('checkWeight', () => {
	test('passes a page within every budget', () => {
		expect(checkWeight(light)).toEqual([]);
	});

	test('names the page and the rule of each excess', () => {
		const heavy = { ...light, html: BUDGETS.html + 1, css: BUDGETS.css + 1 };
		expect(checkWeight(heavy).map((e) => e.rule)).toEqual(['HTML (gzip)', 'CSS (gzip)']);
		expect(checkWeight(heavy)[0]).toMatchObject({
			page: '/a/',
			actual: BUDGETS.html + 1,
			limit: BUDGETS.html,
		});
	});

	test('allows no widget JavaScript at all on a page without widgets', () => {
		expect(checkWeight({ ...light, widgetJs: 1 })).toEqual([
			{ page: '/a/', rule: 'widget JavaScript on a page without widgets', actual: 1, limit: 0 },
		]);
	});

	test('allows up to the widget budget on a page with widgets, and no more', () => {
		expect(checkWeight({ ...light, widgets: 2, widgetJs: BUDGETS.widgetJs })).toEqual([]);
		expect(checkWeight({ ...light, widgets: 2, widgetJs: BUDGETS.widgetJs + 1 })).toHaveLength(1);
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

describe('which bundled scripts are widget code', () => {
	const widgets = new Set(['SelfCheck', 'SelfCheckProgress', 'Calculator']);

	test('reads the component a script chunk was bundled from', () => {
		expect(
			scriptComponent(
				'/cnn-notes/_astro/SelfCheck.astro_astro_type_script_index_0_lang.BnLIhXZG.js',
			),
		).toBe('SelfCheck');
		expect(scriptComponent('_astro/Search.astro_astro_type_script_index_1_lang.W2L-tLGp.js')).toBe(
			'Search',
		);
		expect(scriptComponent('/cnn-notes/_astro/storage.Y-VgUesc.js')).toBeUndefined();
		expect(scriptComponent('/cnn-notes/_astro/page.cNngjUgL.js')).toBeUndefined();
	});

	test('counts the scripts of components in src/widgets as widget code', () => {
		expect(
			isWidgetScript('/_astro/SelfCheck.astro_astro_type_script_index_0_lang.x1.js', widgets),
		).toBe(true);
		expect(
			isWidgetScript(
				'/_astro/SelfCheckProgress.astro_astro_type_script_index_0_lang.x2.js',
				widgets,
			),
		).toBe(true);
	});

	test("leaves Starlight's and the site's own component scripts to Starlight", () => {
		for (const path of [
			'/_astro/Search.astro_astro_type_script_index_0_lang.W2LFtLGp.js',
			'/_astro/TableOfContents.astro_astro_type_script_index_0_lang.CMdEzcR6.js',
			'/_astro/page.cNngjUgL.js',
			// A component whose name only starts like a widget's is not one.
			'/_astro/SelfChecker.astro_astro_type_script_index_0_lang.x3.js',
		])
			expect(isWidgetScript(path, widgets), path).toBe(false);
	});

	test('treats a page whose only widgets are marked elements as a page with widgets', () => {
		expect(checkWeight({ ...light, widgets: 1, widgetJs: 1_500 })).toEqual([]);
	});
});
