import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { ALEXNET_LRN } from '../../lib/normalization/lrn.ts';
import LrnExplorer from './LrnExplorer.tsx';
import { lrnResult } from './result.ts';
import { INITIAL_PRESET, lrnPreset, MIN_CHANNELS } from './state.ts';
import { STRINGS } from './strings.ts';

/** The island as `LrnExplorer.astro` renders it on the server. */
const island = (lang: 'en' | 'id') =>
	render(
		<LrnExplorer
			lang={lang}
			t={STRINGS[lang]}
			result={lrnResult(lrnPreset(INITIAL_PRESET, MIN_CHANNELS), ALEXNET_LRN)}
		/>,
	);

describe('the LRN explorer’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)('shows the bars, the formula and the table (%s)', (lang) => {
		const html = island(lang);
		expect(html.match(/role="slider"/g)).toHaveLength(8);
		expect(html).toContain(lang === 'en' ? '51.15' : '51,15');
		expect(html).toContain('b₂ = 200 /');
		expect(html).toContain(lang === 'en' ? 'depth_radius = 2' : 'depth_radius TensorFlow = 2');
		expect(html).toContain('α = 10⁻⁴');
		expect(html).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
	});

	test('no island module imports the strings’ values, so no words travel in its JavaScript', () => {
		const here = dirname(fileURLToPath(import.meta.url));
		for (const file of readdirSync(here).filter((f) => /^[A-Z]\w*\.tsx$/.test(f))) {
			const source = readFileSync(join(here, file), 'utf8');
			expect(source, file).not.toMatch(/import \{[^}]*\} from '\.\/strings\.ts'/);
		}
	});
});

describe('the strings', () => {
	test('every template fills from the numbers the island passes', () => {
		for (const t of Object.values(STRINGS)) {
			const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(placeholders(t.nEven)).toEqual(['n', 'r', 'span']);
			expect(placeholders(t.windowNote)).toEqual(['high', 'i', 'low']);
			expect(placeholders(t.announce)).toEqual(['a', 'b', 'i']);
		}
	});
});
