import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_RULES } from '../../lib/training/lab-run.ts';
import CnnLab from './CnnLab.tsx';
import { INSPECT_STRINGS } from './inspect-strings.ts';
import { labModelProps, labPresetViews } from './presets.ts';
import reference from './reference.json' with { type: 'json' };
import type { ReferenceRun } from './reference-run.ts';
import { STRINGS } from './strings.ts';

const run = reference as ReferenceRun;

/** The island as `CnnLab.astro` renders it on the server. */
const island = (lang: 'en' | 'id') =>
	render(
		<CnnLab
			lang={lang}
			t={STRINGS[lang]}
			inspect={INSPECT_STRINGS[lang]}
			presets={labPresetViews(lang)}
			model={labModelProps(lang, '/cnn-notes/ch14/02-parameters-and-memory/')}
			reference={run}
			defaults={DEFAULT_SETTINGS}
			rules={SETTING_RULES}
			dataUrl="/cnn-notes/lab/fashion-mnist/"
		/>,
	);

describe('the CNN lab’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)(
		'shows the default model’s table, the reference curve and its filters (%s)',
		(lang) => {
			const html = island(lang);
			expect(html).toContain('data-testid="lab-summary"');
			expect(html).toContain(lang === 'en' ? '5,258' : '5.258');
			expect(html).toContain('13×13×8');
			// One loss point and one accuracy point per epoch of the reference run.
			expect(html.match(/class="lab-loss-point"/g)).toHaveLength(run.epochs.length);
			expect(html.match(/class="lab-acc-point"/g)).toHaveLength(run.epochs.length);
			expect(html).toMatch(/class="lab-running" d="M[\d.]+ [\d.]+ L/);
			// Eight 3×3 filters, one rect per weight, greys from the committed kernels.
			expect(html.match(/data-filter="/g)).toHaveLength(8);
			expect(
				html.match(/<rect x="[\d.]+" y="[\d.]+" width="8" height="8" fill="rgb/g),
			).toHaveLength(72);
			const accuracy = 100 * (run.epochs.at(-1)?.testAccuracy ?? 0);
			expect(html).toContain(
				lang === 'en' ? `${accuracy.toFixed(1)}%` : `${accuracy.toFixed(1).replace('.', ',')}%`,
			);
			expect(html).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
		},
	);

	test('Train is the one primary button, and nothing is downloaded before it is pressed', () => {
		const html = island('en');
		expect(html.match(/cnn-btn-primary/g)).toHaveLength(1);
		expect(html).toContain(STRINGS.en.statusIdle);
		expect(html).not.toContain('<progress');
	});

	test.each(['en', 'id'] as const)(
		'before training, the inspect section says in words what it will show, and shows no pad (%s)',
		(lang) => {
			const html = island(lang);
			const start = html.indexOf('data-testid="lab-inspect"');
			const section = html.slice(start, html.indexOf('</section>', start));
			expect(section).toContain(STRINGS[lang].inspectTitle);
			expect(section).toContain(STRINGS[lang].inspectPending);
			expect(STRINGS[lang].inspectPending).toMatch(
				lang === 'en' ? /confusion matrix/ : /matriks konfusi/,
			);
			expect(section).not.toContain('role="application"');
			expect(section).not.toContain('<table');
		},
	);

	test('no island module imports the strings’ values, so no words travel in its JavaScript', () => {
		const here = dirname(fileURLToPath(import.meta.url));
		for (const file of readdirSync(here).filter(
			(f) => /\.tsx?$/.test(f) && !f.includes('.test.'),
		)) {
			if (file === 'strings.ts' || file === 'inspect-strings.ts') continue;
			const source = readFileSync(join(here, file), 'utf8');
			expect(source, file).not.toMatch(/import \{[^}]*\} from '\.\/(inspect-)?strings\.ts'/);
		}
	});
});

describe('the strings', () => {
	test('every template of one language has the placeholders of the other', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[]) {
			const en = STRINGS.en[key];
			const id = STRINGS.id[key];
			if (typeof en === 'string' && typeof id === 'string')
				expect(placeholders(id), key).toEqual(placeholders(en));
		}
	});
});
