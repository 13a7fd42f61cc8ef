import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { scenario } from './scenario.ts';
import SegmentationDemo from './SegmentationDemo.tsx';
import { STRINGS } from './strings.ts';

/** The island as `SegmentationDemo.astro` renders it: one language, the default rule's scenario. */
const island = (lang: 'en' | 'id', id?: string) => (
	<SegmentationDemo lang={lang} id={id} t={STRINGS[lang]} first={scenario('average')} />
);

describe('the segmentation demo’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)('shows ten labelled maps and the scores (%s)', (lang) => {
		const html = render(island(lang));
		expect(html.match(/role="img"/g)).toHaveLength(10);
		expect(html.match(/<title[ >]/g)).toHaveLength(10);
		expect(html).toContain('FCN-8s');
		expect(html).toContain(
			lang === 'en' ? 'No trained network runs here' : 'Tidak ada jaringan terlatih',
		);
		expect(html).toContain(
			lang === 'en'
				? 'Stages the thin pole survives: 2 of 5; the distant car: 1 of 5.'
				: 'Tahap yang dilewati tiang tipis: 2 dari 5; mobil yang jauh: 1 dari 5.',
		);
		expect(html).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
	});

	test('names each map by its title and describes it by its description', () => {
		const html = render(island('en'));
		expect(html).toContain('aria-labelledby="seg-en-gt-title"');
		expect(html).toContain('aria-describedby="seg-en-gt-desc"');
	});

	test('its SVG stays small enough for the page budget', () => {
		const html = render(island('en'));
		expect(html.length).toBeLessThan(80_000);
	});
});

describe('a scenario', () => {
	test('counts the wrong pixels the pixel accuracy reports', () => {
		for (const r of scenario('subsample').results) {
			expect(r.wrong).toBe(Math.round((1 - r.scores.pixelAccuracy) * r.map.labels.length));
		}
	});
});
