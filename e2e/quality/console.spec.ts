/**
 * Console and security gate: on every page, once every widget has hydrated, no console error or
 * warning, no failed request, and no request to any host other than the site's own.
 */
import { expect, test } from '@playwright/test';
import { watchProblems } from '../console.ts';
import { BASE, printPages, sitePages } from '../site.ts';
import { visitFully } from './visit.ts';

for (const { path } of [...sitePages(), ...printPages(), { path: `${BASE}404.html` }]) {
	test(`${path} logs nothing, fails no request and calls no other host`, async ({
		page,
		baseURL,
	}) => {
		const origin = new URL(baseURL ?? 'http://localhost').origin;
		const foreign: string[] = [];
		page.on('request', (req) => {
			const url = new URL(req.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
				foreign.push(req.url());
		});
		const problems = watchProblems(page);
		await visitFully(page, path);
		expect(problems, path).toEqual([]);
		expect(foreign, `${path}: requests to other hosts`).toEqual([]);
	});
}
